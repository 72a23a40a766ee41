import { z } from 'zod';

/** A 1-based, inclusive range of lines of a page (for a page file, of the file itself). */
export const LineRangeSchema = z.tuple([z.number().int().min(1), z.number().int().min(1)]);

/**
 * Where an entry came from: the file it was read from (relative to the input
 * folder: the page file, or the article file) and its line ranges in its page's
 * `lines`, in reading order. For a page file those are the file's own line
 * numbers; for a page made of article files, `Page.files` maps them back to the file's.
 */
export const SourceSchema = z.object({
  file: z.string().min(1),
  lines: z.array(LineRangeSchema).min(1),
});

export type LineRange = z.infer<typeof LineRangeSchema>;
