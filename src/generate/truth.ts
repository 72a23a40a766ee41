import { z } from 'zod';
import { AuthorSchema } from '../schema/author.ts';
import { LangSchema } from '../schema/ids.ts';

/** How many characters of an item's body `first` and `last` keep. */
export const EDGE_CHARS = 12;

/**
 * What one printed item really is, as its writer knows it: the shape of
 * `tests/truth/samples.json` (hand-made samples), which generated archives share
 * so one scorer serves both. `first`/`last` are the first and last characters of
 * the body in reading order: its paragraphs (subheads included; title, byline and
 * dateline excluded), or a photo's caption without its credit.
 */
export const TruthItemSchema = z.object({
  kind: z.enum(['article', 'brief', 'photo']),
  /** Split title lines joined without a separator. */
  title: z.string().min(1).nullable(),
  /** As printed, with its leading `——`. */
  subtitle: z.string().min(1).nullable(),
  /** Byline, dateline and credit names in page order; `role` null when none is printed. */
  authors: z.array(AuthorSchema),
  dateline: z.string().min(1).nullable(),
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

/** The truth of one raw page file. */
export const TruthPageSchema = z.object({
  encoding: z.string(),
  lineEnds: z.enum(['lf', 'crlf', 'cr']),
  lang: LangSchema,
  /** Section labels printed on the page, without `###` or `【】`. */
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
