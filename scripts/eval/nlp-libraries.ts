// npm run eval:nlp -- --conllu <dir>
// Measures the NLP libraries the corpus pipeline may build on (compromise, which it uses, and wink-nlp with its
// English lite model) against GUM's gold tokens, sentences and parts of speech, and how fast each reads.
//
// The data stays outside the project: <dir> holds GUM's dependency files (dep/<doc>.conllu from the public GUM
// repository). Only the train documents are read, exactly the ones ../shared/eval/gum/gold.json lists; the dev and
// test documents are the held-out check and are never opened, even when <dir> holds them.
//
// What is compared, per paragraph (GUM's "newpar" blocks, sentences joined by one space):
// - sentences: boundary F1 (a boundary is the offset where a sentence starts, other than the paragraph's start);
// - tokens: F1 of word token spans (punctuation left out on both sides: compromise keeps it on its words);
// - parts of speech: on gold word tokens a library tokenized identically, the share whose coarse tag agrees
//   (UPOS, with CCONJ/SCONJ as one CONJ); and PROPN precision and recall, since proper nouns are what name
//   finding starts from;
// - speed: words per second over all documents, after the library has loaded.
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import nlp from 'compromise';
import model from 'wink-eng-lite-web-model';
import winkNLP from 'wink-nlp';

interface GoldToken {
  start: number;
  end: number;
  upos: string;
}
interface Paragraph {
  text: string;
  /** Offsets where a sentence starts (0 excluded). */
  boundaries: number[];
  tokens: GoldToken[];
}
interface Reading {
  boundaries: number[];
  tokens: GoldToken[];
}

function parseArgs(argv: readonly string[]) {
  let conllu = process.env.GUM_CONLLU;
  let gold = resolve(import.meta.dirname, '../../../shared/eval/gum/gold.json');
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--conllu') conllu = argv[++i];
    else if (argv[i] === '--gold') gold = argv[++i] as string;
  }
  if (!conllu) {
    process.stderr.write(
      'Usage: npm run eval:nlp -- --conllu <dir of GUM dep/*.conllu files> [--gold ../shared/eval/gum/gold.json]\n',
    );
    process.exit(1);
  }
  return { conllu, gold };
}

/** The train documents, by name: the only ones this script opens. */
function trainDocuments(goldPath: string): string[] {
  const gold = JSON.parse(readFileSync(goldPath, 'utf8')) as { documents: { file: string; split: string }[] };
  return gold.documents.filter((d) => d.split === 'train').map((d) => d.file.replace(/\.txt$/u, ''));
}

function readParagraphs(path: string): Paragraph[] {
  const paras: Paragraph[] = [];
  let current: Paragraph | undefined;
  let sentenceText = '';
  let cursor = 0;
  let sentenceBase = 0;
  for (const line of readFileSync(path, 'utf8').split('\n')) {
    if (line.startsWith('# newpar') && !line.startsWith('# newpar_')) {
      current = { text: '', boundaries: [], tokens: [] };
      paras.push(current);
    } else if (line.startsWith('# text = ')) {
      if (!current) {
        current = { text: '', boundaries: [], tokens: [] };
        paras.push(current);
      }
      sentenceText = line.slice('# text = '.length);
      if (current.text.length > 0) {
        current.text += ' ';
        current.boundaries.push(current.text.length);
      }
      sentenceBase = current.text.length;
      current.text += sentenceText;
      cursor = 0;
    } else if (/^\d+\t/u.test(line) && current) {
      const [, form = '', , upos = ''] = line.split('\t');
      const at = sentenceText.indexOf(form, cursor);
      if (at < 0) continue;
      cursor = at + form.length;
      current.tokens.push({ start: sentenceBase + at, end: sentenceBase + cursor, upos: coarse(upos) });
    }
  }
  return paras.filter((p) => p.text.length > 0);
}

const coarse = (upos: string) => (upos === 'CCONJ' || upos === 'SCONJ' ? 'CONJ' : upos);

// compromise's tags, most specific first, to UPOS.
const COMPROMISE_UPOS: [string, string][] = [
  ['ProperNoun', 'PROPN'],
  ['Pronoun', 'PRON'],
  ['Determiner', 'DET'],
  ['Preposition', 'ADP'],
  ['Conjunction', 'CONJ'],
  ['Copula', 'AUX'],
  ['Modal', 'AUX'],
  ['Auxiliary', 'AUX'],
  ['Negative', 'PART'],
  ['Verb', 'VERB'],
  ['Adjective', 'ADJ'],
  ['Adverb', 'ADV'],
  ['Value', 'NUM'],
  ['Noun', 'NOUN'],
  ['Expression', 'INTJ'],
  ['QuestionWord', 'ADV'],
];

interface CompromiseTerm {
  text: string;
  tags: string[];
  offset: { start: number; length: number };
}

function readCompromise(text: string): Reading {
  const doc = nlp(text);
  const json = doc.json({ offset: true, terms: { offset: true } }) as {
    offset: { start: number };
    terms: CompromiseTerm[];
  }[];
  const boundaries: number[] = [];
  const tokens: GoldToken[] = [];
  for (const s of json) {
    const first = s.terms[0];
    if (first && first.offset.start > 0) boundaries.push(first.offset.start);
    for (const t of s.terms) {
      if (t.offset.length === 0) continue;
      const tag = COMPROMISE_UPOS.find(([c]) => t.tags.includes(c))?.[1] ?? 'X';
      tokens.push({ start: t.offset.start, end: t.offset.start + t.offset.length, upos: tag });
    }
  }
  return { boundaries, tokens };
}

const wink = winkNLP(model);
const its = wink.its;

function readWink(text: string): Reading {
  const doc = wink.readDoc(text);
  const values = doc.tokens().out(its.value) as string[];
  const spaces = doc.tokens().out(its.precedingSpaces) as string[];
  const pos = doc.tokens().out(its.pos) as string[];
  const types = doc.tokens().out(its.type) as string[];
  const starts: number[] = [];
  let cursor = 0;
  const tokens: GoldToken[] = [];
  values.forEach((v, i) => {
    const at = text.indexOf(v, cursor + (spaces[i]?.length ?? 0));
    const start = at >= 0 ? at : cursor + (spaces[i]?.length ?? 0);
    starts.push(start);
    cursor = start + v.length;
    if (types[i] !== 'punctuation') tokens.push({ start, end: cursor, upos: coarse(pos[i] ?? 'X') });
  });
  const boundaries = (doc.sentences().out(its.span) as [number, number][])
    .map(([first]) => starts[first] ?? 0)
    .filter((b) => b > 0);
  return { boundaries, tokens };
}

interface Score {
  sentTp: number;
  sentGold: number;
  sentSys: number;
  tokTp: number;
  tokGold: number;
  tokSys: number;
  posOk: number;
  posSeen: number;
  propnTp: number;
  propnGold: number;
  propnSys: number;
  words: number;
  ms: number;
}

const emptyScore = (): Score => ({
  sentTp: 0,
  sentGold: 0,
  sentSys: 0,
  tokTp: 0,
  tokGold: 0,
  tokSys: 0,
  posOk: 0,
  posSeen: 0,
  propnTp: 0,
  propnGold: 0,
  propnSys: 0,
  words: 0,
  ms: 0,
});

function score(s: Score, gold: Paragraph, sys: Reading) {
  const goldB = new Set(gold.boundaries);
  s.sentGold += goldB.size;
  s.sentSys += sys.boundaries.length;
  for (const b of new Set(sys.boundaries)) if (goldB.has(b)) s.sentTp++;
  const goldWords = gold.tokens.filter((t) => t.upos !== 'PUNCT');
  const sysWords = sys.tokens.filter((t) => /[\p{L}\p{N}]/u.test(gold.text.slice(t.start, t.end)));
  const bySpan = new Map(sysWords.map((t) => [`${t.start}:${t.end}`, t]));
  s.tokGold += goldWords.length;
  s.tokSys += sysWords.length;
  s.words += goldWords.length;
  for (const g of goldWords) {
    const t = bySpan.get(`${g.start}:${g.end}`);
    if (g.upos === 'PROPN') s.propnGold++;
    if (!t) continue;
    s.tokTp++;
    s.posSeen++;
    if (t.upos === g.upos) s.posOk++;
    if (t.upos === 'PROPN' && g.upos === 'PROPN') s.propnTp++;
  }
  for (const t of sysWords) if (t.upos === 'PROPN') s.propnSys++;
}

const pct = (n: number, d: number) => (d === 0 ? '–' : `${((100 * n) / d).toFixed(1)}%`);
const f1 = (tp: number, gold: number, sys: number) => pct(2 * tp, gold + sys);

function main() {
  const { conllu, gold } = parseArgs(process.argv.slice(2));
  const docs = trainDocuments(gold);
  const paragraphs = docs.flatMap((d) => readParagraphs(join(conllu, `${d}.conllu`)));
  const readers: [string, (text: string) => Reading][] = [
    ['compromise', readCompromise],
    ['wink-nlp + wink-eng-lite-web-model', readWink],
  ];
  const rows: string[] = [];
  const report: Record<string, Score> = {};
  for (const [name, read] of readers) {
    read('Warm up the library once before timing.');
    const s = emptyScore();
    const readings: Reading[] = [];
    const t0 = performance.now();
    for (const p of paragraphs) readings.push(read(p.text));
    s.ms = performance.now() - t0;
    paragraphs.forEach((p, i) => {
      score(s, p, readings[i] as Reading);
    });
    report[name] = s;
    rows.push(
      `| ${name} | ${f1(s.sentTp, s.sentGold, s.sentSys)} | ${f1(s.tokTp, s.tokGold, s.tokSys)} | ${pct(s.posOk, s.posSeen)} | ` +
        `${pct(s.propnTp, s.propnSys)} / ${pct(s.propnTp, s.propnGold)} | ${Math.round(s.words / (s.ms / 1000)).toLocaleString('en')} |`,
    );
  }
  const words = report.compromise?.words ?? 0;
  process.stdout.write(
    `GUM train: ${docs.length} documents, ${paragraphs.length} paragraphs, ${words.toLocaleString('en')} gold words\n\n` +
      '| library | sentence boundaries F1 | word tokens F1 | POS accuracy (same tokens) | PROPN precision / recall | words/s |\n' +
      '|---|---|---|---|---|---|\n' +
      `${rows.join('\n')}\n`,
  );
}

main();
