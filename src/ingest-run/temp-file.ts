import { closeSync, fsyncSync, mkdirSync, openSync, writeSync } from 'node:fs';
import { dirname } from 'node:path';
import { createDigest } from '../schema/archive-files.ts';
import type { Manifest } from '../schema/manifest.ts';

type FileDigest = Manifest['files'][keyof Manifest['files']];

/** A file written in pieces, its size and digest (`digestOf` of its text) taken as it goes. */
export interface TempFile {
  readonly path: string;
  write(text: string): void;
  /** Writes what is buffered, flushes it to the disk and closes the file; returns its digest. */
  finish(): FileDigest;
  /** Closes the file if it is open (after a failure); the caller removes it. */
  abandon(): void;
}

// Text gathered before one write: enough that writes are few, little enough to stay a small string.
const BUFFER_CHARS = 1 << 20;

/** Opens `path` for writing, empty, creating its folder. Writes are synchronous: the pieces are small and the OS caches them. */
export function openTempFile(path: string): TempFile {
  mkdirSync(dirname(path), { recursive: true });
  let fd: number | null = openSync(path, 'w');
  const digest = createDigest();
  const pieces: string[] = [];
  let buffered = 0;
  const flush = () => {
    if (pieces.length === 0) return;
    const bytes = Buffer.from(pieces.join(''));
    pieces.length = 0;
    buffered = 0;
    digest.update(bytes);
    for (let at = 0; at < bytes.length; ) at += writeSync(fd!, bytes, at);
  };
  return {
    path,
    write(text) {
      pieces.push(text);
      buffered += text.length;
      if (buffered >= BUFFER_CHARS) flush();
    },
    finish() {
      flush();
      // Flushed before the rename, so a crash of the machine cannot leave a renamed file without its bytes.
      fsyncSync(fd!);
      closeSync(fd!);
      fd = null;
      return digest.result();
    },
    abandon() {
      if (fd !== null) closeSync(fd);
      fd = null;
    },
  };
}
