/**
 * The unsigned LEB128 varints every binary index file is made of: a writer
 * for the build and a reader for the browser, side by side so that the two
 * cannot drift apart.
 */

/** A growable buffer of varints and raw bytes. */
export class ByteWriter {
  private buf: Uint8Array;
  length = 0;

  constructor(capacity = 256) {
    this.buf = new Uint8Array(capacity);
  }

  private reserve(n: number): void {
    if (this.length + n <= this.buf.length) return;
    const grown = new Uint8Array(Math.max(this.buf.length * 2, this.length + n));
    grown.set(this.buf.subarray(0, this.length));
    this.buf = grown;
  }

  /** Appends one non-negative integer (up to 2^53). */
  uint(value: number): void {
    this.reserve(8);
    let v = value;
    while (v >= 0x80) {
      this.buf[this.length++] = (v % 0x80) | 0x80;
      v = Math.floor(v / 0x80);
    }
    this.buf[this.length++] = v;
  }

  /** Appends raw bytes. */
  bytes(data: Uint8Array): void {
    this.reserve(data.length);
    this.buf.set(data, this.length);
    this.length += data.length;
  }

  /** The bytes written so far (a view: copy it before writing more if it must be kept). */
  view(): Uint8Array {
    return this.buf.subarray(0, this.length);
  }

  /** Forgets what was written, keeping the allocated space. */
  reset(): void {
    this.length = 0;
  }
}

/** Reads varints and raw bytes from `start` up to `end`. */
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
