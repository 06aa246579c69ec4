// A Bloom filter: set membership in a fixed number of bits, for word lists the pipeline consults but need not ship
// whole (the town gazetteer, the English vocabulary). Written by hand: a few lines, and the filter builders in
// scripts/train and the readers here must hash bit for bit alike. A hit may be wrong for a few keys never added
// (the error rate the builder chose); a miss is always right.

export interface BloomFilter {
  /** Bits, base64. */
  bits: string;
  /** Number of bits and of hash functions. */
  size: number;
  hashes: number;
}

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

export function bloomHas(f: BloomFilter, key: string): boolean {
  if (f.size === 0) return false;
  const b = bitsOf(f);
  const [h1, h2] = bloomHashes(key);
  for (let i = 0; i < f.hashes; i++) {
    const bit = (h1 + i * h2) % f.size;
    if (((b[bit >>> 3] as number) & (1 << (bit & 7))) === 0) return false;
  }
  return true;
}

/** The filter of `keys` at the false-positive rate `error` (for the builder scripts). */
export function buildBloom(keys: ReadonlySet<string>, error: number): BloomFilter {
  const n = Math.max(1, keys.size);
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
  let raw = '';
  for (const byte of bits) raw += String.fromCharCode(byte);
  return { size, hashes, bits: btoa(raw) };
}
