// npm run eval:pronouns -- <gum-checkout>
// How well pronouns ("he", "she", "it", "they") and descriptions ("the minister") are resolved, measured on GUM's
// coreference gold: GUM's train documents are the ones in ../shared/eval/gum/articles, and their coreference
// chains are in a checkout of the public GUM repository (github.com/amir-zeldes/gum, coref/gum/conll/). Only
// the documents in ../shared/eval/gum are read from it, never the rest (GUM's dev and test are a held-out check).
// A resolution is right when the entity it picks is named, somewhere in the document, by a mention of the
// pronoun's gold chain.
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { articleView } from '../../lib/corpus/attribution.ts';
import { buildPackReport, type SourceFile } from '../../lib/corpus/pack.ts';
import type { EntityGold } from './score.ts';

interface Mention {
  chain: string;
  /** Offsets in the document text (title, blank line, paragraphs joined by blank lines). */
  start: number;
  end: number;
}

/** GUM's CoNLL coreference: one token a line, "(type-id" opening a mention, "type-id)" closing it. */
function readChains(conll: string, text: string): Mention[] {
  const mentions: Mention[] = [];
  const open = new Map<string, number[]>();
  let cursor = 0;
  for (const line of conll.split('\n')) {
    if (!line || line.startsWith('#')) continue;
    const [, word, tags] = line.split('\t') as [string, string, string];
    if (word === undefined) continue;
    // Align the token with the text: the next occurrence within reach, else leave it unplaced.
    const at = text.indexOf(word, cursor);
    const placed = at >= 0 && at - cursor < 200;
    const start = placed ? at : cursor;
    const end = placed ? at + word.length : cursor;
    if (placed) cursor = end;
    if (!tags || tags === '_') continue;
    for (const m of tags.matchAll(/\(([a-z]+-\d+)[^()|]*\)|\(([a-z]+-\d+)[^()|]*|([a-z]+-\d+)[^()|]*\)/gu)) {
      const single = m[1];
      const opener = m[2];
      const closer = m[3];
      if (single) mentions.push({ chain: single, start, end });
      else if (opener) open.set(opener, [...(open.get(opener) ?? []), start]);
      else if (closer) {
        const stack = open.get(closer);
        const s = stack?.pop();
        if (s !== undefined) mentions.push({ chain: closer, start: s, end });
      }
    }
  }
  return mentions;
}

interface Tally {
  total: number;
  attempted: number;
  correct: number;
  resolvable: number;
  correctResolvable: number;
}
const tally = (): Tally => ({ total: 0, attempted: 0, correct: 0, resolvable: 0, correctResolvable: 0 });

function main() {
  const checkout = process.argv[2];
  if (!checkout) {
    console.error('usage: npm run eval:pronouns -- <path to a checkout of github.com/amir-zeldes/gum>');
    process.exitCode = 2;
    return;
  }
  const root = resolve(import.meta.dirname, '../..');
  const gum = resolve(root, process.env.BG_EVAL ?? '../shared/eval', 'gum');
  const gold: EntityGold = JSON.parse(readFileSync(join(gum, 'gold.json'), 'utf8'));
  const sources: SourceFile[] = gold.documents.map((d) => ({
    file: d.file,
    text: readFileSync(join(gum, 'articles', d.file), 'utf8'),
  }));
  const byWord = new Map<string, Tally>();
  const examples: string[] = [];
  buildPackReport(sources, [], {
    onArticle: ({ article, paras, drafts }) => {
      const name = article.file.replace(/\.txt$/u, '');
      let conll: string;
      try {
        conll = readFileSync(join(checkout, 'coref/gum/conll', `${name}.conll`), 'utf8');
      } catch {
        return;
      }
      // The document text as GUM has it: the title, then the paragraphs the pipeline kept.
      const offsets: number[] = [];
      let text = `${article.title}\n\n`;
      for (const p of article.paragraphs) {
        offsets.push(text.length);
        text += `${p}\n\n`;
      }
      const mentions = readChains(conll, text);
      const chainAt = new Map<number, string>();
      for (const m of mentions) if (!chainAt.has(m.start)) chainAt.set(m.start, m.chain);
      const view = articleView(paras, drafts);
      // Where each entity is named, in document offsets.
      const named = new Map<number, [number, number][]>();
      paras.forEach((para, p) => {
        for (const r of para.refs) {
          if (r.type !== 'name' || r.entity < 0) continue;
          const o = offsets[p] as number;
          named.set(r.entity, [...(named.get(r.entity) ?? []), [o + r.start, o + r.end]]);
        }
      });
      const chainOfEntity = (entity: number, chain: string, before: number) =>
        (named.get(entity) ?? []).some(([s, e]) =>
          mentions.some((m) => m.chain === chain && m.start < e && s < m.end && m.start < before),
        );
      paras.forEach((para, p) => {
        for (const r of para.refs) {
          if (r.quoted || (r.type !== 'pronoun' && r.type !== 'descriptor')) continue;
          const at = (offsets[p] as number) + r.start;
          const chain = chainAt.get(at);
          if (!chain) continue;
          const key = r.type === 'pronoun' ? r.word : 'description';
          const t = byWord.get(key) ?? tally();
          byWord.set(key, t);
          t.total++;
          const entity = r.type === 'pronoun' ? view.resolvePronoun(p, r.start, r.word) : r.entity;
          const resolvable = [...named.keys()].some((e) => chainOfEntity(e, chain, at));
          if (resolvable) t.resolvable++;
          if (entity < 0) continue;
          t.attempted++;
          const right = chainOfEntity(entity, chain, Number.POSITIVE_INFINITY);
          if (right) {
            t.correct++;
            if (resolvable) t.correctResolvable++;
          } else if (examples.length < Number(process.argv[3] ?? 0)) {
            examples.push(
              `${name} ¶${p}: “${para.text.slice(Math.max(0, r.start - 90), r.end + 30)}” → ${drafts[entity]?.key}`,
            );
          }
        }
      });
    },
  });
  const pct = (a: number, b: number) => `${((100 * a) / Math.max(1, b)).toFixed(1)}%`;
  console.log('GUM coreference (train documents): pronouns and descriptions outside quotes with a gold chain');
  for (const [word, t] of [...byWord.entries()].sort((a, b) => b[1].total - a[1].total)) {
    console.log(
      `  ${word.padEnd(12)} ${String(t.total).padStart(4)}: resolved ${pct(t.attempted, t.total)}, right ${pct(t.correct, t.attempted)} of those; ` +
        `the named antecedent was in reach for ${t.resolvable}, found for ${pct(t.correctResolvable, t.resolvable)} of them`,
    );
  }
  for (const e of examples) console.log(`    wrong: ${e}`);
}

main();
