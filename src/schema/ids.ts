import { z } from 'zod';

/** URL-safe identifiers: lowercase ASCII letters, digits and single hyphens. */
export const IdSchema = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'ids are lowercase ASCII letters, digits and hyphens');

/** The shape of a date, `YYYY-MM-DD` (the parser tests it directly, where a zod parse per call would cost more than the calendar check). */
export const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
/** A calendar date as printed on the page, `YYYY-MM-DD`. */
export const IsoDateSchema = z.string().regex(ISO_DATE);

/** BCP 47 tag of the script a page is printed in. */
export const LangSchema = z.enum(['zh-CN', 'zh-Hant']);

export type Lang = z.infer<typeof LangSchema>;
