// From raw text to an article's parts: headline (or none), byline, date, source and body paragraphs.
// Page furniture (read counts, "Leave a Comment", repeated headlines and ledes, credits) is dropped here so
// nothing downstream mistakes it for prose.
import { parseDateLine } from './dates.ts';
import type { IngestWarning } from './errors.ts';
import { compromiseSentences, isCountLine, isCreditLine, isKnownOrg, isKnownPlace, isStrayLine } from './lexicon.ts';
import type { Article } from './types.ts';

interface Line {
  text: string;
  /** 1-based line number in the file. */
  line: number;
}

export interface ParsedArticle {
  article: Article;
  /** 1-based file line where each paragraph starts, for warnings. */
  paragraphLines: number[];
}

/** Lines above this many words are prose, never a byline or a headline. */
const HEADLINE_MAX_WORDS = 30;
const HEADLINE_MAX_CHARS = 220;
/** How far from the top bylines, dates and repeated headlines are looked for. */
const HEADER_ZONE = 10;
const DERIVED_TITLE_MAX = 140;

export function normalizeText(text: string): string {
  return text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
}

/** Splits into paragraphs: blank-line blocks when the text is hard-wrapped, otherwise every line. */
export function splitParagraphs(text: string): Line[] {
  const raw = text.split('\n');
  const lines = raw.map((t, i) => ({ text: t.trim(), line: i + 1 }));
  const nonBlank = lines.filter((l) => l.text.length > 0);
  if (!isHardWrapped(nonBlank.map((l) => l.text))) return nonBlank;
  const out: Line[] = [];
  let current: Line | undefined;
  const width = Math.max(...nonBlank.map((l) => l.text.length));
  for (const l of lines) {
    if (l.text.length === 0) {
      current = undefined;
      continue;
    }
    if (current) current.text += ` ${l.text}`;
    else {
      current = { ...l };
      out.push(current);
    }
    // Without blank lines, a short line that ends a sentence ends its paragraph.
    if (l.text.length < width * 0.7 && /[.?!:"”’)]$/.test(l.text)) current = undefined;
  }
  return out;
}

function isHardWrapped(lines: string[]): boolean {
  if (lines.length < 6) return false;
  const lengths = lines.map((l) => l.length).sort((a, b) => a - b);
  const p90 = lengths[Math.floor(lengths.length * 0.9)] ?? 0;
  if (p90 > 100 || p90 < 40) return false;
  const broken = lines.filter((l) => l.length >= p90 * 0.6 && !/[.?!:"”’)]$/.test(l)).length;
  return broken >= lines.length * 0.4;
}

const words = (s: string) => s.split(/\s+/).filter(Boolean);

function looksLikeHeadline(text: string): boolean {
  if (text.length > HEADLINE_MAX_CHARS || words(text).length > HEADLINE_MAX_WORDS) return false;
  if (parseDateLine(text) || isCountLine(text) || isStrayLine(text) || /^by\s/i.test(text)) return false;
  const bare = text.replace(/["”’'»]+$/u, '');
  // A headline may end in a quotation ("Name: “…”") but not in a sentence's full stop.
  if (/[,;]$/.test(bare)) return false;
  if (/\.$/.test(bare) && !/^[^“"«]{2,80}:\s*[“"«]/u.test(text) && !isTitleCase(bare)) return false;
  return true;
}

// Words Title Case leaves in lower case.
const SMALL_WORDS = new Set([
  'a',
  'an',
  'and',
  'as',
  'at',
  'but',
  'by',
  'for',
  'from',
  'in',
  'into',
  'nor',
  'of',
  'on',
  'or',
  'per',
  'the',
  'to',
  'via',
  'vs',
  'with',
]);

/** "Poll: Jane Roe Ties John Doe in a Three-Way Race." — capitals on every word but the small ones: a headline. */
function isTitleCase(text: string): boolean {
  const content = words(text)
    .map((w) => w.replace(/^[^\p{L}]+|[^\p{L}]+$/gu, ''))
    .filter((w) => w.length > 0 && !SMALL_WORDS.has(w));
  if (content.length < 4) return false;
  const lower = content.filter((w) => !/^\p{Lu}/u.test(w)).length;
  return lower === 0 || (content.length >= 10 && lower === 1);
}

/** "Jane Doe", "By Jane Doe and John Roe", "By Jane Doe, Reuters". */
function bylineName(text: string): string | undefined {
  const t = text.trim().replace(/^by[:\s]+/i, '');
  const wasBy = t.length !== text.trim().length;
  if (t.length === 0 || t.length > 80 || /[.!?:;"“”]$/.test(t)) return undefined;
  const parts = t.split(/\s*(?:,|\band\b|&|\|)\s*/).filter(Boolean);
  if (parts.length === 0 || parts.length > 4) return undefined;
  for (const part of parts) {
    const ws = words(part);
    if (ws.length < 1 || ws.length > 4) return undefined;
    if (!ws.every((w) => /^\p{Lu}[\p{L}'’.-]*$/u.test(w))) return undefined;
    if (!wasBy && (ws.length < 2 || isKnownPlace(part.toLowerCase()) || isKnownOrg(part.toLowerCase())))
      return undefined;
  }
  return t;
}

const SOURCE_LINE =
  /^(?:source|via|originally published (?:by|in|on)|copyright|©)\s*:?\s*(?:©\s*)?(?:\d{4}\s+)?(.{2,60})$/i;
const DATELINE_SOURCE = /^[\p{Lu}][\p{Lu}\p{L} .,'-]{1,60}\(([\p{Lu}][\p{L} .&-]{1,40})\)\s*[-–—]/u;
const CAPTION_CREDIT = /\(((?:The\s+)?\p{Lu}[\p{L}&.-]*(?:\s+\p{Lu}[\p{L}&.-]*){0,4})\)$/u;

const normalizeForCompare = (s: string) => s.replace(/\s+/g, ' ').replace(/["“”]/g, '"').trim();

export function deriveTitle(firstParagraph: string): string {
  const first = compromiseSentences(firstParagraph)[0]?.trim() ?? firstParagraph;
  if (first.length <= DERIVED_TITLE_MAX) return first;
  const cut = first.slice(0, DERIVED_TITLE_MAX);
  const space = cut.lastIndexOf(' ');
  return `${(space > 40 ? cut.slice(0, space) : cut).replace(/[\s,;:–—-]+$/u, '')}…`;
}

/**
 * Parses one article. Returns undefined (with a warning) when nothing of the text is article prose.
 * `id` is the article id the caller derived from the file name.
 */
export function parseArticle(
  file: string,
  text: string,
  id: string,
  warnings: IngestWarning[],
): ParsedArticle | undefined {
  const lines = splitParagraphs(normalizeText(text));
  if (lines.length === 0) {
    warnings.push({ file, message: 'is empty (only whitespace); skipped', skipped: true });
    return undefined;
  }
  let title: string | undefined;
  let body = lines;
  const first = lines[0];
  if (first && lines.length > 1 && looksLikeHeadline(first.text)) {
    title = first.text;
    body = lines.slice(1);
  }

  let byline: string | undefined;
  let date: string | undefined;
  let source: string | undefined;
  const kept: Line[] = [];
  body.forEach((l, i) => {
    const inHeader = i < HEADER_ZONE;
    if (isStrayLine(l.text) || isCountLine(l.text) || isCreditLine(l.text)) return;
    const sourceLine = SOURCE_LINE.exec(l.text);
    if (sourceLine?.[1] && l.text.length < 80) {
      source ??= sourceLine[1].trim();
      return;
    }
    if (inHeader) {
      if (title !== undefined && normalizeForCompare(l.text) === normalizeForCompare(title)) return;
      const d = parseDateLine(l.text);
      if (d) {
        date ??= d;
        return;
      }
      const name = bylineName(l.text);
      if (name) {
        byline ??= name;
        return;
      }
    }
    kept.push(l);
  });

  // Syndicated pages repeat the lede above the byline; keep the later, fuller copy and drop exact repeats.
  const seen = new Set<string>();
  const paragraphs: Line[] = [];
  const norms = kept.map((l, i) => (i <= HEADER_ZONE ? normalizeForCompare(l.text) : ''));
  kept.forEach((l, i) => {
    const norm = i <= HEADER_ZONE ? (norms[i] as string) : l.text;
    if (seen.has(norm)) return;
    if (i < HEADER_ZONE && norm.length >= 40) {
      const later = norms.slice(i + 1, HEADER_ZONE + 1).some((k) => k.startsWith(norm));
      if (later) return;
    }
    seen.add(norm);
    paragraphs.push(l);
  });

  const firstPara = paragraphs[0];
  if (!firstPara) {
    warnings.push({
      file,
      message:
        title === undefined
          ? 'has no article paragraphs (only bylines, dates or page furniture); skipped'
          : 'has a headline but no article paragraphs; skipped',
      skipped: true,
    });
    return undefined;
  }
  if (!source) {
    const dateline = DATELINE_SOURCE.exec(firstPara.text);
    if (dateline?.[1]) source = dateline[1].trim();
  }
  if (!source) {
    for (const p of paragraphs) {
      const credit = p.text.length < 400 ? CAPTION_CREDIT.exec(p.text) : null;
      if (credit?.[1] && !isKnownPlace(credit[1].toLowerCase())) {
        source = credit[1];
        break;
      }
    }
  }

  const article: Article = {
    id,
    file,
    title: title ?? deriveTitle(firstPara.text),
    titleDerived: title === undefined,
    paragraphs: paragraphs.map((p) => p.text),
  };
  if (byline) article.byline = byline;
  if (date) article.date = date;
  if (source) article.source = source;
  return { article, paragraphLines: paragraphs.map((p) => p.line) };
}
