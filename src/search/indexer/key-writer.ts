import { closeSync, mkdirSync, openSync, writeSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { compareKeys, encodeBlock, encodeRoot, type BlockRef, type KeyEntry } from '../core/dictionary-codec.ts';
import { BLOCK_BYTES, INLINE_BYTES, indexPaths, PACK_BYTES } from '../core/layout.ts';
import { ByteWriter } from '../core/varint.ts';

/** Sizes a build may set smaller than the defaults, so tests cross many blocks and packs. */
export interface KeySizes {
  blockBytes?: number;
  packBytes?: number;
}

// Bytes gathered before a file is written to; a part this large or larger is written straight out.
const BUFFER_BYTES = 1 << 20;

/**
 * A file appended to through a buffer, opened on first write. The buffer
 * never grows past its size (a large part goes straight to the file) and is
 * dropped once the file is closed: at 1M items a build writes about 600 files.
 */
class AppendFile {
  private fd: number | null = null;
  private buffer: ByteWriter | null = new ByteWriter(BUFFER_BYTES);
  bytes = 0;

  constructor(private path: string) {}

  append(data: Uint8Array): void {
    this.bytes += data.length;
    if (data.length >= BUFFER_BYTES) {
      this.flush();
      writeSync(this.fd!, data);
      return;
    }
    this.buffer!.bytes(data);
    if (this.buffer!.length >= BUFFER_BYTES) this.flush();
  }

  private flush(): void {
    if (this.fd === null) {
      mkdirSync(dirname(this.path), { recursive: true });
      this.fd = openSync(this.path, 'w');
    }
    writeSync(this.fd, this.buffer!.view());
    this.buffer!.reset();
  }

  close(): void {
    this.flush();
    closeSync(this.fd!);
    this.buffer = null;
  }
}

/**
 * Writes the dictionary and the postings (see core/dictionary-codec.ts) as
 * keys come in ascending order: postings appended to the current pack, their
 * entries gathered into a block, a block written once it is full, and a new
 * pack begun at a block's start once the current one is full. Nothing is
 * written for a key no document holds, and no file is empty.
 */
export class KeyWriter {
  private blockBytes: number;
  private packBytes: number;
  private entries: KeyEntry[] = [];
  private entryBytes = 0;
  private roots: BlockRef[] = [];
  private pack: AppendFile | null = null;
  private packNo = -1;
  private dict: AppendFile | null = null;
  private dictNo = -1;
  private last: number[] = [];
  private block = new ByteWriter(1 << 12);
  private files: AppendFile[] = [];
  keys = 0;

  constructor(
    private root: string,
    sizes: KeySizes = {},
  ) {
    this.blockBytes = sizes.blockBytes ?? BLOCK_BYTES;
    this.packBytes = sizes.packBytes ?? PACK_BYTES;
  }

  /** Adds a key held by `df` documents, with its postings' parts: top list, documents, positions (each empty when it has none). */
  add(key: number[], df: number, top: Uint8Array, docs: Uint8Array, positions: Uint8Array): void {
    if (this.keys > 0 && compareKeys(this.last, key) >= 0) throw new Error(`keys out of order: ${key.join()} after ${this.last.join()}`);
    this.last = key;
    this.keys++;
    const parts = [top, docs, positions];
    const size = top.length + docs.length + positions.length;
    const entry: KeyEntry = { key, df, topLength: top.length, docsLength: docs.length, positionsLength: positions.length, inline: null, pack: 0, offset: 0 };
    if (size <= INLINE_BYTES) {
      entry.inline = new Uint8Array(size);
      let at = 0;
      for (const p of parts) entry.inline.set(p, (at += p.length) - p.length);
    } else {
      // A pack is closed before it would pass its size; the keys of one block
      // have their postings in one pack, so the block is closed with it.
      const full = this.pack !== null && this.pack.bytes > 0 && this.pack.bytes + size > this.packBytes;
      if (full) this.flushBlock();
      if (this.pack === null || full) this.nextPack();
      entry.pack = this.packNo;
      entry.offset = this.pack!.bytes;
      for (const p of parts) this.pack!.append(p);
    }
    this.entries.push(entry);
    // A key's code points take one to three bytes each, its lengths a few.
    this.entryBytes += 2 * key.length + 6 + (entry.inline?.length ?? 0);
    if (this.entryBytes >= this.blockBytes) this.flushBlock();
  }

  /** Writes what is left and the root; returns how many files and bytes the dictionary and postings take. */
  close(): { files: number; bytes: number } {
    this.flushBlock();
    for (const f of [this.pack, this.dict]) f?.close();
    const w = new ByteWriter();
    encodeRoot(w, this.roots);
    this.open(indexPaths.root()).append(w.view());
    this.files[this.files.length - 1]!.close();
    return { files: this.files.length, bytes: this.files.reduce((s, f) => s + f.bytes, 0) };
  }

  private open(path: string): AppendFile {
    const f = new AppendFile(join(this.root, path));
    this.files.push(f);
    return f;
  }

  private nextPack(): void {
    this.pack?.close();
    this.pack = this.open(indexPaths.postings(++this.packNo));
  }

  private flushBlock(): void {
    if (this.entries.length === 0) return;
    this.block.reset();
    encodeBlock(this.block, this.entries);
    if (this.dict === null || this.dict.bytes >= this.packBytes) {
      this.dict?.close();
      this.dict = this.open(indexPaths.block(++this.dictNo));
    }
    this.roots.push({ first: this.entries[0]!.key, file: this.dictNo, offset: this.dict.bytes, length: this.block.length });
    this.dict.append(this.block.view());
    this.entries = [];
    this.entryBytes = 0;
  }
}
