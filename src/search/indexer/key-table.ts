/**
 * An open-addressing hash table from character-id pairs to dense indices
 * 0, 1, 2, … in insertion order. It is probed once per character of the
 * corpus while the index is built; each slot keeps the pair beside its index,
 * so a probe touches one cache line, and a JS Map would cost several times
 * the memory.
 */
export class PairTable {
  // Slot i holds the pair at 4i, 4i+1 and its index + 1 at 4i+2 (0 marks an empty slot).
  private slots: Int32Array;
  private mask: number;
  size = 0;

  constructor(capacity = 1 << 16) {
    let n = 1 << 4;
    while (n < capacity * 2) n <<= 1;
    this.slots = new Int32Array(n * 4);
    this.mask = n - 1;
  }

  /** Index of the pair (a, b), adding it with the next index when absent. */
  add(a: number, b: number): number {
    const slots = this.slots;
    let i = hashPair(a, b) & this.mask;
    for (;;) {
      const at = i << 2;
      const v = slots[at + 2]!;
      if (v === 0) break;
      if (slots[at] === a && slots[at + 1] === b) return v - 1;
      i = (i + 1) & this.mask;
    }
    const at = i << 2;
    slots[at] = a;
    slots[at + 1] = b;
    slots[at + 2] = ++this.size;
    if (this.size * 2 > this.mask) this.grow();
    return this.size - 1;
  }

  private grow(): void {
    const old = this.slots;
    this.slots = new Int32Array(old.length * 2);
    this.mask = this.slots.length / 4 - 1;
    for (let at = 0; at < old.length; at += 4) {
      if (old[at + 2] === 0) continue;
      let j = hashPair(old[at]!, old[at + 1]!) & this.mask;
      while (this.slots[(j << 2) + 2] !== 0) j = (j + 1) & this.mask;
      this.slots.set(old.subarray(at, at + 3), j << 2);
    }
  }
}

function hashPair(a: number, b: number): number {
  let h = Math.imul(a, 0x9e3779b1) ^ Math.imul(b, 0x85ebca6b);
  h ^= h >>> 15;
  return Math.imul(h, 0xc2b2ae35) ^ (h >>> 13);
}
