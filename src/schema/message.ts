import { z } from 'zod';

/**
 * A diagnostic about one raw page, shaped after vfile-message: where (file,
 * 1-based line and column), what (reason), which rule found it, and what to do.
 */
export const MessageSchema = z.object({
  file: z.string(),
  line: z.number().int().min(1).nullable(),
  column: z.number().int().min(1).nullable(),
  severity: z.enum(['error', 'warning', 'info']),
  ruleId: z.string().regex(/^[a-z][a-z0-9-]*$/),
  reason: z.string().min(1),
  hint: z.string().nullable(),
});

export type Message = z.infer<typeof MessageSchema>;
