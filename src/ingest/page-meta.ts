import { z } from 'zod';
import { IsoDateSchema } from '../schema/ids.ts';
import { slugify } from './ids.ts';
import { isRealDate } from './real-date.ts';
import { FLAT_PAGES, PAGE_FILES, type PathMeta } from './path-layout.ts';

/** Optional metadata beside a page (`01.json`) or for a whole paper (`paper.json`); what is absent stays unknown. */
export const SidecarSchema = z
  .object({
    paper: z.string().min(1).optional(),
    name: z.string().min(1).optional(),
    date: IsoDateSchema.refine(isRealDate, 'not a day of the calendar').optional(),
    page: z.number().int().min(1).optional(),
    pageName: z.string().min(1).optional(),
  })
  .strict();

export type Sidecar = z.infer<typeof SidecarSchema>;

export interface PageMeta {
  paper: string | null;
  paperId: string | null;
  date: string | null;
  page: number | null;
  pageName: string | null;
}

/**
 * Reads paper, date and page from what the file's layout found in its path
 * (`<paper>/<YYYY-MM-DD>/<NN>.txt` when none is given), then lets the sidecar
 * override; a part the path does not say stays null.
 */
export function readPageMeta(file: string, sidecar: Sidecar | null, path: PathMeta | null = null): PageMeta {
  const fromPath = path ?? pagePathMeta(file);
  const paper = sidecar?.paper ?? sidecar?.name ?? fromPath.paper;
  return {
    paper,
    paperId: fromPath.paper ? slugify(fromPath.paper) : paper ? slugify(paper) : null,
    date: sidecar?.date ?? fromPath.date,
    page: sidecar?.page ?? fromPath.page,
    pageName: sidecar?.pageName ?? fromPath.pageName,
  };
}

/** What the path of a page file says when no layout was given: `<paper>/<YYYY-MM-DD>/<NN>.txt`, else nothing. */
export function pagePathMeta(file: string): PathMeta {
  return PAGE_FILES.read(file) ?? FLAT_PAGES.read(file)!;
}
