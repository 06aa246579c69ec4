// npm run train:english-words [-- --error 0.002]
// Builds lib/corpus/english-words.json, the Bloom filter lib/corpus/english-words.ts reads: every lower-case word of
// wink-nlp's English model vocabulary (wink-eng-lite-web-model, a dev dependency) that wink does not tag as a proper
// noun on its own. Only the filter ships: the model itself is 3.5 MB, and evaluating it would be most of what
// adding an article in the browser costs.
import { writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import model from 'wink-eng-lite-web-model';
import winkNLP from 'wink-nlp';
import { buildBloom } from '../../lib/corpus/bloom.ts';
import { WORD_SHAPE } from '../../lib/corpus/english-words.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const i = process.argv.indexOf('--error');
const error = i >= 0 ? Number(process.argv[i + 1]) : 0.002;

const nlp = winkNLP(model, ['pos']);
const its = nlp.its;
// wink numbers its vocabulary's words first; every word it has not seen gets the next free number.
const vocabulary = (nlp.readDoc('qxzvjkq').tokens().out(its.uniqueId) as number[])[0] ?? 0;
const lexemes = (model as unknown as { core(): { features: { lexeme: { list: string[] } } } }).core().features.lexeme
  .list;
const words = new Set<string>();
for (const word of lexemes.slice(0, vocabulary)) {
  if (typeof word !== 'string' || !WORD_SHAPE.test(word)) continue;
  const tokens = nlp.readDoc(word).tokens();
  if (tokens.length() !== 1) continue;
  if ((tokens.out(its.pos) as string[])[0] === 'PROPN') continue;
  words.add(word);
}
const filter = buildBloom(words, error);
const out = join(ROOT, 'lib/corpus/english-words.json');
writeFileSync(out, `${JSON.stringify({ words: words.size, error, ...filter })}\n`);
console.log(`${words.size} words of ${vocabulary}, ${filter.size} bits, ${filter.hashes} hashes: ${out}`);
