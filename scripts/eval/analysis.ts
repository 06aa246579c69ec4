// Error analysis for `npm run eval`: every wrong or unattributed quote is placed by the construction around it
// (where the gold source stands relative to the quote, what kind of source it is, which word cues it), every
// missed or wrong-kind entity by its likely cause. Groups are sorted by size with a few examples each, so the
// largest group is the next thing to fix. Reads the article text only; the pipeline's internals stay opaque.
import type { Article, Pack } from '../../lib/corpus/types.ts';
import type { EntityRecord, EntityScore, QuoteRecord } from './score.ts';
import { norm } from './score.ts';

export interface Example {
  file: string;
  /** The sentence with the quote in ⟦…⟧ and the gold source in ‹…›. */
  context: string;
  gold?: string;
  got?: string;
}
export interface Group {
  label: string;
  count: number;
  examples: Example[];
}

const EXAMPLES = 4;
const SHORT_QUOTE_WORDS = 4;

function group(items: { label: string; example: Example }[], examples = EXAMPLES): Group[] {
  const by = new Map<string, Group>();
  for (const { label, example } of items) {
    const g = by.get(label) ?? { label, count: 0, examples: [] };
    g.count++;
    // Spread examples over files rather than taking the first article's four.
    if (g.examples.length < examples && !g.examples.some((e) => e.file === example.file)) g.examples.push(example);
    by.set(label, g);
  }
  return [...by.values()].sort((a, b) => b.count - a.count || a.label.localeCompare(b.label));
}

interface Located {
  para: number;
  start: number;
  end: number;
}

/** Where the gold quote sits: the matched pack quote, else its text searched in the paragraphs. */
function locateQuote(article: Article, rec: QuoteRecord): Located | undefined {
  const m = rec.match;
  if (m && m.paragraph >= 0) return { para: m.paragraph, start: m.start, end: m.end };
  const probe = rec.gold.text.slice(0, 40);
  for (const [i, p] of article.paragraphs.entries()) {
    const at = p.indexOf(probe);
    if (at >= 0) return { para: i, start: at, end: Math.min(p.length, at + rec.gold.text.length) };
  }
  return undefined;
}

function sentenceAround(article: Article, para: number, offset: number): [number, number] {
  const ranges = article.sentences?.[para] ?? [];
  for (const r of ranges) if (r[0] <= offset && offset < r[1]) return r;
  const text = article.paragraphs[para] ?? '';
  return [0, text.length];
}

/** All offsets of the source span in a text, case-insensitively, whole words only. */
function occurrences(text: string, source: string): number[] {
  const s = source.trim();
  if (!s) return [];
  const out: number[] = [];
  const lower = text.toLowerCase();
  const needle = s.toLowerCase();
  for (let at = lower.indexOf(needle); at >= 0; at = lower.indexOf(needle, at + 1)) {
    const before = text[at - 1];
    const after = text[at + needle.length];
    if (
      (before === undefined || !/[\p{L}\p{N}]/u.test(before)) &&
      (after === undefined || !/[\p{L}\p{N}]/u.test(after))
    )
      out.push(at);
  }
  return out;
}

const WORD = /[\p{L}\p{N}][\p{L}\p{N}’'-]*/gu;
const FILLER = new Set([
  'also',
  'has',
  'had',
  'have',
  'then',
  'later',
  'once',
  'again',
  'previously',
  'recently',
  'repeatedly',
  'often',
  'never',
  'would',
  'will',
  'was',
  'is',
  'had',
  'on',
  'in',
  'at',
  'last',
  'this',
  'earlier',
]);

/** The first word after `from` that is not a filler ("also", "has", "on Monday"…): usually the cue verb. */
function cueAfter(text: string, from: number, limit: number): string | undefined {
  WORD.lastIndex = from;
  let steps = 0;
  for (let m = WORD.exec(text); m && m.index < limit && steps < 5; m = WORD.exec(text), steps++) {
    const w = m[0].toLowerCase();
    if (FILLER.has(w) || /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)$/u.test(w)) continue;
    if (/^\p{Lu}/u.test(m[0])) return undefined;
    return w;
  }
  return undefined;
}

/** The word right before `at` (for "said Smith", "according to Smith"). */
function wordBefore(text: string, at: number, floor: number): string | undefined {
  const head = text.slice(floor, at);
  const m = /([\p{L}][\p{L}’'-]*)[\s,]*$/u.exec(head);
  return m?.[1]?.toLowerCase();
}

type Position =
  | 'after quote'
  | 'before quote'
  | 'earlier sentence'
  | 'later sentence'
  | 'previous paragraph'
  | 'source not in text';

interface Construction {
  label: string;
  cue?: string;
  context: string;
}

function describe(article: Article, rec: QuoteRecord): Construction {
  const loc = locateQuote(article, rec);
  if (rec.match?.inTitle) return { label: 'headline quote', context: article.title };
  if (rec.match?.answer) return { label: 'interview answer', context: rec.gold.text.slice(0, 160) };
  if (!loc) return { label: 'quote not located', context: rec.gold.text.slice(0, 160) };
  const text = article.paragraphs[loc.para] as string;
  const [ss, se] = sentenceAround(article, loc.para, loc.start);
  const kind = rec.gold.sourceKind;
  const words = rec.gold.text.split(/\s+/u).length;
  const source = rec.gold.source;
  const open = Math.max(ss, loc.start - 1);
  const close = Math.min(text.length, loc.end + 1);

  // The gold source nearest the quote, in this paragraph, else in up to three before it.
  let pos: Position = 'source not in text';
  let srcAt = -1;
  let srcPara = loc.para;
  const here = occurrences(text, source);
  if (here.length > 0) {
    const inSentence = here.filter((o) => o >= ss && o < se && (o < open || o >= close));
    const pick = (list: number[]) => list.reduce((a, b) => (Math.abs(b - loc.start) < Math.abs(a - loc.start) ? b : a));
    if (inSentence.length > 0) {
      srcAt = pick(inSentence);
      pos = srcAt >= close ? 'after quote' : 'before quote';
    } else {
      const outside = here.filter((o) => o < open || o >= close);
      if (outside.length > 0) {
        srcAt = pick(outside);
        pos = srcAt < ss ? 'earlier sentence' : 'later sentence';
      }
    }
  }
  if (srcAt < 0) {
    for (let p = loc.para - 1; p >= Math.max(0, loc.para - 3); p--) {
      const found = occurrences(article.paragraphs[p] as string, source);
      if (found.length > 0) {
        srcAt = found[found.length - 1] as number;
        srcPara = p;
        pos = 'previous paragraph';
        break;
      }
    }
  }

  const sentence = text.slice(ss, se);
  const pre = text.slice(ss, open);
  let cue: string | undefined;
  let how = '';
  if (pos === 'after quote') {
    const before = wordBefore(text, srcAt, close);
    const after = cueAfter(text, srcAt + source.length, se);
    // "“…,” said Smith" (inverted) or "“…,” Smith said"
    const between = text.slice(close, srcAt);
    if (/\baccording to\s*$/iu.test(between)) how = 'according to';
    else if (before && /[\p{L}]/u.test(between)) {
      cue = before;
      how = 'inverted';
    } else cue = after;
  } else if (pos === 'before quote') {
    const between = text.slice(srcAt + source.length, open);
    if (/\baccording to\s*$/iu.test(text.slice(ss, srcAt))) how = 'according to';
    else if (/:\s*$/u.test(pre)) how = 'colon';
    cue = cueAfter(text, srcAt + source.length, open);
    if (!cue && /^[\s,]*$/u.test(between)) how ||= 'source right before quote';
  } else if (pos === 'earlier sentence' || pos === 'later sentence' || pos === 'previous paragraph') {
    const t = srcPara === loc.para ? text : (article.paragraphs[srcPara] as string);
    cue = cueAfter(t, srcAt + source.length, t.length);
  }
  const opensPara = /^\s*[“"‘']?\s*$/u.test(text.slice(0, loc.start));
  const opensSentence = /^\s*[“"‘']?\s*$/u.test(pre);
  const shape =
    words <= SHORT_QUOTE_WORDS && !opensSentence
      ? 'short phrase in sentence'
      : opensPara
        ? 'quote opens paragraph'
        : opensSentence
          ? 'quote opens sentence'
          : 'quote inside sentence';
  let label: string = pos;
  if (how) label += ` (${how})`;
  label += ` · ${kind} source`;
  if (kind === 'named' && source.split(/\s+/u).length > (rec.gold.speaker ?? '').split(/\s+/u).length + 1) {
    label += ' with pre-modifiers';
  }
  label += ` · ${shape}`;
  const mark = (s: string, from: number) => {
    // Quote as ⟦…⟧ and source as ‹…›, both in sentence coordinates.
    const marks: [number, string][] = [
      [loc.start - from, '⟦'],
      [loc.end - from, '⟧'],
    ];
    if (srcAt >= 0 && srcPara === loc.para) {
      marks.push([srcAt - from, '‹'], [srcAt + source.length - from, '›']);
    }
    let out = s;
    for (const [at, m] of marks.sort((a, b) => b[0] - a[0])) {
      if (at >= 0 && at <= out.length) out = out.slice(0, at) + m + out.slice(at);
    }
    return out;
  };
  let context = mark(sentence, ss);
  if (pos === 'previous paragraph') {
    const t = article.paragraphs[srcPara] as string;
    context = `${t.slice(Math.max(0, srcAt - 80), srcAt)}‹${source}›${t.slice(srcAt + source.length, srcAt + source.length + 60)} ¶ ${context}`;
  }
  return { label, cue, context: clip(context) };
}

function clip(s: string, max = 320): string {
  if (s.length <= max) return s;
  const q = s.indexOf('⟦');
  const from = Math.max(0, Math.min(q - 100, s.length - max));
  return `${from > 0 ? '…' : ''}${s.slice(from, from + max)}…`;
}

export interface QuoteAnalysis {
  /** Whose errors these are: the split analysed (train by default, so dev stays an unseen check). */
  split: string;
  wrong: Group[];
  unattributed: Group[];
  /** Cue words next to the source of unattributed quotes: a missing speech verb shows up here by name. */
  unattributedCues: { cue: string; count: number }[];
  wrongCues: { cue: string; count: number }[];
  /** Pronoun and nominal quotes left without a speaker, by construction. */
  otherUnattributed: Group[];
  missed: Group[];
  /** Where the wrongly chosen speaker stands relative to the quote. */
  wrongSpeakerWhere: { label: string; count: number }[];
}

function countCues(cues: (string | undefined)[]): { cue: string; count: number }[] {
  const m = new Map<string, number>();
  for (const c of cues) m.set(c ?? '(none)', (m.get(c ?? '(none)') ?? 0) + 1);
  return [...m.entries()]
    .map(([cue, count]) => ({ cue, count }))
    .sort((a, b) => b.count - a.count)
    .slice(0, 30);
}

export function analyseQuotes(pack: Pack, records: readonly QuoteRecord[], split: string): QuoteAnalysis {
  const byFile = new Map(pack.articles.map((a) => [a.file.split(/[\\/]/u).pop() as string, a]));
  const chosen = records.filter((r) => split === 'all' || r.split === split);
  const pick = (verdict: QuoteRecord['verdict']) =>
    chosen
      .filter((r) => r.verdict === verdict)
      .map((r) => {
        const article = byFile.get(r.file) as Article;
        const c = describe(article, r);
        return { r, c, article };
      });
  const wrong = pick('wrong');
  const unattr = pick('unattributed');
  const other = pick('unattributed-other');
  const missed = chosen
    .filter((r) => r.verdict === 'missed')
    .map((r) => ({
      label: missedReason(byFile.get(r.file), r),
      example: { file: r.file, context: r.gold.text.slice(0, 160), gold: r.gold.source },
    }));
  const ex = (x: { r: QuoteRecord; c: Construction }): Example => ({
    file: x.r.file,
    context: x.c.context,
    gold: x.r.gold.speaker ?? x.r.gold.source,
    ...(x.r.got ? { got: x.r.got } : {}),
  });
  return {
    split,
    wrong: group(wrong.map((x) => ({ label: x.c.label, example: ex(x) }))),
    unattributed: group(unattr.map((x) => ({ label: x.c.label, example: ex(x) }))),
    unattributedCues: countCues(unattr.map((x) => x.c.cue)),
    wrongCues: countCues(wrong.map((x) => x.c.cue)),
    otherUnattributed: group(other.map((x) => ({ label: x.c.label, example: ex(x) }))),
    missed: group(missed),
    wrongSpeakerWhere: countLabels(wrong.map((x) => speakerWhere(x.article, x.r))),
  };
}

function countLabels(labels: string[]): { label: string; count: number }[] {
  const m = new Map<string, number>();
  for (const l of labels) m.set(l, (m.get(l) ?? 0) + 1);
  return [...m.entries()].map(([label, count]) => ({ label, count })).sort((a, b) => b.count - a.count);
}

function missedReason(article: Article | undefined, r: QuoteRecord): string {
  if (!article) return 'article not in pack';
  const body = norm([...article.paragraphs, article.title].join(' '));
  const g = norm(r.gold.text);
  if (!body.includes(g)) return 'gold text not in the article as read (headline, byline or dropped line)';
  const raw = [...article.paragraphs].find((p) => norm(p).includes(g.slice(0, 30)));
  if (raw && !/[“"”«»„]/u.test(raw)) return 'paragraph has no double quotation marks';
  return 'quotation marks not read as this span';
}

/** Where the wrong speaker's name stands: in the quote's sentence, its paragraph, earlier, or nowhere. */
function speakerWhere(article: Article, r: QuoteRecord): string {
  const got = r.got ?? '';
  const last = got.split(/\s+/u).pop() ?? got;
  const m = r.match;
  if (!m || m.paragraph < 0) return 'headline';
  const text = article.paragraphs[m.paragraph] as string;
  const [ss, se] = sentenceAround(article, m.paragraph, m.start);
  const inside = (s: string) => occurrences(s, last).length > 0;
  const sentence = text.slice(ss, se);
  const quoteText = text.slice(m.start, m.end);
  if (inside(sentence.replace(quoteText, ''))) return 'wrong speaker named in the quote’s sentence';
  if (inside(quoteText)) return 'wrong speaker named inside the quote';
  if (inside(text)) return 'wrong speaker elsewhere in the paragraph';
  for (let p = m.paragraph - 1; p >= Math.max(0, m.paragraph - 3); p--) {
    if (inside(article.paragraphs[p] as string)) return 'wrong speaker in the previous 3 paragraphs';
  }
  return 'wrong speaker further away (or only as an alias)';
}

export interface EntityAnalysis {
  missed: Group[];
  wrongKind: Group[];
  split: Group[];
  unconfirmed: { label: string; count: number; examples: string[] }[];
}

const wordsOf = (s: string) => norm(s).split(' ').filter(Boolean);
const containsRun = (hay: string[], needle: string[]) => {
  if (needle.length === 0 || needle.length > hay.length) return false;
  for (let i = 0; i + needle.length <= hay.length; i++) {
    if (needle.every((w, k) => hay[i + k] === w)) return true;
  }
  return false;
};

export function analyseEntities(pack: Pack, score: EntityScore): EntityAnalysis {
  const byFile = new Map(pack.articles.map((a) => [a.file.split(/[\\/]/u).pop() as string, a]));
  const perDoc = new Map<string, { name: string; kind: string; forms: string[][] }[]>();
  for (const e of pack.entities) {
    const forms = [e.name, ...e.aliases].map(wordsOf);
    for (const id of new Set(e.mentions.map((m) => m.articleId))) {
      const list = perDoc.get(id) ?? [];
      list.push({ name: e.name, kind: e.kind, forms });
      perDoc.set(id, list);
    }
  }
  const missed = score.records
    .filter((r) => r.verdict === 'missed')
    .map((r) => {
      const article = byFile.get(r.file);
      const cause = article ? missCause(article, r, perDoc.get(article.id) ?? []) : { label: 'article not in pack' };
      return {
        label: `${r.kind}: ${cause.label}`,
        example: { file: r.file, context: r.forms.slice(0, 3).join(' / '), got: cause.got },
      };
    });
  const wrongKind = score.records
    .filter((r) => r.verdict === 'wrong-kind')
    .map((r) => ({
      label: `${r.kind} read as ${(r.got ?? []).join('/')}`,
      example: { file: r.file, context: r.forms.slice(0, 3).join(' / ') },
    }));
  const split = score.split.map((s) => ({
    label:
      s.ids[0].length === 0
        ? 'full name not found'
        : s.ids[1].length === 0
          ? 'surname alone not an alias of any entity'
          : 'full name and surname in different entities',
    example: { file: s.file, context: s.pair.join(' / '), got: [...s.ids[0], '|', ...s.ids[1]].join(' ') },
  }));
  const unconf = new Map<string, string[]>();
  for (const u of score.unconfirmed) {
    const list = unconf.get(u.kind) ?? [];
    list.push(u.name);
    unconf.set(u.kind, list);
  }
  return {
    missed: group(missed, 6),
    wrongKind: group(wrongKind, 6),
    split: group(split, 6),
    unconfirmed: [...unconf.entries()].map(([label, names]) => ({
      label,
      count: names.length,
      examples: names.slice(0, 12),
    })),
  };
}

function missCause(
  article: Article,
  r: EntityRecord,
  entities: { name: string; kind: string; forms: string[][] }[],
): { label: string; got?: string } {
  const text = [article.title, ...article.paragraphs].join('\n');
  const forms = r.forms.map(wordsOf).filter((f) => f.length > 0);
  const longer = entities.find((e) => e.forms.some((f) => forms.some((g) => f.length > g.length && containsRun(f, g))));
  if (longer) return { label: 'inside a longer name', got: longer.name };
  const shorter = entities.find((e) =>
    e.forms.some((f) => forms.some((g) => f.length < g.length && containsRun(g, f))),
  );
  if (shorter) return { label: 'only part of the name found', got: shorter.name };
  const hits = r.forms.flatMap((f) => occurrences(text, f));
  if (hits.length === 0) return { label: 'no form in the text as read' };
  const bodyHits = r.forms.flatMap((f) => article.paragraphs.flatMap((p) => occurrences(p, f)));
  if (bodyHits.length === 0) return { label: 'only in the headline' };
  if (r.forms.every((f) => f === f.toLowerCase())) return { label: 'written in lower case' };
  if (bodyHits.length === 1) return { label: 'seen once, dropped' };
  return { label: 'seen more than once, dropped' };
}
