import { z } from 'zod';
import { IsoDateSchema } from '../schema/ids.ts';
import { slugify } from './ids.ts';

/** Optional metadata beside a page (`01.json`) or for a whole paper (`paper.json`); what is absent stays unknown. */
export const SidecarSchema = z
  .object({
    paper: z.string().min(1).optional(),
    name: z.string().min(1).optional(),
    date: IsoDateSchema.optional(),
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
 * Reads paper, date and page from `<paper>/<YYYY-MM-DD>/<NN>.txt`, then lets the
 * sidecar override; a part the path does not follow stays null.
 */
export function readPageMeta(file: string, sidecar: Sidecar | null): PageMeta {
  const parts = file.split('/');
  const base = parts.at(-1) ?? '';
  const dateDir = parts.length >= 2 ? parts.at(-2)! : null;
  const paperDir = parts.length >= 3 ? parts.at(-3)! : null;

  const date = sidecar?.date ?? (dateDir && isRealDate(dateDir) ? dateDir : null);
  const pageMatch = /^(?:[a-z]*)0*(\d{1,3})(?:\D.*)?\.txt$/i.exec(base);
  const page = sidecar?.page ?? (pageMatch ? Number(pageMatch[1]) || null : null);
  const paper = sidecar?.paper ?? sidecar?.name ?? paperDir;
  return {
    paper,
    paperId: paperDir ? slugify(paperDir) : paper ? slugify(paper) : null,
    date,
    page,
    pageName: sidecar?.pageName ?? null,
  };
}

// The pages of one date folder come one after the other: the last answer is kept.
let lastDate: { text: string; real: boolean } | null = null;

function isRealDate(s: string): boolean {
  if (lastDate?.text !== s) lastDate = { text: s, real: checkDate(s) };
  return lastDate.real;
}

function checkDate(s: string): boolean {
  if (!IsoDateSchema.safeParse(s).success) return false;
  const d = new Date(`${s}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
}
