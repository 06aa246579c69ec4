// Text files chosen on the options page get the same verdict, in the same words, as `npm run ingest` gives them.
import { describe, expect, it } from 'vitest';
import { MAX_ARTICLE_BYTES } from '../../../lib/corpus/decode.ts';
import { checkFile, isHidden, type PickedFile } from '../../../lib/user-corpus/import-files.ts';

const file = (name: string, content: string | Uint8Array, size?: number): PickedFile => {
  const bytes = typeof content === 'string' ? new TextEncoder().encode(content) : content;
  return { name, size: size ?? bytes.length, bytes: async () => bytes };
};

describe('checking a file', () => {
  it('reads a UTF-8 text file', async () => {
    expect(await checkFile(file('harbour.txt', 'Harbour Reopens\n\nThe quay is open.'))).toEqual({
      ok: true,
      name: 'harbour.txt',
      text: 'Harbour Reopens\n\nThe quay is open.',
    });
  });

  it.each([
    ['notes.pdf', file('notes.pdf', 'x'), 'notes.pdf: is not a .txt file; skipped'],
    ['empty', file('empty.txt', ''), 'empty.txt: is empty; skipped'],
    ['binary', file('photo.txt', new Uint8Array([0x89, 0x50, 0, 0])), 'photo.txt: is a binary file, not text; skipped'],
    [
      'UTF-16',
      file('wide.txt', new Uint8Array([0xff, 0xfe, 0x41, 0])),
      'wide.txt: is UTF-16 text; save it as UTF-8; skipped',
    ],
    [
      'Latin-1',
      file('old.txt', new Uint8Array([0x41, 0x0a, 0x43, 0x61, 0x66, 0xe9])),
      'old.txt:2: is not valid UTF-8 (Latin-1 or another legacy encoding?); save it as UTF-8; skipped',
    ],
  ])('refuses %s, naming the file', async (_case, picked, message) => {
    expect(await checkFile(picked)).toEqual({ ok: false, name: picked.name, message });
  });

  it('refuses a file over the ingest’s limit without reading it', async () => {
    const huge: PickedFile = {
      name: 'dump.txt',
      size: MAX_ARTICLE_BYTES + 1,
      bytes: () => Promise.reject(new Error('must not be read')),
    };
    expect(await checkFile(huge)).toEqual({
      ok: false,
      name: 'dump.txt',
      message: 'dump.txt: is 2.0 MB; articles over 2.0 MB are not read (split or remove it); skipped',
    });
  });

  it('passes over hidden files and folders', () => {
    expect(isHidden('.DS_Store')).toBe(true);
    expect(isHidden('archive/.git/HEAD')).toBe(true);
    expect(isHidden('archive/2024/harbour.txt')).toBe(false);
  });
});
