import { createHash } from 'node:crypto';
import type { Archive, Reporter } from './build-archive.ts';
import type { EntrySummary, PageSummary } from '../schema/summary.ts';
import { issueStrip, neighbourIssues, neighbourPages, pageTitle, pageTrail } from './page-context.ts';
import { scanStamp } from './scans.ts';
import { describeCorrection } from './corrections.ts';

// Astro's incremental build copies a page from the previous build when its
// `cacheKey` is unchanged (and its code is, which Astro checks itself). A key is
// a digest of everything the page shows from the archive: a key that missed
// something would leave a stale page, so each key takes whole records, not the
// fields one template happens to read today. `tests/determinism.test.ts`
// checks that an incremental build equals a cold one after a page changed.

function digest(parts: unknown[]): string {
  return createHash('sha256').update(JSON.stringify(parts)).digest('base64url');
}

/** The printed page with its items, its place in the issue, and the pages beside it. */
function pageContext(page: PageSummary, archive: Archive): unknown[] {
  const { prev, next } = neighbourPages(page, archive);
  const items = archive.itemsOf(page.id);
  return [page, scanStamp(page), items, items.map((e) => archive.titleOf(e)), pageTrail(page, archive), [prev, next].map((p) => p && [p.id, pageTitle(p)])];
}

/** Key of an article page: its entry, its printed page, the items its jumps lead to, its people's pages, and which items its corrections name have pages. */
export function articleKey(e: EntrySummary, archive: Archive): string {
  const page = archive.pageById.get(e.pageId);
  const linked = [e.continuedFrom, e.continuedOn].map((l) => {
    const other = l?.id ? archive.entryById.get(l.id) : undefined;
    return other ? [other, archive.titleOf(other)] : null;
  });
  const issuePages = archive.issueOf(e.paperId, e.date)?.pages.map((p) => [p.id, p.page]) ?? null;
  // A slug changes when a new name shares its hash (src/site/build-archive.ts assignSlugs), and an item a correction names may lose its page.
  const slugs = e.authors.map((a) => archive.reporterByName.get(a.name)?.slug ?? null);
  const named = (e.corrections ?? []).flatMap(describeCorrection).flatMap((p) => ('item' in p ? [archive.entryById.has(p.item)] : []));
  return digest([e, archive.titleOf(e), page ? pageContext(page, archive) : null, linked, issuePages, slugs, named]);
}

/** Key of a page view: the page, its items, its neighbours, the strip of its issue's pages and the issues beside it. */
export function pageKey(page: PageSummary, archive: Archive): string {
  const strip = issueStrip(page, archive).map((s) => [s.page.id, s.label, s.titles]);
  const { prev, next } = neighbourIssues(page.paperId, page.date, archive);
  const issues = [prev, next].map((i) => i && [i.date, i.pages[0]?.id]);
  return digest([pageContext(page, archive), strip, issues]);
}

/** Key of a reporter's page: the person and every item that names them. */
export function reporterKey(r: Reporter, archive: Archive): string {
  return digest([r, r.items.map((e) => archive.titleOf(e))]);
}
