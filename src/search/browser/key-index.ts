import { decodeBlock, decodeRoot, findBlock, compareKeys, type BlockRef, type KeyEntry } from '../core/dictionary-codec.ts';
import { indexPaths } from '../core/layout.ts';
import { candidateRanges, SKIP_DOCS } from '../core/planner.ts';
import { decodeDocs, decodePositions, decodeTop, type DocsRead, type PositionLists, type TopList } from '../core/postings-codec.ts';
import type { IndexClient } from './index-client.ts';

// Postings kept for later queries: a few dozen keys, a few hundred kilobytes at most in a large archive.
const KEEP_POSTINGS = 64;

/** A key's postings as read: the documents part, and the positions when asked for. */
export interface KeyPostings extends DocsRead {
  positions: PositionLists | null;
}

/**
 * Looks keys up in the dictionary (the root once, then one block per key,
 * each block read once) and reads their postings, by range from their pack
 * or from the block that holds them inline.
 */
export class KeyIndex {
  private root: Promise<BlockRef[]> | null = null;
  private blocks = new Map<number, Promise<KeyEntry[]>>();
  // Postings read lately, for the next query that needs them (a query typed a character longer).
  private read = new Map<KeyEntry, { withPositions: boolean; postings: Promise<KeyPostings> }>();

  constructor(private client: IndexClient) {}

  /** A key's dictionary entry, or null when no document holds it. */
  async entry(key: readonly number[]): Promise<KeyEntry | null> {
    this.root ??= this.client.bytes(indexPaths.root()).then((b) => decodeRoot(b ?? new Uint8Array(0)));
    const root = await this.root;
    const n = findBlock(root, key);
    if (n < 0) return null;
    let block = this.blocks.get(n);
    if (!block) {
      const ref = root[n]!;
      block = this.client.range(indexPaths.block(ref.file), ref.offset, ref.length).then(decodeBlock);
      this.blocks.set(n, block);
      block.catch(() => this.blocks.delete(n));
    }
    return (await block).find((e) => compareKeys(e.key, key) === 0) ?? null;
  }

  /** Reads an entry's postings: the documents part, and with `withPositions` the positions too (the same read, or the positions alone after the documents). */
  postings(e: KeyEntry, withPositions: boolean): Promise<KeyPostings> {
    // A read with positions serves a later query without them.
    const kept = this.read.get(e);
    if (kept && (kept.withPositions || !withPositions)) return kept.postings;
    const postings = this.load(e, withPositions, kept?.postings);
    this.read.set(e, { withPositions, postings });
    postings.catch(() => this.read.delete(e));
    if (this.read.size > KEEP_POSTINGS) this.read.delete(this.read.keys().next().value!);
    return postings;
  }

  private async load(e: KeyEntry, withPositions: boolean, docsRead?: Promise<KeyPostings>): Promise<KeyPostings> {
    const from = e.topLength + (docsRead ? e.docsLength : 0);
    const to = e.topLength + e.docsLength + (withPositions ? e.positionsLength : 0);
    const bytes = e.inline?.subarray(from, to) ?? (await this.client.range(indexPaths.postings(e.pack), e.offset + from, to - from));
    const docs = docsRead ? await docsRead : decodeDocs(bytes.subarray(0, e.docsLength), e.df);
    const positions = withPositions ? decodePositions(bytes.subarray(docsRead ? 0 : e.docsLength), docs.counts) : null;
    return { ...docs, positions };
  }

  /**
   * An entry's postings with the positions of the documents at indexes `at` of
   * its list only, when its skips let them be read for less (see
   * `candidateRanges` in core/planner.ts); else with all of them.
   */
  async positionsAt(e: KeyEntry, at: Int32Array): Promise<KeyPostings> {
    const p = await this.postings(e, false);
    const ranges = p.skips && !e.inline ? candidateRanges(at, p.skips, e.positionsLength) : null;
    if (!ranges) return this.postings(e, true);
    const skips = p.skips!;
    // The lists laid out for every document, the positions of none read yet.
    const positions = decodePositions(new Uint8Array(0), p.counts, undefined, 0, 0);
    const base = e.offset + e.topLength + e.docsLength;
    await Promise.all(
      ranges.map(async ({ from, to }) => {
        const end = to < skips.length ? skips[to]! : e.positionsLength;
        const bytes = await this.client.range(indexPaths.postings(e.pack), base + skips[from]!, end - skips[from]!);
        decodePositions(bytes, p.counts, positions, from * SKIP_DOCS, Math.min(to * SKIP_DOCS, e.df));
      }),
    );
    return { ...p, positions };
  }

  /** An entry's top list (see core/planner.ts), or null when it has none. */
  async top(e: KeyEntry): Promise<TopList | null> {
    if (e.topLength === 0) return null;
    return decodeTop(e.inline?.subarray(0, e.topLength) ?? (await this.client.range(indexPaths.postings(e.pack), e.offset, e.topLength)));
  }

  /** The documents of a key (none when absent), ascending. */
  async docs(key: readonly number[]): Promise<Int32Array> {
    const e = await this.entry(key);
    return e ? (await this.postings(e, false)).docs : new Int32Array(0);
  }
}
