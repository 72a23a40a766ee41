import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { AuthorSchema } from '../../src/schema/author.ts';
import { LangSchema } from '../../src/schema/ids.ts';

/** The sample pages the truth describes, relative to this folder. */
export const SAMPLES_DIR = fileURLToPath(new URL('../../content/raw/', import.meta.url));

// Exactly twelve characters (code points): every sample body is longer than that.
const TwelveSchema = z.string().refine((s) => [...s].length === 12, 'must be exactly 12 characters');

/** What a careful reader sees as one item of a sample page. */
const TruthItemSchema = z
  .object({
    kind: z.enum(['article', 'brief', 'photo']),
    /** Split title lines joined without a separator. */
    title: z.string().min(1).nullable(),
    /** As printed, with its leading `——`. */
    subtitle: z.string().startsWith('——').nullable(),
    /** Byline, dateline and credit names in page order; `role` null when none is printed. */
    authors: z.array(AuthorSchema),
    /** Printed dateline verbatim (`本报讯(记者 王某)`), or `本报讯` alone. */
    dateline: z.string().min(1).nullable(),
    /** First and last 12 characters of the body (a photo's caption without its credit), in reading order. */
    first: TwelveSchema,
    last: TwelveSchema,
    /** Subheads inside the body in reading order, as printed (split lines joined). */
    subheads: z.array(z.string().min(1)),
    continuedOn: z.number().int().min(1).nullable(),
    continuedFrom: z.number().int().min(1).nullable(),
  })
  .strict();

/** One sample page: how its bytes are stored and the items in reading order of their first line. */
const TruthPageSchema = z
  .object({
    encoding: z.enum(['utf-8', 'utf-8-bom', 'utf-16le', 'gb18030']),
    lineEnds: z.enum(['lf', 'crlf', 'cr']),
    lang: LangSchema,
    /** Section labels printed on the page, without `###` or `【】`. */
    labels: z.array(z.string().min(1)),
    items: z.array(TruthItemSchema).min(1),
  })
  .strict();

/** Keyed by the page file relative to `content/raw`. */
const SampleTruthSchema = z.record(z.string().regex(/^[a-z0-9-]+\/\d{4}-\d{2}-\d{2}\/\d{2}\.txt$/), TruthPageSchema);

export type TruthItem = z.infer<typeof TruthItemSchema>;
export type TruthPage = z.infer<typeof TruthPageSchema>;
export type SampleTruth = z.infer<typeof SampleTruthSchema>;

/** Reads and validates `tests/truth/samples.json`. */
export function loadSampleTruth(): SampleTruth {
  const raw = readFileSync(new URL('./samples.json', import.meta.url), 'utf8');
  return SampleTruthSchema.parse(JSON.parse(raw));
}
