import { z } from 'zod';
import { AuthorSchema } from './author.ts';
import { AppliedCorrectionSchema } from './correction.ts';
import { EntryKindSchema } from './entry-kind.ts';
import { IdSchema, IsoDateSchema, LangSchema } from './ids.ts';
import { SourceSchema } from './source.ts';

export { type EntryKind } from './entry-kind.ts';

/**
 * A link across pages printed as `下转第2版` / `上接第1版`. `marker` keeps the printed
 * text verbatim; `id` is the entry on the other page once ingest has matched it.
 */
const ContinuationSchema = z.object({
  page: z.number().int().min(1).nullable(),
  marker: z.string().min(1),
  id: IdSchema.nullable(),
});

/** A dateline read into its parts, e.g. `新华社北京3月5日电` → 新华社, 北京, 3月5日. */
export const DatelinePartsSchema = z.object({
  /** The paper or agency that sent it: `本报`, `新华社`, `中新社`; null when not printed. */
  source: z.string().min(1).nullable(),
  place: z.string().min(1).nullable(),
  /** The day as printed (`3月5日`, `十四日`, `6日`); not a calendar date. */
  date: z.string().min(1).nullable(),
});

/** The column or series an item belongs to. */
export const ColumnSchema = z.object({
  name: z.string().min(1),
  line: z.string().min(1).nullable(),
});

/**
 * One item of a printed page: the unit the archive reads, browses, searches and
 * exports. The ingest step writes these; Astro's content collection reads them.
 */
export const EntrySchema = z.object({
  id: IdSchema,
  kind: EntryKindSchema,
  /** Id of the page record this entry belongs to. */
  pageId: IdSchema,
  /** Position of the item on its page, from 1, in reading order. */
  order: z.number().int().min(1),
  /** 引题: the headline line printed above the title, verbatim (a trailing `——` kept). */
  kicker: z.string().min(1).nullable(),
  title: z.string().min(1).nullable(),
  /** As printed, with its leading `——`; the site strips the dashes for display and citations. */
  subtitle: z.string().min(1).nullable(),
  authors: z.array(AuthorSchema),
  /** Printed dateline such as `本报讯(记者 王某)`, verbatim; its names are also in `authors`. */
  dateline: z.string().min(1).nullable(),
  /** Body paragraphs in reading order, without title, subtitle, byline or dateline. */
  paragraphs: z.array(z.string().min(1)),
  /** Indices into `paragraphs` of subheads printed inside the body (`◎ …`, `处方一：…`). */
  subheads: z.array(z.number().int().min(0)),
  /** Photo caption (kind `photo`), verbatim. */
  caption: z.string().min(1).nullable(),
  /** Photo credit as printed (`刘明祥摄`, `■ 摄影 记者 王某`); its names are also in `authors`. */
  credit: z.string().min(1).nullable(),
  /** Byline lines as printed, verbatim, in page order (their names are parsed into `authors`). */
  bylines: z.array(z.string().min(1)),
  /**
   * What the dateline says, read from its text: who sent it, from where, and the day as printed.
   * After the body, so that read in order the dateline runs on into the text it opens.
   */
  datelineParts: DatelinePartsSchema.nullable(),
  /**
   * The column (栏目) or series the item runs in. `name` is read from a tag printed in
   * the title's brackets (`今日谈`) or from a series line; `line` is that series line as
   * printed (`系列：…`), null when the name comes from the title, which keeps its tag.
   */
  column: ColumnSchema.nullable(),
  /** A note on the author printed after the body, verbatim: `（作者为某大学教授）`. */
  authorNote: z.string().min(1).nullable(),
  /**
   * Page furniture saved with the item, verbatim: the archive's or the site's lines
   * before it (`第3版()`, `专栏:`, a header line, navigation) and inside it (`(附图片)`,
   * `核心阅读`). A copy of the page's labels, so an item's record says all that
   * came with it; not printed text of the item.
   */
  furniture: z.array(z.string().min(1)),
  /** Section label the item was printed under (`机关党建`, `教育周刊`), if any. */
  section: z.string().min(1).nullable(),
  continuedFrom: ContinuationSchema.nullable(),
  continuedOn: ContinuationSchema.nullable(),
  paper: z.string().min(1).nullable(),
  paperId: IdSchema.nullable(),
  date: IsoDateSchema.nullable(),
  page: z.number().int().min(1).nullable(),
  lang: LangSchema,
  source: SourceSchema,
  /** What curators corrected on this item (`01.fix.yaml` beside its page), in the order applied; absent when nothing was. */
  corrections: z.array(AppliedCorrectionSchema).min(1).optional(),
});

export type Continuation = z.infer<typeof ContinuationSchema>;
export type DatelineParts = z.infer<typeof DatelinePartsSchema>;
export type Column = z.infer<typeof ColumnSchema>;
export type Entry = z.infer<typeof EntrySchema>;
