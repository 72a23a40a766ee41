// Partitioned builds (scripts/build-parts.ts): one `astro build` renders one part of the
// site, chosen by ARCHIVE_PART, and the parts are merged into one dist/. A partition is
// one paper's year of the item-level views (article pages, page views and their scans),
// which make nearly all of a large archive; everything else (lists, calendars, reporters,
// report, feed, sitemaps, search, the data export and the search index) is the shell,
// with the views of pages whose paper or date is unknown. Unset, a build renders
// everything, as before. Every route's getStaticPaths filters through here.
import type { Listed } from '../schema/summary.ts';

/**
 * The folders of dist/ that hold item-level views (src/site/urls.ts: article/<id>/, page/<id>/,
 * scans/<page id>…). A part's build renders the few pages that have no paths to filter (home,
 * search, 404, feed…) too; the merge takes those, and the styles and scripts, from the shell's.
 */
export const VIEW_FOLDERS = ['article', 'page', 'scans'] as const;

/** ARCHIVE_PART of the build that renders the shell. */
export const SHELL = 'shell';

/** Where a record's item-level views go: `<paperId>/<year>`, or the shell without paper or date. */
export function partOf(r: Pick<Listed, 'paperId' | 'date'>): string {
  return r.paperId && r.date ? `${r.paperId}/${r.date.slice(0, 4)}` : SHELL;
}

const PART = /^(?:shell|[a-z0-9]+(?:-[a-z0-9]+)*\/\d{4})$/;

/** What ARCHIVE_PART asks a build to render: everything (null), the shell, or one paper's year; a message when it names none of them. */
export function readPart(value: string | undefined): { part: string | null } | { error: string } {
  if (value === undefined || value === '') return { part: null };
  if (PART.test(value)) return { part: value };
  return { error: `ARCHIVE_PART=${value} names no part of the site. Set it to "shell" or to a paper's year such as "qinghe-daily/2024" (npm run build:parts sets it), or unset it to build everything.` };
}

const read = readPart(process.env.ARCHIVE_PART);
/**
 * The part this build renders, null for the whole site; an unknown name is refused by the
 * entries check (src/site/integrity-integration.ts) before anything is rendered.
 */
export const buildPart = 'part' in read ? read.part : undefined;

/** The paper's year this build renders, or null when it renders the shell or the whole site (which need every record). */
export const onePart = buildPart && buildPart !== SHELL ? buildPart : null;

/** Whether a summary as read (not yet checked by the schema) is of `onePart`: what a build of one part keeps. */
export function ofOnePart(record: unknown): boolean {
  const { paperId, date } = (record ?? {}) as { paperId?: unknown; date?: unknown };
  return typeof paperId === 'string' && typeof date === 'string' && partOf({ paperId, date }) === onePart;
}

/** Whether this build renders the shell: the whole site or the shell part. */
export const buildsShell = buildPart === null || buildPart === SHELL;

/** The records of `list` whose item-level views this build renders. */
export function viewsHere<T extends Pick<Listed, 'paperId' | 'date'>>(list: readonly T[]): readonly T[] {
  return buildPart === null ? list : list.filter((r) => partOf(r) === buildPart);
}

/** A shell route's paths, or none in a build of one paper's year. */
export function shellPaths<T>(paths: T[]): T[] {
  return buildsShell ? paths : [];
}
