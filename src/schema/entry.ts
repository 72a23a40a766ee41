import { z } from 'zod';
import { AuthorSchema } from './author.ts';
import { IdSchema, IsoDateSchema, LangSchema } from './ids.ts';
import { SourceSchema } from './source.ts';

export const EntryKindSchema = z.enum(['article', 'brief', 'photo', 'fragment']);

/**
 * A link across pages printed as `下转第2版` / `上接第1版`. `marker` keeps the printed
 * text verbatim; `id` is the entry on the other page once ingest has matched it.
 */
export const ContinuationSchema = z.object({
  page: z.number().int().min(1).nullable(),
  marker: z.string().min(1),
  id: IdSchema.nullable(),
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
});

export type EntryKind = z.infer<typeof EntryKindSchema>;
export type Continuation = z.infer<typeof ContinuationSchema>;
export type Entry = z.infer<typeof EntrySchema>;
