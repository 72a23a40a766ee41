import { z } from 'zod';

/** URL-safe identifiers: lowercase ASCII letters, digits and single hyphens. */
export const IdSchema = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'ids are lowercase ASCII letters, digits and hyphens');

/** A calendar date as printed on the page, `YYYY-MM-DD`. */
export const IsoDateSchema = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

/** BCP 47 tag of the script a page is printed in. */
export const LangSchema = z.enum(['zh-CN', 'zh-Hant']);

export type Lang = z.infer<typeof LangSchema>;
