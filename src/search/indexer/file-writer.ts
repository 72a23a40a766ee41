import { mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

/** Writes index files under one folder, creating folders once, and counts what it wrote. */
export class FileWriter {
  files = 0;
  bytes = 0;
  private made = new Set<string>();

  constructor(public root: string) {}

  /** Writes `data` to `path` (relative to the root). */
  write(path: string, data: Uint8Array | string): void {
    const full = join(this.root, path);
    const dir = dirname(full);
    if (!this.made.has(dir)) {
      mkdirSync(dir, { recursive: true });
      this.made.add(dir);
    }
    writeFileSync(full, data);
    this.files++;
    this.bytes += typeof data === 'string' ? Buffer.byteLength(data) : data.length;
  }

  /** Moves the folder written so far to `root`, where what follows is written too. */
  moveTo(root: string): void {
    mkdirSync(this.root, { recursive: true });
    renameSync(this.root, root);
    this.root = root;
    this.made.clear();
  }
}
