/** Reads the unsigned LEB128 varints the index files are made of. */
export class ByteReader {
  pos: number;
  constructor(
    readonly bytes: Uint8Array,
    start = 0,
    readonly end = bytes.length,
  ) {
    this.pos = start;
  }

  /** Whether everything up to `end` has been read. */
  done(): boolean {
    return this.pos >= this.end;
  }

  /** Reads one varint (values up to 2^53 are exact). */
  uint(): number {
    let result = 0;
    let scale = 1;
    for (;;) {
      const b = this.bytes[this.pos++]!;
      result += (b & 0x7f) * scale;
      if (b < 0x80) return result;
      scale *= 128;
    }
  }

  /** Returns the next `length` bytes as a sub-view and moves past them. */
  take(length: number): Uint8Array {
    const view = this.bytes.subarray(this.pos, this.pos + length);
    this.pos += length;
    return view;
  }
}
