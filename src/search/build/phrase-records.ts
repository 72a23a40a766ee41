import type { Corpus } from './corpus.ts';
import { ByteWriter } from './byte-writer.ts';
import { DocStoreReader, type DocStoreSource } from './doc-store-reader.ts';
import { PhraseFinder, type KeyOccurrences } from './frequent-phrases.ts';
import { writeRankedList, type FirstPageSource } from './ranked-list.ts';
import { encodeRankedBody, type ExternalSink, type ShardWriter } from './shard-encode.ts';

/** Which phrases get a ranked list of their own, and where the documents are for its first page of results. */
export interface PhraseOptions {
  minDocs: number;
  maxLength: number;
  firstPage?: { docs: DocStoreSource; shown: number };
}

/**
 * Writes the records of a partition's frequent phrases (see
 * core/ranked-list.ts) as its triples are written: each frequent triple is
 * extended a character at a time, and each frequent phrase's record goes to
 * the shard of its first triple, which a search for the phrase reads anyway.
 */
export class PhraseRecords {
  private finder: PhraseFinder;
  private page: FirstPageSource | undefined;
  private list = new ByteWriter(1 << 12);
  private body = new ByteWriter(64);
  /** Phrases written. */
  count = 0;

  constructor(
    private corpus: Corpus,
    readonly options: PhraseOptions,
    private sink: ExternalSink,
  ) {
    this.finder = new PhraseFinder(corpus.text, corpus.docStart, options.minDocs, options.maxLength, corpus.codePoints.length);
    const first = options.firstPage;
    this.page = first && { docs: new DocStoreReader(first.docs), shown: first.shown };
  }

  /** Writes the frequent phrases starting with a triple (character ids) of `df` documents, whose occurrences `at` gives. */
  afterTriple(triple: number[], df: number, at: () => KeyOccurrences, shard: ShardWriter): void {
    if (df < this.options.minDocs) return;
    const cps = this.corpus.codePoints;
    this.finder.extend(triple, at(), (ids, occ) => {
      this.list.reset();
      const { df: docs, pageBytes, groupsBytes } = writeRankedList(this.list, occ, ids.length, this.corpus.titleEnd, this.page);
      shard.add(ids.map((id) => cps[id]!), encodeRankedBody(this.sink, this.body, docs, this.list.view(), pageBytes, groupsBytes));
      this.count++;
    });
  }

  /** Lets go of the document packs read for first pages. */
  close(): void {
    this.page?.docs.close();
  }
}
