/** A growable buffer of unsigned LEB128 varints, the encoding every index file uses. */
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

  /** Appends a block: its length, then its bytes. */
  block(data: Uint8Array): void {
    this.uint(data.length);
    this.bytes(data);
  }

  /** The bytes written so far (a view; copy it before writing more if it must be kept). */
  view(): Uint8Array {
    return this.buf.subarray(0, this.length);
  }

  /** Forgets what was written, keeping the allocated space. */
  reset(): void {
    this.length = 0;
  }
}
