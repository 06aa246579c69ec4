import type { Pack } from './types.ts';
import { PACK_VERSION } from './types.ts';

export interface SourceFile {
  file: string;
  text: string;
}

// Placeholder until issue #3 lands: paragraphs only.
export function buildPack(sources: SourceFile[]): Pack {
  const articles = sources.map((s, i) => {
    const lines = s.text.split(/\n+/).filter((l) => l.trim());
    return { id: `a${i}`, file: s.file, title: lines[0] ?? s.file, titleDerived: false, paragraphs: lines.slice(1) };
  });
  return { version: PACK_VERSION, articles, entities: [], quotes: [], index: null };
}
