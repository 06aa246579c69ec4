// Text files chosen, dropped or found in a folder on the options page, checked the way `npm run ingest` checks
// them (lib/corpus/decode.ts) and in the same words, before any of them reaches the background.
import { MAX_ARTICLE_BYTES, readArticleBytes, tooLargeReason } from '../corpus/decode.ts';
import { formatWarning } from '../corpus/errors.ts';

/** What the page knows of a file before reading it (a File, or anything shaped like one in tests). */
export interface PickedFile {
  /** The name to report: the path inside the folder when one was chosen ("2024/harbour.txt"). */
  name: string;
  size: number;
  bytes(): Promise<Uint8Array>;
}

export type CheckedFile = { ok: true; name: string; text: string } | { ok: false; name: string; message: string };

const ARTICLE_FILE = /\.(?:txt|text)$/i;

/** Hidden files and folders (".DS_Store", ".git/…") are passed over silently, as the ingest does. */
export function isHidden(name: string): boolean {
  return name.split(/[\\/]/).some((part) => part.startsWith('.'));
}

/** One file's verdict: its text, or the ingest's message naming it ("notes.txt: is empty; skipped"). */
export async function checkFile(file: PickedFile): Promise<CheckedFile> {
  const fail = (message: string): CheckedFile => ({ ok: false, name: file.name, message: `${file.name}: ${message}` });
  if (!ARTICLE_FILE.test(file.name)) return fail('is not a .txt file; skipped');
  // The size first, so a wrong choice (a video) is never read into memory.
  if (file.size > MAX_ARTICLE_BYTES) return fail(`${tooLargeReason(file.size)}; skipped`);
  const result = readArticleBytes(file.name, await file.bytes());
  return 'text' in result
    ? { ok: true, name: file.name, text: result.text }
    : { ok: false, name: file.name, message: formatWarning(result) };
}
