/**
 * Numbers pairs of integers 0, 1, 2, … in the order first added, in an
 * open-addressing table over one typed array. The parser's bigram table probes
 * it once per character pair of a page and the search indexer once per
 * character of the corpus: each slot keeps the pair beside its number, so a
 * probe touches one cache line, where a Map keyed on a string or a packed
 * number costs several times the time and memory.
 */
export class PairIds {
  // Slot i holds the pair at 4i, 4i + 1 and its number + 1 at 4i + 2 (0 marks an
  // empty slot): four to a slot, so that a slot never straddles a cache line.
  private slots: Int32Array;
  // Fibonacci hashing takes the top bits of the hash: 32 − log2(slots).
  private shift: number;
  private mask: number;
  private count = 0;

  /** `expected`: how many pairs to make room for before growing (the table is kept at most half full). */
  constructor(expected = 1 << 12) {
    let bits = 4;
    while (1 << bits < expected * 2) bits++;
    this.slots = new Int32Array(4 << bits);
    this.shift = 32 - bits;
    this.mask = (1 << bits) - 1;
  }

  /** How many pairs are numbered: every number is below it. */
  get size(): number {
    return this.count;
  }

  /** The number of the pair (a, b), numbering it next when it is new. */
  add(a: number, b: number): number {
    const { slots, mask } = this;
    let i = hash(a, b) >>> this.shift;
    for (; ; i = (i + 1) & mask) {
      const at = i << 2;
      const v = slots[at + 2]!;
      if (v === 0) break;
      if (slots[at] === a && slots[at + 1] === b) return v - 1;
    }
    const at = i << 2;
    slots[at] = a;
    slots[at + 1] = b;
    slots[at + 2] = ++this.count;
    if (this.count * 2 > mask) this.grow();
    return this.count - 1;
  }

  private grow(): void {
    const old = this.slots;
    this.slots = new Int32Array(old.length * 2);
    this.shift--;
    const mask = (this.mask = this.mask * 2 + 1);
    for (let at = 0; at < old.length; at += 4) {
      if (old[at + 2] === 0) continue;
      let i = hash(old[at]!, old[at + 1]!) >>> this.shift;
      while (this.slots[(i << 2) + 2] !== 0) i = (i + 1) & mask;
      this.slots.set(old.subarray(at, at + 3), i << 2);
    }
  }
}

// Fibonacci hashing of the pair folded into one number: the parser's pairs are
// UTF-16 code units and the indexer's character numbers, nearly always below
// 0x10000, so the fold keeps both whole; where it does not, pairs share a hash
// more often, never a number (a slot compares the pair itself).
function hash(a: number, b: number): number {
  return Math.imul((a << 16) ^ b, 0x9e3779b1);
}
