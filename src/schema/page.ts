import { z } from 'zod';
import { PageCorrectionsSchema } from './correction.ts';
import { IdSchema, IsoDateSchema, LangSchema } from './ids.ts';
import { MessageSchema } from './message.ts';
import { PageFileSchema } from './page-file.ts';
import { LineRangeSchema } from './source.ts';

/**
 * A line of the page that is not an item: a section label printed on the page
 * (`### 机关党建`, `【教育周刊】`), or furniture the scraper saved with it (a header
 * line `1957年7月20日人民日报 第3版`, `第3版()` / `专栏:` before each item, site
 * navigation, `Read More`, a table of contents).
 */
const LabelSchema = z.object({
  /** As printed, e.g. `【教育周刊】`; entries carry a section's bare name in `section`. */
  text: z.string().min(1),
  line: z.number().int().min(1),
  /** `section`: printed on the page, names the items under it; `furniture`: the scraper's or the site's, not printed matter. */
  kind: z.enum(['section', 'furniture']).default('section'),
});

/**
 * A scan of the printed page saved beside its text (`01.jpg` beside `01.txt`): the
 * file, relative to the input folder, and whether it is an image or a PDF.
 */
const PageScanSchema = z.object({
  file: z.string().min(1),
  kind: z.enum(['image', 'pdf']),
});

/**
 * One printed page (one raw file): its metadata, its decoded text for the
 * page view, the ids of its items in reading order, and what ingest reported.
 */
export const PageSchema = z.object({
  id: IdSchema,
  file: z.string().min(1),
  paper: z.string().min(1).nullable(),
  paperId: IdSchema.nullable(),
  date: IsoDateSchema.nullable(),
  page: z.number().int().min(1).nullable(),
  /** Page name printed or given in the sidecar (`要闻`, `教育周刊`). */
  pageName: z.string().min(1).nullable(),
  encoding: z.enum(['utf-8', 'utf-16le', 'utf-16be', 'gb18030']).nullable(),
  lang: LangSchema,
  labels: z.array(LabelSchema),
  /** Blocks printed twice on the page (a photo and its credit, often): the copy's lines and the lines it repeats. */
  duplicates: z.array(z.object({ lines: LineRangeSchema, of: LineRangeSchema })),
  /** Decoded lines of the raw file (of its article files, one after another), 0-based array for 1-based line numbers. */
  lines: z.array(z.string()),
  /**
   * The article files a page was made of (crawlers that save one file per article),
   * in order, with their place in `lines`; empty for a page read from one page file (`file`).
   */
  files: z.array(PageFileSchema).default([]),
  items: z.array(IdSchema),
  messages: z.array(MessageSchema),
  /** The curators' corrections files of the page (`01.fix.yaml`) and how each operation fared; absent when there are none. */
  corrections: z.array(PageCorrectionsSchema).min(1).optional(),
  /** The page's scan, when one sits beside a page file; absent otherwise. */
  scan: PageScanSchema.optional(),
});

export type Label = z.infer<typeof LabelSchema>;
export type Page = z.infer<typeof PageSchema>;
export type PageScan = z.infer<typeof PageScanSchema>;
