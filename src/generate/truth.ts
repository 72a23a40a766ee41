import { z } from 'zod';
import { AuthorSchema } from '../schema/author.ts';
import { ColumnSchema, DatelinePartsSchema } from '../schema/entry.ts';
import { IsoDateSchema, LangSchema } from '../schema/ids.ts';

/** How many characters of an item's body `first` and `last` keep. */
const EDGE_CHARS = 12;

/**
 * What one printed item really is, as its writer knows it: the shape of
 * `tests/truth/samples.json` (hand-made samples), which generated archives share
 * so one scorer serves both. `first`/`last` are the first and last characters of
 * the body in reading order: its paragraphs (subheads included; title, byline and
 * dateline excluded), or a photo's caption without its credit.
 */
const TruthItemSchema = z.object({
  kind: z.enum(['article', 'brief', 'photo']),
  /**
   * The fields below that are optional came after the first truth files
   * (tests/truth/samples.json): absent means "not stated" and is not scored;
   * null means the item has none. Generated truth states them all.
   */
  /** 引题 as printed (a trailing `——` kept). */
  kicker: z.string().min(1).nullable().optional(),
  /** Split title lines joined without a separator. */
  title: z.string().min(1).nullable(),
  /** As printed: with its leading `——` where the page prints one (govopendata scrapes print none). */
  subtitle: z.string().min(1).nullable(),
  /** Byline, dateline and credit names in page order; `role` null when none is printed. */
  authors: z.array(AuthorSchema),
  dateline: z.string().min(1).nullable(),
  /** What the dateline says: who sent it, from where, the day as printed. */
  datelineParts: DatelinePartsSchema.nullable().optional(),
  /** The column: a tag in the title's brackets (`line` null), or a series line as printed. */
  column: ColumnSchema.nullable().optional(),
  /** `（作者为…）` printed after the body, verbatim. */
  authorNote: z.string().min(1).nullable().optional(),
  first: z.string().min(1),
  last: z.string().min(1),
  /** Subheads inside the body in reading order, as printed. */
  subheads: z.array(z.string().min(1)),
  continuedOn: z.number().int().min(1).nullable(),
  continuedFrom: z.number().int().min(1).nullable(),
  /** Generated truth only: length of the body as `normalizeText` counts it. */
  chars: z.number().int().min(1).optional(),
  /** Generated truth only: layout difficulties the item was printed with, for accuracy by feature. */
  features: z.array(z.string()).optional(),
});

/**
 * The truth of one raw input file: a printed page, or one article file of a crawler tree.
 * @internal Exported for tests/truth/sample-truth.ts.
 */
export const TruthPageSchema = z.object({
  /** The raw style the file was written in (`seed`, `P`, `K`, `G`, `md`, `txt`, `flat`), for accuracy by style. */
  style: z.string().min(1).optional(),
  /** Paper, date, page and page name as the file or its path prints them; null where nothing says. */
  paper: z.string().min(1).nullable().optional(),
  date: IsoDateSchema.nullable().optional(),
  page: z.number().int().min(1).nullable().optional(),
  pageName: z.string().min(1).nullable().optional(),
  /** A byte copy of another file of the input (a crawler saving a continued article twice): it holds no items of its own. */
  duplicateOf: z.string().min(1).optional(),
  encoding: z.string(),
  lineEnds: z.enum(['lf', 'crlf', 'cr']),
  lang: LangSchema,
  /** Section labels and page furniture printed on the page (`第3版()`, `专栏:`), without `###` or `【】`. */
  labels: z.array(z.string().min(1)),
  items: z.array(TruthItemSchema),
});

/** The truth of an input folder, keyed by page file relative to it. */
export const TruthSchema = z.record(z.string(), TruthPageSchema);

export type TruthItem = z.infer<typeof TruthItemSchema>;
export type TruthPage = z.infer<typeof TruthPageSchema>;
export type Truth = z.infer<typeof TruthSchema>;

// Ornaments a parser may rightly drop (`◎` before a subhead, `◀◀◀` before a
// continuation marker, `■` before a byline): they are not text of the item.
const NOT_TEXT = /[\s\u3000\u00a0\ufeff■□◎◀▶●◆▲▼★☆]/gu;

/** Text as compared for accuracy: without whitespace and layout ornaments. */
export function normalizeText(s: string): string {
  return s.replace(NOT_TEXT, '');
}

/** The `first`, `last` and `chars` of a body given as its paragraphs in reading order. */
export function bodyEdges(paragraphs: readonly string[]): { first: string; last: string; chars: number } {
  const body = normalizeText(paragraphs.join(''));
  return { first: body.slice(0, EDGE_CHARS), last: body.slice(-EDGE_CHARS), chars: body.length };
}
