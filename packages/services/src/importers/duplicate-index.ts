/**
 * A set of row keys that remembers the row each was first seen in, for `duplicate-row`. Keys are
 * kept as 64-bit hashes in typed arrays (open addressing, at most half full): 12 bytes a slot,
 * outside the JavaScript heap, about 24 MB for a million rows, instead of ~100 MB for a `Map` of
 * strings. Two different keys share a hash with probability about n²/2⁶⁵ — 3·10⁻⁸ for a million
 * rows — and would then be reported as a duplicate.
 */
export class DuplicateIndex {
  private capacity = 1 << 12;
  private size = 0;
  private high = new Uint32Array(this.capacity);
  private low = new Uint32Array(this.capacity);
  /** Row + 1 of the first occurrence; 0 marks an empty slot. */
  private rows = new Int32Array(this.capacity);

  /**
   * Adds a key made of several parts (hashed as if joined by a character that cannot occur in
   * them, without building the string); returns the row it was already seen in, or undefined.
   */
  add(parts: readonly string[], row: number): number | undefined {
    const [h, l] = hash64(parts);
    const found = this.find(h, l);
    if (found >= 0) return (this.rows[found] as number) - 1;
    if ((this.size + 1) * 2 > this.capacity) this.grow();
    this.put(h, l, row + 1);
    this.size += 1;
    return undefined;
  }

  /** Number of distinct keys. */
  get count(): number {
    return this.size;
  }

  /** Slot of a hash, or -1. */
  private find(h: number, l: number): number {
    const mask = this.capacity - 1;
    for (let slot = h & mask; ; slot = (slot + 1) & mask) {
      if (this.rows[slot] === 0) return -1;
      if (this.high[slot] === h && this.low[slot] === l) return slot;
    }
  }

  private put(h: number, l: number, rowPlusOne: number): void {
    const mask = this.capacity - 1;
    let slot = h & mask;
    while (this.rows[slot] !== 0) slot = (slot + 1) & mask;
    this.high[slot] = h;
    this.low[slot] = l;
    this.rows[slot] = rowPlusOne;
  }

  private grow(): void {
    const { high, low, rows } = this;
    this.capacity *= 2;
    this.high = new Uint32Array(this.capacity);
    this.low = new Uint32Array(this.capacity);
    this.rows = new Int32Array(this.capacity);
    for (let i = 0; i < rows.length; i += 1) {
      const r = rows[i] as number;
      if (r !== 0) this.put(high[i] as number, low[i] as number, r);
    }
  }
}

/** Two independent 32-bit halves of a hash of strings (cyrb53's mixing, both halves kept). */
function hash64(parts: readonly string[]): [number, number] {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (const part of parts) {
    for (let i = 0; i < part.length; i += 1) {
      const c = part.charCodeAt(i);
      h1 = Math.imul(h1 ^ c, 2654435761);
      h2 = Math.imul(h2 ^ c, 1597334677);
    }
    // A separator outside UTF-16 code units, so that ("ab","c") and ("a","bc") differ.
    h1 = Math.imul(h1 ^ 0x10000, 2654435761);
    h2 = Math.imul(h2 ^ 0x10000, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507);
  h1 ^= Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507);
  h2 ^= Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return [h1 >>> 0, h2 >>> 0];
}
