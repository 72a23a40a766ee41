import { z } from 'zod';
import { EntrySchema, type Entry } from './entry.ts';
import { PageSchema } from './page.ts';

// The site lists every item and page but shows the full text of one at a time.
// So ingest writes, besides the full records (in shards, src/schema/shard.ts), a
// summary of each: what lists, links, feeds and render keys need, without the
// body and the raw lines. Summaries of a whole archive stay small enough to hold
// in memory at a million items; a full record is read from its shard when its
// view is rendered.

/** Code points of the opening words a summary keeps: the longest lead a list shows (90), and one more to tell whether it was cut. */
export const LEAD_CHARS = 91;

/** Code points of the caption or first paragraph kept to stand in for a missing title (24 shown), and one more. */
export const HEAD_CHARS = 25;

/**
 * A shard's name (its file is `shards/<name>.json`): `<paper id>/<YYYY-MM>` for dated pages of a
 * paper, `_unfiled/<NNNN>` for the rest (no id starts with `_`).
 */
const ShardNameSchema = z.string().regex(/^(?:[a-z0-9]+(?:-[a-z0-9]+)*\/\d{4}-\d{2}|_unfiled\/\d{4,})$/);

/** sha256 of a full record's JSON, base64url, 128 bits: a summary's stand-in for what it leaves out, in render keys. */
const RecordDigestSchema = z.string().regex(/^[A-Za-z0-9_-]{22}$/);

/** An entry as lists know it: everything but the body and what only its own page shows, with its opening words, its shard and the digest of the full entry. */
export const EntrySummarySchema = EntrySchema.omit({ paragraphs: true, subheads: true, authorNote: true, datelineParts: true, furniture: true }).extend({
  /** The first HEAD_CHARS code points of the caption or first paragraph (a missing title's stand-in), null when there is neither. */
  head: z.string().nullable(),
  /** The first LEAD_CHARS code points of the caption or first body paragraph, control characters left out; empty when there is neither. */
  lead: z.string(),
  shard: ShardNameSchema,
  digest: RecordDigestSchema,
});

/** A page as lists know it: everything but its raw lines, with their count, its shard and the digest of the full record. */
export const PageSummarySchema = PageSchema.omit({ lines: true }).extend({
  lineCount: z.number().int().min(0),
  shard: ShardNameSchema,
  digest: RecordDigestSchema,
});

/** One shard file: the full records of its pages and of their entries, in ingest order. */
export const ShardSchema = z.object({ pages: z.array(PageSchema), entries: z.array(EntrySchema) });

export type EntrySummary = z.infer<typeof EntrySummarySchema>;
export type PageSummary = z.infer<typeof PageSummarySchema>;
export type Shard = z.infer<typeof ShardSchema>;

/** An entry as a list or a view has it: its summary (the site) or the full record (the search index builder). */
export type Listed = Entry | EntrySummary;
