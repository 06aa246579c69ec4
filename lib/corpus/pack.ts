// The ingestion pipeline: source texts → articles → quotes and entities, as one Pack.
// Pure: no file system, so it runs in tests and anywhere else; lib/corpus/folder.ts reads folders for it.
import { type ParsedArticle, parseArticle } from './article.ts';
import { type Attribution, type AttrPara, attributeArticle } from './attribution.ts';
import { type Candidate, findCandidates } from './candidates.ts';
import { assembleEntities, briefingSentence } from './entities.ts';
import { IngestError, type IngestWarning } from './errors.ts';
import { EvidenceStore } from './evidence.ts';
import { findInterview } from './interview.ts';
import { isFirstName } from './lexicon.ts';
import { isOrdinaryWordForm } from './name-words.ts';
import { type Occurrence, OccurrenceStore } from './occurrences.ts';
import { type QuoteSpan, scanQuotes } from './quotes.ts';
import { buildRefs, type Ref } from './refs.ts';
import {
  buildRegistry,
  type Draft,
  type InnerNames,
  innerKey,
  type Registry,
  type RegistryOptions,
} from './registry.ts';
import { type Range, sentenceRanges } from './sentences.ts';
import { nameKey, slugify } from './text.ts';
import { type Token, tokenize } from './tokens.ts';
import type { Article, Entity, Pack, Quote } from './types.ts';
import { PACK_VERSION } from './types.ts';
import { middleNameShort } from './variants.ts';

export interface SourceFile {
  /** File name relative to the input folder. */
  file: string;
  text: string;
}

export interface PackReport {
  pack: Pack;
  warnings: IngestWarning[];
}

/** Where a long ingest is, for a progress line. */
export interface IngestProgress {
  phase: 'reading' | 'attributing' | 'assembling';
  done: number;
  total: number;
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
  tokens: Token[];
}

/** A paragraph while its article is being attributed. */
interface LivePara extends Para {
  refs: Ref[];
}

/** What pass one keeps of an article for pass two: where to read it again, and how to recognize it. */
interface Kept {
  file: string;
  id: string;
  fingerprint: string;
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
  const builder = new PackBuilder(warnings, options);
  const byFile = new Map<string, SourceFile>();
  for (const s of sources) {
    if (builder.read(s)) byFile.set(s.file, s);
  }
  builder.link(sources.length);
  const articles = builder.files.map((file) => builder.attribute(byFile.get(file) as SourceFile));
  const { entities, quotes } = builder.finish();
  return { pack: { version: PACK_VERSION, articles, entities, quotes }, warnings };
}

/**
 * The ingest pipeline as two passes over the files, so a corpus of any size streams through it:
 *
 * 1. `read` each file once: parse it, keep its name evidence (candidates, compactly) and forget its text.
 * 2. `link`: the registry pools every article's evidence into corpus-wide entities.
 * 3. `attribute` each kept file again, one at a time, in `files` order: tokens, references, quotes and speakers,
 *    returning the article as it goes into the pack.
 * 4. `finish`: entities and quotes with their speakers.
 *
 * Only what the entity stage needs from every article is kept across pass two: its occurrences (in columns,
 * with the words and sentence each one's entity will read, so no text outlives its article) and its quotes;
 * texts, tokens and references live for one article.
 */
export class PackBuilder {
  private readonly usedIds = new Set<string>();
  private readonly seenBodies = new Map<string, string>();
  private lowercaseSeen = new Set<string>();
  private readonly evidence = new EvidenceStore();
  private readonly kept: Kept[] = [];
  private registry: Registry | undefined;
  private attributed = 0;
  private readonly occurrences = new OccurrenceStore();
  private readonly quotes: (Quote & { speakerIndex: number })[] = [];

  private readonly warnings: IngestWarning[];
  private readonly options: BuildOptions;

  constructor(warnings: IngestWarning[] = [], options: BuildOptions = {}) {
    this.warnings = warnings;
    this.options = options;
  }

  /** Pass one for one file. False when the file is left out (the warning says why). */
  read(source: SourceFile): boolean {
    if (this.registry) throw new Error('PackBuilder.read after link');
    const base = source.file.replace(/\.[^./\\]+$/u, '');
    let id = `a-${slugify(base)}`;
    for (let n = 2; this.usedIds.has(id); n++) id = `a-${slugify(base)}-${n}`;
    const parsed = parseArticle(source.file, source.text, id, this.warnings);
    if (!parsed) return false;
    const fingerprint = fingerprintOf(parsed.article);
    const original = this.seenBodies.get(fingerprint);
    if (original !== undefined) {
      this.warnings.push({ file: source.file, message: `is a duplicate of ${original}; skipped`, skipped: true });
      return false;
    }
    this.seenBodies.set(fingerprint, source.file);
    this.usedIds.add(id);
    const paras = parsed.article.paragraphs.map(readParagraph);
    for (const p of paras) {
      p.tokens.forEach((t, i) => {
        if (!t.cap && !inAddress(t, p.tokens[i + 1])) this.lowercaseSeen.add(t.lower);
      });
    }
    checkQuotes(parsed, paras, this.warnings);
    this.evidence.add(paras.map((p) => p.candidates));
    this.kept.push({ file: source.file, id, fingerprint });
    return true;
  }

  /** The files pass two reads again, in pack order. */
  get files(): string[] {
    return this.kept.map((k) => k.file);
  }

  /** Between the passes. `offered` is how many files pass one saw, for the message when none was usable. */
  link(offered: number): void {
    if (this.kept.length === 0) {
      throw new IngestError(
        offered === 0 ? 'no articles to read' : `none of the ${offered} files holds a usable article`,
      );
    }
    this.registry = buildRegistry(this.evidence.docs(), this.lowercaseSeen, this.options.names);
    this.evidence.clear();
    this.lowercaseSeen = new Set();
  }

  /** Pass two for the next file of `files`: the article as the pack holds it. */
  attribute(source: SourceFile): Article {
    const registry = this.registry;
    const a = this.attributed;
    const kept = this.kept[a];
    if (!registry || !kept) throw new Error('PackBuilder.attribute out of order');
    if (source.file !== kept.file) throw new Error(`PackBuilder.attribute: expected ${kept.file}, got ${source.file}`);
    const parsed = parseArticle(source.file, source.text, kept.id, []);
    const resolved = registry.resolved[a] ?? [];
    const changed = () => new IngestError(`${source.file} changed while it was being read; run the ingest again`);
    if (!parsed || fingerprintOf(parsed.article) !== kept.fingerprint) throw changed();
    const paras = parsed.article.paragraphs.map(readParagraph);
    if (paras.some((p, i) => p.candidates.length !== (resolved[i]?.length ?? 0))) throw changed();
    const { drafts } = registry;
    const live: LivePara[] = paras.map((p) => ({ ...p, refs: [] }));
    const refs = buildRefs(live, resolved, drafts);
    live.forEach((p, i) => {
      p.refs = refs[i] ?? [];
    });
    const { article } = parsed;
    if (!article.titleDerived) {
      addHeadlineShortNames(article.title, resolved, drafts);
      addHeadlineFullNames(article.title, resolved, drafts);
    }
    article.sentences = paras.map((p) => p.sentences);
    const record = occurrenceRecorder(a, paras, this.occurrences);
    collectOccurrences(live, record, drafts);
    collectInnerOccurrences(live, registry.inner[a], record);
    // Policy phrases ("the no-fly zone") neither speak nor stand for a speaker: attribution never sees them.
    const speakers = live.some((p) => p.refs.some((r) => drafts[r.entity]?.phrase))
      ? live.map((p) => ({ ...p, refs: p.refs.filter((r) => !drafts[r.entity]?.phrase) }))
      : live;
    this.options.onArticle?.({ article, paras: speakers, drafts });
    for (const q of articleQuotes(parsed, speakers, drafts)) this.quotes.push(q);
    // This article's share of the registry is spent.
    registry.resolved[a] = [];
    registry.inner[a] = undefined;
    this.attributed++;
    return article;
  }

  /** Entities and quotes with speakers, once every kept file went through `attribute`. */
  finish(): { entities: Entity[]; quotes: Quote[] } {
    const { entities, quotes } = this.finishStreaming();
    return { entities: [...entities], quotes };
  }

  /**
   * The same, with the entities made one at a time as they are iterated (once): at 100,000 articles every
   * entity's mention list at once is hundreds of megabytes, and a sink writes them one by one anyway.
   */
  finishStreaming(): { entities: Iterable<Entity>; entityCount: number; quotes: Quote[] } {
    const registry = this.registry;
    if (!registry || this.attributed !== this.kept.length) throw new Error('PackBuilder.finish before pass two ended');
    const articleIds = this.kept.map((k) => k.id);
    const assembled = assembleEntities(registry.drafts, this.occurrences, articleIds, this.quotes);
    const { idOf, nameOf } = assembled;
    // Quotes are finished in place: at 100,000 articles a second copy of every quote is hundreds of megabytes.
    const quotes: Quote[] = this.quotes.map((q) => {
      const id = q.speakerIndex >= 0 ? idOf[q.speakerIndex] : undefined;
      const done = q as Quote & { speakerIndex?: number };
      delete done.speakerIndex;
      // A speaker the text describes but never names keeps its description ("a campaign official").
      done.speaker = id ? (nameOf.get(id) ?? null) : done.speaker;
      done.speakerId = id && nameOf.has(id) ? id : null;
      return done;
    });
    this.quotes.length = 0;
    const occurrences = this.occurrences;
    // What only the entity stage needs goes once the last entity is made.
    const entities = (function* () {
      yield* assembled.entities;
      occurrences.clear();
    })();
    return { entities, entityCount: assembled.count, quotes };
  }
}

/**
 * "Matthew Roe" over an article about "Matthew William Roe": the headline names the person by given name and
 * surname alone, a form the body never writes. It becomes one of the person's aliases, as the headline writes it,
 * when only one person of the article shortens to it and no one else in the article bears it.
 */
function addHeadlineShortNames(title: string, resolved: readonly (readonly number[])[], drafts: readonly Draft[]) {
  const here = [...new Set(resolved.flat())].flatMap((i) => (i >= 0 && drafts[i] ? [drafts[i] as Draft] : []));
  const keys = new Set(here.map((d) => d.key));
  const byShort = new Map<string, Set<Draft>>();
  for (const d of here) {
    if (d.kind !== 'person') continue;
    for (const surface of d.surfaces.keys()) {
      const short = middleNameShort(surface);
      if (!short || !new RegExp(`(?:^|[^\\p{L}])${short}(?![\\p{L}])`, 'u').test(title)) continue;
      const set = byShort.get(short) ?? new Set<Draft>();
      set.add(d);
      byShort.set(short, set);
    }
  }
  for (const [short, set] of byShort) {
    const [d] = [...set];
    if (set.size !== 1 || !d || (keys.has(nameKey(short)) && d.key !== nameKey(short))) continue;
    d.titledForms.set(short, (d.titledForms.get(short) ?? 0) + 1);
  }
}

/**
 * "Police question Marta Oyelaran" over a body that calls her only "Oyelaran": the headline gives the full name the
 * body never writes. It becomes the person's alias when only one person of the article goes by that surname alone
 * and the word before it in the headline can be a given name (a known one, or no ordinary English word).
 */
function addHeadlineFullNames(title: string, resolved: readonly (readonly number[])[], drafts: readonly Draft[]) {
  const here = [...new Set(resolved.flat())].flatMap((i) => (i >= 0 && drafts[i] ? [drafts[i] as Draft] : []));
  const people = here.filter((d) => d.kind === 'person');
  for (const d of people) {
    const surfaces = [...d.surfaces.keys()];
    if (surfaces.length === 0 || !surfaces.every((s) => /^\p{Lu}\p{Ll}+$/u.test(s)) || d.titledForms.size > 0) continue;
    const surname = surfaces[0] as string;
    if (people.some((o) => o !== d && o.key.split(' ').pop() === nameKey(surname))) continue;
    const m = new RegExp(`(?:^|[^\\p{L}])(\\p{Lu}\\p{Ll}+) ${surname}(?![\\p{L}])`, 'u').exec(title);
    const given = m?.[1];
    if (!given || !(isFirstName(given.toLowerCase()) || !isOrdinaryWordForm(given.toLowerCase()))) continue;
    d.titledForms.set(`${given} ${surname}`, 1);
  }
}

/** Marks that join the words of an address with no space: "info@varbo.example", "varbo.example/news". */
const ADDRESS_JOIN = /^[@./]+$/u;
/**
 * A word of an e-mail or web address ("varbo" in "info@varbo.example") is written in lower case whatever it names,
 * so it says nothing of whether the corpus uses the word as an ordinary one.
 */
const inAddress = (t: Token, next: Token | undefined) =>
  ADDRESS_JOIN.test(t.gap) || (next !== undefined && ADDRESS_JOIN.test(next.gap));

function readParagraph(text: string): Para {
  const scan = scanQuotes(text);
  const sentences = sentenceRanges(text, scan.spans);
  const tokens = tokenize(text, sentences, scan.spans);
  return { text, quotes: scan.spans, sentences, tokens, candidates: findCandidates(text, tokens) };
}

function fingerprintOf(article: Article): string {
  return hash(article.paragraphs.join('\n').replace(/\s+/gu, ' ').toLowerCase());
}

/** Unbalanced quotation marks: warn with the line, keep the article. */
function checkQuotes(parsed: ParsedArticle, paras: readonly Para[], warnings: IngestWarning[]) {
  const file = parsed.article.file;
  let count = 0;
  paras.forEach((p, i) => {
    const line = parsed.paragraphLines[i];
    for (const q of p.quotes) {
      if (!q.unclosed) continue;
      const next = paras[i + 1]?.text.trimStart() ?? '';
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

/** An occurrence as collected in one paragraph, before what the entity stage reads of the text is added. */
type Found = Omit<Occurrence, 'article' | 'surface' | 'sentence'>;

/** Records one article's occurrences with their surface and briefing sentence, read from its paragraphs. */
function occurrenceRecorder(article: number, paras: readonly Para[], out: OccurrenceStore) {
  const quoteRanges = paras.map((p) => p.quotes.map((q): Range => [q.open, q.close]));
  return (o: Found) => {
    const p = paras[o.paragraph] as Para;
    out.push({
      ...o,
      article,
      surface: p.text.slice(o.start, o.end),
      sentence: o.quoted ? undefined : briefingSentence(p.sentences, quoteRanges[o.paragraph] ?? [], o.start, o.end),
    });
  };
}

function collectOccurrences(paras: readonly LivePara[], out: (o: Found) => void, drafts: readonly Draft[]) {
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
        out({
          entity: r.entity,
          paragraph,
          start: r.start,
          end: r.end,
          quoted: r.quoted,
          subject: subjects.has(r),
          isName: true,
        });
      } else if (r.type === 'descriptor' && r.alias) {
        out({
          entity: r.entity,
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
function collectInnerOccurrences(paras: readonly LivePara[], inner: InnerNames | undefined, out: (o: Found) => void) {
  if (!inner) return;
  paras.forEach((p, paragraph) => {
    for (const [i, c] of p.candidates.entries()) {
      const entities = inner.get(innerKey(paragraph, i));
      if (!entities) continue;
      c.inner?.forEach((ic, k) => {
        const entity = entities[k] ?? -1;
        if (entity < 0) return;
        out({
          entity,
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
