// Build time: the form table the page looks hashes up in, as one compact binary string. A minimal perfect hash
// ("hash and displace", Belazzougui et al.'s CHD without its compression): keys are grouped in buckets by one
// lane, and each bucket gets the first seed that sends all its keys to free slots. A lookup is then one bucket
// read, one slot read and one comparison, whatever the corpus size, and the table has barely more slots than
// keys (7 bytes each) instead of an open-addressing table's empty half. Written by hand: the npm packages for
// perfect hashing build for Node's Buffer or WebAssembly, and this must read from a string in a content script.
import { hashString, scale, slotOf } from './hash.ts';

/** Bytes per slot: lane A of the key (u32, compared on lookup), then its value (u24). */
export const SLOT_BYTES = 7;
/** Average keys per bucket: fewer buckets cost fewer seed bytes, more cost a longer search at build time. */
const BUCKET_SIZE = 4;
const MAX_SEED = 0xffff;

export interface PackedTable {
  buckets: number;
  slots: number;
  /** Seeds (u16 per bucket), then slots; little-endian. */
  bytes: Uint8Array;
}

/** Pack `entries` (string → 24-bit value) so that lookup(hash of key) gives its value. */
export function packTable(entries: ReadonlyMap<string, number>): PackedTable {
  const keys = [...entries].map(([key, value], index) => {
    const [a, b] = hashString(key);
    return { a, b, value, key, index };
  });
  checkDistinct(keys);
  // Load 0.97 first; a corpus whose keys will not place (very unlikely) gets a little more room each time.
  for (let room = 1.03; ; room += 0.05) {
    const packed = tryPack(keys, Math.max(1, Math.ceil(keys.length * room)));
    if (packed) return packed;
    if (room > 2) throw new Error(`matcher table: could not place ${keys.length} forms`);
  }
}

interface Key {
  a: number;
  b: number;
  value: number;
  key: string;
  index: number;
}

function checkDistinct(keys: Key[]): void {
  const seen = new Map<string, string>();
  for (const k of keys) {
    const id = `${k.a}:${k.b}`;
    const other = seen.get(id);
    // 64 bits for a few hundred thousand keys: this never happens, but a silent merge would misname a form.
    if (other !== undefined) throw new Error(`matcher table: "${k.key}" and "${other}" hash alike`);
    seen.set(id, k.key);
  }
}

function tryPack(keys: Key[], slots: number): PackedTable | null {
  const buckets = Math.max(1, Math.ceil(keys.length / BUCKET_SIZE));
  const members: Key[][] = Array.from({ length: buckets }, () => []);
  for (const k of keys) members[scale(k.a, buckets)]?.push(k);
  const order = members.map((_, i) => i).sort((x, y) => (members[y]?.length ?? 0) - (members[x]?.length ?? 0));
  const taken = new Uint8Array(slots);
  const seeds = new Uint16Array(buckets);
  const owner = new Int32Array(slots).fill(-1);
  const placed: number[] = [];
  for (const bucket of order) {
    const list = members[bucket] ?? [];
    if (list.length === 0) break;
    let found = -1;
    for (let seed = 0; seed <= MAX_SEED && found < 0; seed++) {
      placed.length = 0;
      for (const k of list) {
        const s = slotOf(k.b, seed, slots);
        if (taken[s] || placed.includes(s)) break;
        placed.push(s);
      }
      if (placed.length === list.length) found = seed;
    }
    if (found < 0) return null;
    seeds[bucket] = found;
    list.forEach((k, i) => {
      const s = placed[i] as number;
      taken[s] = 1;
      owner[s] = k.index;
    });
  }
  const bytes = new Uint8Array(buckets * 2 + slots * SLOT_BYTES);
  for (let i = 0; i < buckets; i++) {
    bytes[i * 2] = (seeds[i] ?? 0) & 0xff;
    bytes[i * 2 + 1] = (seeds[i] ?? 0) >>> 8;
  }
  const base = buckets * 2;
  for (let s = 0; s < slots; s++) {
    const k = keys[owner[s] ?? -1];
    if (!k) continue;
    const at = base + s * SLOT_BYTES;
    writeU32(bytes, at, k.a);
    writeU24(bytes, at + 4, k.value);
  }
  return { buckets, slots, bytes };
}

function writeU32(bytes: Uint8Array, at: number, v: number): void {
  bytes[at] = v & 0xff;
  bytes[at + 1] = (v >>> 8) & 0xff;
  bytes[at + 2] = (v >>> 16) & 0xff;
  bytes[at + 3] = (v >>> 24) & 0xff;
}

function writeU24(bytes: Uint8Array, at: number, v: number): void {
  bytes[at] = v & 0xff;
  bytes[at + 1] = (v >>> 8) & 0xff;
  bytes[at + 2] = (v >>> 16) & 0xff;
}

/** Base64 of bytes, which the page turns back into a one-byte string with the browser's native atob(). */
export function toBase64(bytes: Uint8Array): string {
  let binary = '';
  const CHUNK = 0x8000;
  for (let i = 0; i < bytes.length; i += CHUNK) {
    binary += String.fromCharCode(...bytes.subarray(i, i + CHUNK));
  }
  return btoa(binary);
}
