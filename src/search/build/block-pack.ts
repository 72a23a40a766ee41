import { closeSync, mkdirSync, openSync, writeSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { BlockAt, ExternalSink } from './shard-encode.ts';

/**
 * Appends large blocks to one pack file (see `indexPaths.blockPack`), which a
 * browser reads by range. Each partition of a build writes a pack of its own,
 * so threads never share a file.
 */
export class BlockPack implements ExternalSink {
  private fd: number | null = null;
  private offset = 0;
  bytes = 0;

  constructor(
    private file: string,
    private pack: number,
    readonly maxInlineBytes: number,
  ) {}

  write(data: Uint8Array): BlockAt {
    if (this.fd === null) {
      mkdirSync(dirname(this.file), { recursive: true });
      this.fd = openSync(this.file, 'w');
    }
    writeSync(this.fd, data);
    const at = { pack: this.pack, offset: this.offset };
    this.offset += data.length;
    this.bytes += data.length;
    return at;
  }

  /** Closes the file; returns whether anything was written. */
  close(): boolean {
    if (this.fd === null) return false;
    closeSync(this.fd);
    return true;
  }
}

/** A pack under a build folder. */
export function blockPack(root: string, path: string, pack: number, maxInlineBytes: number): BlockPack {
  return new BlockPack(join(root, path), pack, maxInlineBytes);
}
