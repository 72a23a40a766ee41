import { closeSync, openSync, readSync, rmSync, writeSync } from 'node:fs';

/**
 * Texts written to one file as they come and read back by number, so a run
 * holds a record's place (two numbers) instead of the record. Reads and writes
 * are synchronous: records are small, and the file is usually still in the OS cache.
 */
export interface Spool {
  /** Appends `text`; returns its number, from 0. */
  append(text: string): number;
  read(n: number): string;
  /** Closes and deletes the file; a second call does nothing. */
  remove(): void;
}

/** A spool in `file`, created (or emptied) now. */
export function openSpool(file: string): Spool {
  let fd: number | null = openSync(file, 'w+');
  // Offsets and lengths in bytes, by record number.
  const starts: number[] = [];
  const lengths: number[] = [];
  let end = 0;
  const open = () => {
    if (fd === null) throw new Error(`spool ${file} was removed`);
    return fd;
  };
  return {
    append(text) {
      const bytes = Buffer.from(text);
      writeSync(open(), bytes, 0, bytes.length, end);
      starts.push(end);
      lengths.push(bytes.length);
      end += bytes.length;
      return starts.length - 1;
    },
    read(n) {
      const bytes = Buffer.allocUnsafe(lengths[n]!);
      let got = 0;
      while (got < bytes.length) {
        const k = readSync(open(), bytes, got, bytes.length - got, starts[n]! + got);
        if (k === 0) throw new Error(`spool ${file} ends before record ${n}`);
        got += k;
      }
      return bytes.toString('utf8');
    },
    remove() {
      if (fd === null) return;
      closeSync(fd);
      fd = null;
      rmSync(file, { force: true });
    },
  };
}
