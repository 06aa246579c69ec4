// What a file's bytes must be to be read as an article: not empty, not too large, not binary, UTF-8 (not UTF-16
// or a legacy encoding). Pure, so `npm run ingest` (lib/corpus/folder.ts) and the options page's import of text
// files (lib/user-corpus/import-files.ts) give every file the same verdict in the same words.
import type { IngestWarning } from './errors.ts';
import type { SourceFile } from './pack.ts';

/** Largest article file read. A news article is rarely over 100 KB; bigger files are dumps or mistakes. */
export const MAX_ARTICLE_BYTES = 2 * 1024 * 1024;

/** Why a file of `size` bytes is not read (over MAX_ARTICLE_BYTES). */
export function tooLargeReason(size: number): string {
  return `is ${megabytes(size)}; articles over ${megabytes(MAX_ARTICLE_BYTES)} are not read (split or remove it)`;
}

/**
 * A file's bytes as an article's source, or the warning that says why not (each ends in "; skipped", as the
 * ingest prints them). The size is checked before anything is decoded.
 */
export function readArticleBytes(file: string, bytes: Uint8Array): SourceFile | IngestWarning {
  let warning: IngestWarning | undefined;
  const skip = (message: string, line?: number): undefined => {
    warning = { file, message: `${message}; skipped`, skipped: true, ...(line === undefined ? {} : { line }) };
    return undefined;
  };
  if (bytes.length > MAX_ARTICLE_BYTES) skip(tooLargeReason(bytes.length));
  else if (bytes.length === 0) skip('is empty');
  const source = warning ? undefined : decodeArticle(file, bytes, skip);
  return source ?? (warning as IngestWarning);
}

/** Bytes to text, or a reason it is not UTF-8 text (through `skip`). */
export function decodeArticle(
  file: string,
  bytes: Uint8Array,
  skip: (message: string, line?: number) => undefined,
): SourceFile | undefined {
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    return skip('is UTF-16 text; save it as UTF-8');
  }
  const head = bytes.subarray(0, 8192);
  let control = 0;
  for (const b of head) {
    if (b === 0) return skip('is a binary file, not text');
    if (b < 9 || (b > 13 && b < 32)) control++;
  }
  if (control > head.length * 0.1) return skip('is a binary file, not text');
  try {
    return { file, text: new TextDecoder('utf-8', { fatal: true }).decode(bytes) };
  } catch {
    const at = firstInvalidUtf8(bytes);
    const line = at < 0 ? undefined : lineOf(bytes, at);
    return skip('is not valid UTF-8 (Latin-1 or another legacy encoding?); save it as UTF-8', line);
  }
}

function megabytes(bytes: number): string {
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}

function lineOf(bytes: Uint8Array, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset; i++) if (bytes[i] === 0x0a) line++;
  return line;
}

/** Offset of the first byte that breaks UTF-8, or -1. */
function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i] as number;
    let extra: number;
    if (b < 0x80) extra = 0;
    else if (b >= 0xc2 && b <= 0xdf) extra = 1;
    else if (b >= 0xe0 && b <= 0xef) extra = 2;
    else if (b >= 0xf0 && b <= 0xf4) extra = 3;
    else return i;
    for (let k = 1; k <= extra; k++) {
      const c = bytes[i + k];
      if (c === undefined || c < 0x80 || c > 0xbf) return i;
    }
    i += extra + 1;
  }
  return -1;
}
