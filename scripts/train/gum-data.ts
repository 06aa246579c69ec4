// GUM's entity annotation, read from its dependency files (dep/<doc>.conllu of the public GUM repository) and
// placed on the paragraphs the pipeline reads, so the name-kind trainer and its evaluation can label the
// pipeline's candidates. Only the train documents ../shared/eval/gum/gold.json lists are ever opened: GUM's dev
// and test documents are the held-out check, even when the folder holds them.
//
// GUM annotates every mention of every entity (named, nominal, pronominal; nested), with its entity type
// (person, organization, place, abstract, event, object, time, …). A paragraph is a "newpar" block, its
// sentences joined by one space, the way ../shared/eval/gum/articles were rebuilt from the corpus.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export interface GumToken {
  start: number;
  end: number;
  form: string;
  upos: string;
  xpos: string;
}

export interface GumMention {
  /** Character offsets in the paragraph. */
  start: number;
  end: number;
  /** First and last token index in the paragraph. */
  first: number;
  last: number;
  type: string;
  chain: string;
}

export interface GumParagraph {
  text: string;
  tokens: GumToken[];
  mentions: GumMention[];
}

export interface GumDocument {
  name: string;
  genre: string;
  paragraphs: GumParagraph[];
}

/** The train documents gold.json lists, by name (no extension). */
export function trainDocuments(goldPath: string): string[] {
  const gold = JSON.parse(readFileSync(goldPath, 'utf8')) as { documents: { file: string; split: string }[] };
  return gold.documents.filter((d) => d.split === 'train').map((d) => d.file.replace(/\.txt$/u, ''));
}

/** Reads one document; `dir` holds <name>.conllu (or dep/<name>.conllu). */
export function readGumDocument(dir: string, name: string): GumDocument {
  const path = [join(dir, `${name}.conllu`), join(dir, 'dep', `${name}.conllu`)].find((p) => existsSync(p));
  if (!path) throw new Error(`${name}.conllu not found in ${dir}`);
  const paragraphs: GumParagraph[] = [];
  let para: GumParagraph | undefined;
  let sentence = '';
  let base = 0;
  let cursor = 0;
  // Open mentions by chain id: GUM brackets a mention's first token "(id-type-…" and its last "id)".
  const open = new Map<string, { first: number; type: string }[]>();
  const newParagraph = () => {
    para = { text: '', tokens: [], mentions: [] };
    paragraphs.push(para);
    open.clear();
  };
  for (const line of readFileSync(path, 'utf8').split('\n')) {
    if (line.startsWith('# newpar') && !line.startsWith('# newpar_')) newParagraph();
    else if (line.startsWith('# text = ')) {
      if (!para) newParagraph();
      const p = para as GumParagraph;
      sentence = line.slice('# text = '.length);
      if (p.text.length > 0) p.text += ' ';
      base = p.text.length;
      p.text += sentence;
      cursor = 0;
    } else if (/^\d+\t/u.test(line) && para) {
      const cols = line.split('\t');
      const form = cols[1] ?? '';
      const at = sentence.indexOf(form, cursor);
      if (at < 0) continue;
      cursor = at + form.length;
      const index = para.tokens.length;
      para.tokens.push({ start: base + at, end: base + cursor, form, upos: cols[3] ?? '', xpos: cols[4] ?? '' });
      const entity = /(?:^|\|)Entity=([^|]*)/u.exec(cols[9] ?? '')?.[1];
      if (entity) readBrackets(entity, index, para, open);
    }
  }
  const genre = name.split('_')[1] ?? '';
  return { name, genre, paragraphs: paragraphs.filter((p) => p.text.length > 0) };
}

function readBrackets(
  entity: string,
  index: number,
  para: GumParagraph,
  open: Map<string, { first: number; type: string }[]>,
) {
  const close = (chain: string, first: number, type: string) => {
    const a = para.tokens[first] as GumToken;
    const b = para.tokens[index] as GumToken;
    para.mentions.push({ start: a.start, end: b.end, first, last: index, type, chain });
  };
  for (const m of entity.matchAll(/\(([^()]+)\)?|([^()]+)\)/gu)) {
    if (m[1] !== undefined) {
      const [chain = '', type = ''] = m[1].split('-');
      if (m[0].endsWith(')')) close(chain, index, type);
      else {
        const list = open.get(chain) ?? [];
        list.push({ first: index, type });
        open.set(chain, list);
      }
    } else if (m[2] !== undefined) {
      const chain = m[2];
      const opened = open.get(chain)?.pop();
      if (opened) close(chain, opened.first, opened.type);
    }
  }
}

/**
 * Which GUM paragraph each of the pipeline's paragraphs is (-1 when none): the same text, or failing that the
 * paragraph that contains it. Titles and headings are paragraphs of their own in both.
 */
export function alignParagraphs(doc: GumDocument, paragraphs: readonly string[]): number[] {
  const out: number[] = [];
  let from = 0;
  for (const text of paragraphs) {
    let found = -1;
    for (let k = from; k < doc.paragraphs.length && found < 0; k++) {
      if ((doc.paragraphs[k] as GumParagraph).text === text) found = k;
    }
    if (found < 0) {
      for (let k = from; k < doc.paragraphs.length && found < 0; k++) {
        if ((doc.paragraphs[k] as GumParagraph).text.includes(text)) found = k;
      }
    }
    out.push(found);
    if (found >= 0) from = found + 1;
  }
  return out;
}
