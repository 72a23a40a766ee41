import { z } from 'zod';

/** A 1-based, inclusive range of lines in a raw page file. */
export const LineRangeSchema = z.tuple([z.number().int().min(1), z.number().int().min(1)]);

/** Where an entry came from: the page file (relative to the input folder) and its line ranges in reading order. */
export const SourceSchema = z.object({
  file: z.string().min(1),
  lines: z.array(LineRangeSchema).min(1),
});

export type LineRange = z.infer<typeof LineRangeSchema>;
export type Source = z.infer<typeof SourceSchema>;
