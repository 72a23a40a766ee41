import { closeSync, mkdtempSync, openSync, readSync, rmSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

// Offsets buffered in memory for all partitions together, at most (4 bytes each).
const BUFFERED_OFFSETS = 1 << 24;

/**
 * Corpus offsets sorted into partitions through temporary files, so that one
 * scan of the corpus serves every partition: each partition's offsets are
 * buffered, appended to its own file when the buffer is full, and read back
 * whole, in the order they were added.
 */
export class OffsetSpill {
  private dir = mkdtempSync(join(tmpdir(), 'search-index-'));
  private buffers: Uint32Array[];
  private filled: Int32Array;
  private counts: number[];
  private fds: (number | null)[];

  /** Offsets for `partitions` partitions, `buffered` at most held in memory (tests make it small, so buffers fill). */
  constructor(partitions: number, buffered = BUFFERED_OFFSETS) {
    const length = Math.max(1, Math.floor(buffered / Math.max(1, partitions)));
    this.buffers = Array.from({ length: partitions }, () => new Uint32Array(length));
    this.filled = new Int32Array(partitions);
    this.counts = new Array<number>(partitions).fill(0);
    this.fds = new Array<number | null>(partitions).fill(null);
  }

  /** Adds an offset to partition `p`. */
  add(p: number, offset: number): void {
    const buffer = this.buffers[p]!;
    buffer[this.filled[p]!++] = offset;
    if (this.filled[p] === buffer.length) this.flush(p);
  }

  /** Every offset added to partition `p`, in the order added (once every offset is added). */
  read(p: number): Uint32Array {
    this.flush(p);
    const offsets = new Uint32Array(this.counts[p]!);
    const fd = this.fds[p];
    if (fd !== null && fd !== undefined) {
      const bytes = new Uint8Array(offsets.buffer);
      for (let at = 0; at < bytes.length; ) at += readSync(fd, bytes, at, bytes.length - at, at);
    }
    return offsets;
  }

  /** Removes the temporary files. */
  close(): void {
    for (const fd of this.fds) if (fd !== null) closeSync(fd);
    this.fds.fill(null);
    rmSync(this.dir, { recursive: true, force: true });
  }

  private flush(p: number): void {
    const n = this.filled[p]!;
    if (n === 0) return;
    const fd = (this.fds[p] ??= openSync(join(this.dir, `${p}.bin`), 'w+'));
    const bytes = new Uint8Array(this.buffers[p]!.buffer, 0, n * 4);
    for (let at = 0; at < bytes.length; ) at += writeSync(fd, bytes, at, bytes.length - at, this.counts[p]! * 4 + at);
    this.counts[p]! += n;
    this.filled[p] = 0;
  }
}
