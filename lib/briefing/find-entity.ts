import type { Entity, Pack } from '../corpus/types.ts';
import { memoByPack } from './pack-index.ts';

/** A selection longer than this is a passage, not a name: it goes to search instead. */
const MAX_WORDS = 8;

/**
 * Fold a name or a selection to the form aliases are compared in: case, compatibility forms, curly
 * apostrophes and dashes, spacing, surrounding punctuation and a trailing possessive ("Lovelace’s",
 * "the allies'") all ignored.
 */
export function foldName(text: string): string {
  return text
    .normalize('NFKC')
    .replace(/[\u2018\u2019\u02bc\u0060\u00b4]/g, "'")
    .replace(/[\u2010-\u2015\u2212]/g, '-')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .replace(/^[^\p{L}\p{N}]+/u, '')
    .replace(/[^\p{L}\p{N}']+$/u, '')
    .replace(/'s?$/u, '')
    .replace(/[^\p{L}\p{N}]+$/u, '');
}

// Alias → entity, built once per pack. Where two entities share an alias, the one whose own name it is wins,
// then the one the texts name more often.
const aliasTable = memoByPack((pack: Pack) => {
  const table = new Map<string, Entity>();
  const rank = (e: Entity, key: string) => (foldName(e.name) === key ? 1e9 : 0) + e.mentions.length;
  for (const e of pack.entities) {
    for (const alias of new Set([e.name, ...e.aliases])) {
      const key = foldName(alias);
      if (!key) continue;
      const current = table.get(key);
      if (!current || rank(e, key) > rank(current, key)) table.set(key, e);
    }
  }
  return table;
});

/** Every alias (folded) and the entity it names; what the build writes into the layout's alias buckets. */
export const aliasWinners: (pack: Pack) => ReadonlyMap<string, Entity> = aliasTable;

/**
 * The folded forms a selection is looked up by, in order: the whole selection, then runs of its words, longest
 * and earliest first ("UN Special Envoy Ada Lovelace said" → … "ada lovelace" …). A passage of more than a few
 * words is tried whole only.
 */
export function selectionKeys(text: string): string[] {
  const whole = foldName(text);
  if (!whole) return [];
  const keys = [whole];
  const words = whole.split(' ');
  if (words.length > MAX_WORDS) return keys;
  for (let len = words.length - 1; len >= 1; len--) {
    for (let i = 0; i + len <= words.length; i++) keys.push(foldName(words.slice(i, i + len).join(' ')));
  }
  return keys;
}

/**
 * The entity a selection names: the whole selection as an alias, else the longest run of its words that is
 * one, earliest first on a tie. Null for long passages and for text naming no known entity.
 */
export function findEntity(pack: Pack, text: string): Entity | null {
  const table = aliasTable(pack);
  for (const key of selectionKeys(text)) {
    const hit = table.get(key);
    if (hit) return hit;
  }
  return null;
}
