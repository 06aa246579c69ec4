// Examples for the name-kind model: the pipeline reads GUM's train documents (../shared/eval/gum/articles) with
// the rules alone, the registry reports every name it pooled (its features and where its mentions are), and
// each mention takes the class of the GUM mention it matches:
// - person, organization, place: a GUM mention of that type with a proper noun in it;
// - thing: a GUM mention of another type (a work, an event, an object) with a proper noun in it;
// - none: no GUM mention there (a capitalized word, a wrong boundary), or one without a proper noun.
// A name's class is its mentions' majority. Matching forgives what the pipeline leaves out of a name on
// purpose: a leading "the", a possessive, a title before it ("Professor"), an appositive or clause after it.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { NameClass, NameKindModel } from '../../lib/corpus/name-kind.ts';
import { buildPackReport, type SourceFile } from '../../lib/corpus/pack.ts';
import type { NameTrace } from '../../lib/corpus/registry.ts';
import type { Pack } from '../../lib/corpus/types.ts';
import { alignParagraphs, type GumDocument, type GumMention, type GumParagraph, readGumDocument } from './gum-data.ts';

export interface NameExample {
  key: string;
  features: string[];
  label: NameClass;
  /** Labels of its mentions, by class. */
  votes: Partial<Record<NameClass, number>>;
  /** Documents its mentions are in. */
  docs: string[];
  ruleKind: string;
  ruleValid: boolean;
}

export interface GumSet {
  /** Document names (no extension). */
  names: string[];
  docs: Map<string, GumDocument>;
  articlesDir: string;
}

export function readGumSet(conllu: string, articlesDir: string, names: readonly string[]): GumSet {
  const docs = new Map<string, GumDocument>();
  for (const name of names) docs.set(name, readGumDocument(conllu, name));
  return { names: [...names], docs, articlesDir };
}

export function sourcesOf(set: GumSet, names: readonly string[]): SourceFile[] {
  return names.map((name) => ({
    file: `${name}.txt`,
    text: readFileSync(join(set.articlesDir, `${name}.txt`), 'utf8'),
  }));
}

/** Ingests these documents as one corpus with `model` (null: rules only) and returns the pack and the traces. */
export function ingestTraced(
  set: GumSet,
  names: readonly string[],
  model: NameKindModel | null,
): { pack: Pack; traces: NameTrace[] } {
  const traces: NameTrace[] = [];
  const { pack } = buildPackReport(sourcesOf(set, names), [], { names: { model, onName: (t) => traces.push(t) } });
  return { pack, traces };
}

const PROPER = new Set(['PROPN']);
// "University of Basel", "Kwok-hung" (GUM splits the hyphen off): small words and marks inside a proper name.
const nameWord = (t: { upos: string; form: string }) =>
  PROPER.has(t.upos) || t.upos === 'ADP' || t.upos === 'DET' || t.upos === 'CCONJ' || /^[-‐.]$/u.test(t.form);
const PEOPLE_KINDS = new Set(['person', 'organization', 'place']);
const THING_KINDS = new Set(['abstract', 'event', 'object', 'substance', 'animal', 'plant']);

function mentionClass(p: GumParagraph, m: GumMention): NameClass {
  const proper = p.tokens.slice(m.first, m.last + 1).some((t) => PROPER.has(t.upos));
  if (!proper) return 'none';
  if (PEOPLE_KINDS.has(m.type)) return m.type as NameClass;
  if (THING_KINDS.has(m.type)) return 'thing';
  return 'none';
}

/** The token range of a mention without a leading determiner or a trailing possessive. */
function core(p: GumParagraph, m: GumMention): [number, number] {
  let a = m.first;
  let b = m.last;
  while (a < b && (p.tokens[a]?.upos === 'DET' || p.tokens[a]?.form.toLowerCase() === 'the')) a++;
  while (b > a && (p.tokens[b]?.xpos === 'POS' || p.tokens[b]?.upos === 'PUNCT')) b--;
  return [a, b];
}

/**
 * How well a GUM mention matches a span: 3 exact, 2 a name with a title before or words after, 1 a name closing
 * a description, 0 not at all.
 */
function matchScore(p: GumParagraph, m: GumMention, start: number, end: number): number {
  const [a, b] = core(p, m);
  const from = p.tokens[a]?.start ?? m.start;
  const to = p.tokens[b]?.end ?? m.end;
  if (from === start && to === end) return 3;
  if (start < from || end > to) return 0;
  const first = p.tokens.findIndex((t) => t.start >= start);
  let last = first;
  while (last + 1 <= b && (p.tokens[last + 1]?.end ?? Number.POSITIVE_INFINITY) <= end) last++;
  if (first < a || last > b) return 0;
  const inside = p.tokens.slice(first, last + 1);
  if (!inside.every(nameWord) || !PROPER.has(inside[inside.length - 1]?.upos ?? '')) return 0;
  // The name ends where the mention's proper nouns end: "Jane Roe (who …)", "Jane Roe, a professor".
  const closed = last === b || !PROPER.has(p.tokens[last + 1]?.upos ?? '');
  if (!closed) return 0;
  const before = p.tokens.slice(a, first);
  // "Professor Jane Roe", "U.S. President Jane Roe": titles before the name.
  if (before.every((t) => PROPER.has(t.upos) || t.upos === 'PUNCT')) return 2;
  // "the physician Jane Roe", "central Varbo", "the state of Varbo": the name closes a description.
  if (last === b && !PROPER.has(p.tokens[first - 1]?.upos ?? '')) return 1;
  return 0;
}

export function spanClass(p: GumParagraph, start: number, end: number): NameClass {
  let best: GumMention | undefined;
  let bestScore = 0;
  for (const m of p.mentions) {
    if (m.end < start || m.start > end) continue;
    const s = matchScore(p, m, start, end);
    if (s > bestScore || (s === bestScore && s > 0 && best && m.last - m.first < best.last - best.first)) {
      best = m;
      bestScore = s;
    }
  }
  return best ? mentionClass(p, best) : 'none';
}

const PRIORITY: NameClass[] = ['person', 'organization', 'place', 'thing', 'none'];

/** Labels the traced names with GUM's annotation. */
export function labelTraces(set: GumSet, pack: Pack, traces: readonly NameTrace[]): NameExample[] {
  const alignment = pack.articles.map((a) => {
    const name = a.file.replace(/\.txt$/u, '').replace(/^.*\//u, '');
    const doc = set.docs.get(name);
    return { name, doc, map: doc ? alignParagraphs(doc, a.paragraphs) : [] };
  });
  const out: NameExample[] = [];
  for (const t of traces) {
    const votes: Partial<Record<NameClass, number>> = {};
    const docs = new Set<string>();
    for (const s of t.spans) {
      const al = alignment[s.doc];
      const k = al?.map[s.para] ?? -1;
      const para = k >= 0 ? al?.doc?.paragraphs[k] : undefined;
      if (!al || !para) continue;
      docs.add(al.name);
      const cls = spanClass(para, s.start, s.end);
      votes[cls] = (votes[cls] ?? 0) + 1;
    }
    if (docs.size === 0) continue;
    let label: NameClass = 'none';
    let n = 0;
    for (const c of PRIORITY) {
      if ((votes[c] ?? 0) > n) {
        n = votes[c] ?? 0;
        label = c;
      }
    }
    out.push({
      key: t.key,
      features: t.features,
      label,
      votes,
      docs: [...docs],
      ruleKind: t.ruleKind,
      ruleValid: t.ruleValid,
    });
  }
  return out;
}

/** Documents dealt into k folds, each genre spread over all of them. */
export function folds(names: readonly string[], k: number): string[][] {
  const out: string[][] = Array.from({ length: k }, () => []);
  const byGenre = new Map<string, string[]>();
  for (const n of [...names].sort()) {
    const g = n.split('_')[1] ?? '';
    byGenre.set(g, [...(byGenre.get(g) ?? []), n]);
  }
  let i = 0;
  for (const list of byGenre.values()) for (const n of list) (out[i++ % k] as string[]).push(n);
  return out;
}
