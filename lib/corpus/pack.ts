// The ingestion pipeline: source texts → articles → quotes, entities and the search index, as one Pack.
// Pure: no file system, so it runs in tests and anywhere else; lib/corpus/folder.ts reads folders for it.
import { buildIndex } from '../search/build.ts';
import { type ParsedArticle, parseArticle } from './article.ts';
import { type Attribution, type AttrPara, attributeArticle } from './attribution.ts';
import { type Candidate, findCandidates } from './candidates.ts';
import { assembleEntities, type Occurrence } from './entities.ts';
import { IngestError, type IngestWarning } from './errors.ts';
import { findInterview } from './interview.ts';
import { type QuoteSpan, scanQuotes } from './quotes.ts';
import { buildRefs, type Ref } from './refs.ts';
import { buildRegistry, type Draft, type RegistryOptions } from './registry.ts';
import { type Range, sentenceRanges } from './sentences.ts';
import { nameKey, slugify } from './text.ts';
import { type Token, tokenize } from './tokens.ts';
import type { Article, Pack, Quote } from './types.ts';
import { PACK_VERSION } from './types.ts';

export interface SourceFile {
  /** File name relative to the input folder. */
  file: string;
  text: string;
}

export interface PackReport {
  pack: Pack;
  warnings: IngestWarning[];
}

/** One article as attribution sees it: for tools that study the pipeline (scripts/train), not for the pack. */
export interface ArticleTrace {
  article: Article;
  paras: readonly AttrPara[];
  drafts: readonly Draft[];
}

export interface BuildOptions {
  onArticle?: (trace: ArticleTrace) => void;
  /** The name-kind model to use (or none) and a trace of each name's decision: for scripts/train. */
  names?: RegistryOptions;
}

interface Para {
  text: string;
  quotes: QuoteSpan[];
  sentences: Range[];
  candidates: Candidate[];
}

/** A paragraph while its article is being attributed; tokens are rebuilt then, not kept for the corpus. */
interface LivePara extends Para {
  tokens: Token[];
  refs: Ref[];
}

interface Work {
  parsed: ParsedArticle;
  paras: Para[];
}

/** At most this many warnings of one kind per file; the rest are summarized. */
const WARNINGS_PER_FILE = 5;

/** Builds the pack; throws IngestError when no article survives. */
export function buildPack(sources: SourceFile[]): Pack {
  return buildPackReport(sources).pack;
}

/** Builds the pack and reports what it worked around; warnings also go into `warnings`, even when it throws. */
export function buildPackReport(
  sources: readonly SourceFile[],
  warnings: IngestWarning[] = [],
  options: BuildOptions = {},
): PackReport {
  const lowercaseSeen = new Set<string>();
  const works = readArticles(sources, warnings, lowercaseSeen);
  if (works.length === 0) {
    throw new IngestError(
      sources.length === 0 ? 'no articles to read' : `none of the ${sources.length} files holds a usable article`,
    );
  }
  for (const w of works) checkQuotes(w, warnings);

  const registry = buildRegistry(works, lowercaseSeen, options.names);
  const { drafts } = registry;
  const occurrences: Occurrence[] = [];
  const quotes: (Quote & { speakerIndex: number })[] = [];
  const articles: Article[] = [];
  works.forEach((w, a) => {
    // Second pass, one article at a time: tokens for the whole corpus at once would not fit in memory.
    const live: LivePara[] = w.paras.map((p) => ({ ...p, tokens: tokenize(p.text, p.sentences, p.quotes), refs: [] }));
    const refs = buildRefs(live, registry.resolved[a] ?? [], drafts);
    live.forEach((p, i) => {
      p.refs = refs[i] ?? [];
    });
    articles.push(w.parsed.article);
    collectOccurrences(w.parsed.article.id, live, occurrences, drafts);
    collectInnerOccurrences(w.parsed.article.id, live, registry.inner, occurrences);
    // Policy phrases ("the no-fly zone") neither speak nor stand for a speaker: attribution never sees them.
    const speakers = live.some((p) => p.refs.some((r) => drafts[r.entity]?.phrase))
      ? live.map((p) => ({ ...p, refs: p.refs.filter((r) => !drafts[r.entity]?.phrase) }))
      : live;
    options.onArticle?.({ article: w.parsed.article, paras: speakers, drafts });
    quotes.push(...articleQuotes(w.parsed, speakers, drafts));
  });

  const { entities, idOf } = assembleEntities(
    drafts,
    occurrences,
    works.map((w) => ({
      id: w.parsed.article.id,
      paragraphs: w.parsed.article.paragraphs,
      sentences: w.paras.map((p) => p.sentences),
      quoteRanges: w.paras.map((p) => p.quotes.map((q): Range => [q.open, q.close])),
    })),
    quotes,
  );
  const nameOf = new Map(entities.map((e) => [e.id, e.name]));
  const finalQuotes: Quote[] = quotes.map(({ speakerIndex, ...q }) => {
    const id = speakerIndex >= 0 ? idOf[speakerIndex] : undefined;
    return { ...q, speaker: id ? (nameOf.get(id) ?? null) : q.speaker, speakerId: id && nameOf.has(id) ? id : null };
  });
  const pack: Pack = { version: PACK_VERSION, articles, entities, quotes: finalQuotes, index: null };
  pack.index = buildIndex(pack);
  return { pack, warnings };
}

function readArticles(sources: readonly SourceFile[], warnings: IngestWarning[], lowercaseSeen: Set<string>): Work[] {
  const works: Work[] = [];
  const usedIds = new Set<string>();
  const seenBodies = new Map<string, string>();
  for (const source of sources) {
    const base = source.file.replace(/\.[^./\\]+$/u, '');
    let id = `a-${slugify(base)}`;
    for (let n = 2; usedIds.has(id); n++) id = `a-${slugify(base)}-${n}`;
    const parsed = parseArticle(source.file, source.text, id, warnings);
    if (!parsed) continue;
    const fingerprint = hash(parsed.article.paragraphs.join('\n').replace(/\s+/gu, ' ').toLowerCase());
    const original = seenBodies.get(fingerprint);
    if (original !== undefined) {
      warnings.push({ file: source.file, message: `is a duplicate of ${original}; skipped`, skipped: true });
      continue;
    }
    seenBodies.set(fingerprint, source.file);
    usedIds.add(id);
    const paras = parsed.article.paragraphs.map((text): Para => {
      const scan = scanQuotes(text);
      const sentences = sentenceRanges(text, scan.spans);
      const tokens = tokenize(text, sentences, scan.spans);
      for (const t of tokens) if (!t.cap) lowercaseSeen.add(t.lower);
      return { text, quotes: scan.spans, sentences, candidates: findCandidates(text, tokens) };
    });
    parsed.article.sentences = paras.map((p) => p.sentences);
    works.push({ parsed, paras });
  }
  return works;
}

/** Unbalanced quotation marks: warn with the line, keep the article. */
function checkQuotes(w: Work, warnings: IngestWarning[]) {
  const file = w.parsed.article.file;
  let count = 0;
  w.paras.forEach((p, i) => {
    const line = w.parsed.paragraphLines[i];
    for (const q of p.quotes) {
      if (!q.unclosed) continue;
      const next = w.paras[i + 1]?.text.trimStart() ?? '';
      if (/^[“"„«]/u.test(next)) continue; // a quote running on into the next paragraph, as style allows
      if (count++ < WARNINGS_PER_FILE) {
        warnings.push({
          file,
          line,
          message: `quotation mark opened at column ${q.open + 1} is never closed; the quote runs to the end of the paragraph`,
        });
      }
    }
    if (p.quotes.length === 0 && /^[^“"„«]*[”»]/u.test(p.text) && count++ < WARNINGS_PER_FILE) {
      warnings.push({ file, line, message: 'closing quotation mark without an opening one; ignored' });
    }
  });
  if (count > WARNINGS_PER_FILE) {
    warnings.push({ file, message: `${count - WARNINGS_PER_FILE} more unbalanced quotation marks` });
  }
}

function collectOccurrences(
  articleId: string,
  paras: readonly LivePara[],
  out: Occurrence[],
  drafts: readonly Draft[],
) {
  paras.forEach((p, paragraph) => {
    const subjects = new Set<Ref>();
    let sentence = -1;
    for (const r of p.refs) {
      const s = p.tokens[r.first]?.sentence ?? -1;
      if (s !== sentence && !r.quoted && !drafts[r.entity]?.phrase) {
        sentence = s;
        subjects.add(r);
      }
    }
    // Names inside a description alias ("IMF" in "IMF chief") give way to the alias: mentions never overlap.
    const aliasSpans = p.refs
      .filter((r) => r.alias && r.entity >= 0)
      .map((r) => r.alias as { start: number; end: number });
    for (const r of p.refs) {
      if (r.entity < 0) continue;
      if (r.type === 'name') {
        if (aliasSpans.some((s) => s.start <= r.start && r.end <= s.end)) continue;
        out.push({
          entity: r.entity,
          articleId,
          paragraph,
          start: r.start,
          end: r.end,
          quoted: r.quoted,
          subject: subjects.has(r),
          isName: true,
        });
      } else if (r.type === 'descriptor' && r.alias) {
        out.push({
          entity: r.entity,
          articleId,
          paragraph,
          start: r.alias.start,
          end: r.alias.end,
          quoted: r.quoted,
          subject: subjects.has(r),
          isName: false,
        });
      }
    }
  });
}

/** Names inside longer names ("Tartu" in "University of Tartu"): mentions of their own that overlap. */
function collectInnerOccurrences(
  articleId: string,
  paras: readonly LivePara[],
  inner: ReadonlyMap<Candidate, number[]>,
  out: Occurrence[],
) {
  paras.forEach((p, paragraph) => {
    for (const c of p.candidates) {
      const entities = inner.get(c);
      if (!entities) continue;
      c.inner?.forEach((ic, k) => {
        const entity = entities[k] ?? -1;
        if (entity < 0) return;
        out.push({
          entity,
          articleId,
          paragraph,
          start: ic.start,
          end: ic.end,
          quoted: ic.quoted,
          subject: false,
          isName: true,
        });
      });
    }
  });
}

function articleQuotes(
  parsed: ParsedArticle,
  paras: readonly LivePara[],
  drafts: readonly Draft[],
): (Quote & { speakerIndex: number })[] {
  const { article } = parsed;
  const attributions: Attribution[][] = attributeArticle(paras, drafts);
  const interview = findInterview(
    paras.map((p) => ({ text: p.text, refs: p.refs, hasQuotes: p.quotes.length > 0 })),
    drafts,
  );
  const answerParas = new Set(interview?.answers.map((a) => a.paragraph));
  const out: (Quote & { speakerIndex: number })[] = [];
  let n = 0;
  const add = (paragraph: number, start: number, end: number, speakerIndex: number, extra: Partial<Quote> = {}) => {
    const source = paragraph < 0 ? article.title : (article.paragraphs[paragraph] as string);
    out.push({
      id: `${article.id}-q${n++}`,
      articleId: article.id,
      paragraph,
      start,
      end,
      text: source.slice(start, end),
      speaker: null,
      speakerId: null,
      speakerIndex,
      ...extra,
    });
  };

  const titleQuote = article.titleDerived ? undefined : headlineQuote(article.title, paras, drafts);
  if (titleQuote) add(-1, titleQuote.start, titleQuote.end, titleQuote.speaker, { inTitle: true });

  paras.forEach((p, i) => {
    const answer = interview?.answers.find((a) => a.paragraph === i);
    if (answer && interview) {
      add(i, answer.start, answer.end, interview.interviewee, { answer: true });
      return;
    }
    if (answerParas.has(i)) return;
    for (const [qi, q] of p.quotes.entries()) {
      const a = attributions[i]?.[qi];
      add(i, q.start, q.end, a?.speaker ?? -1, a?.description ? { speaker: a.description } : {});
    }
  });
  return out;
}

/** "Maria Lopez: “We will not back down”" — the name before the colon speaks the headline's quote. */
function headlineQuote(title: string, paras: readonly LivePara[], drafts: readonly Draft[]) {
  const m = /^(.{2,80}?)\s*[:：]\s*[“"«„]/u.exec(title);
  if (!m?.[1]) return undefined;
  const key = nameKey(m[1].trim());
  const open = m[0].length;
  let end = title.length;
  while (end > open && /[\s”"»“.]/u.test(title[end - 1] as string)) end--;
  if (end <= open) return undefined;
  const keyLast = key.split(' ').pop() ?? key;
  let speaker = -1;
  for (const p of paras) {
    for (const r of p.refs) {
      const d = r.entity >= 0 ? drafts[r.entity] : undefined;
      if (r.type !== 'name' || !d) continue;
      if (d.key === key || (d.kind === 'person' && d.key.split(' ').pop() === keyLast)) speaker = r.entity;
    }
    if (speaker >= 0) break;
  }
  return { start: open, end, speaker };
}

/** 53-bit string hash (cyrb53): duplicate detection without keeping every article's text as a key. */
function hash(text: string): string {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return `${(h2 >>> 0).toString(36)}${(h1 >>> 0).toString(36)}:${text.length}`;
}
