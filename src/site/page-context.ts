import type { Archive, Issue } from './build-archive.ts';
import type { Continuation } from '../schema/entry.ts';
import type { EntrySummary, Listed, PageSummary } from '../schema/summary.ts';
import { formatDate, pageLabel } from '../text/labels.ts';
import { UNFILED_TITLE } from './site.ts';
import { unfiledListPage } from './unfiled.ts';
import { routes } from './urls.ts';

/** A crumb of the breadcrumb trail. */
export interface Crumb {
  label: string;
  href?: string | undefined;
}

/** The trail from home to a page: paper, date (or the list of pages of unknown paper or date), then the page itself. */
export function pageTrail(page: PageSummary, archive: Archive): Crumb[] {
  const trail: Crumb[] = [{ label: '首页', href: routes.home() }, { label: '报纸', href: routes.papers() }];
  const paper = page.paperId ? archive.paperById.get(page.paperId) : undefined;
  const unfiledAt = archive.unfiledAt.get(page.id);
  if (paper && page.date) {
    trail.push({ label: paper.name, href: routes.paper(paper.id) });
    trail.push({ label: formatDate(page.date), href: routes.issue(paper.id, page.date) });
  } else if (unfiledAt !== undefined) {
    trail.push({ label: UNFILED_TITLE, href: routes.unfiled(unfiledListPage(unfiledAt)) });
  }
  trail.push({ label: pageTitle(page), href: routes.page(page.id) });
  return trail;
}

/** `第1版 要闻`, or the file name when the page number is unknown. */
export function pageTitle(page: PageSummary): string {
  if (page.page === null) return page.file;
  return page.pageName ? `${pageLabel(page.page)} ${page.pageName}` : pageLabel(page.page);
}

/** The pages printed before and after this one in the same issue. */
export function neighbourPages(page: PageSummary, archive: Archive): { prev: PageSummary | null; next: PageSummary | null } {
  const issue = archive.issueOf(page.paperId, page.date);
  if (!issue) return { prev: null, next: null };
  const at = issue.pages.indexOf(page);
  return { prev: issue.pages[at - 1] ?? null, next: issue.pages[at + 1] ?? null };
}

/** How many of a page's first titles the strip of its issue's pages shows. */
const STRIP_TITLES = 2;

/** A page of an issue as the strip of the issue's pages shows it: its label and its first titles. */
export interface StripPage {
  page: PageSummary;
  label: string;
  titles: string[];
}

/** Every page of a page's issue, in page order, with its first titles; empty for a page in no issue. */
export function issueStrip(page: PageSummary, archive: Archive): StripPage[] {
  const issue = archive.issueOf(page.paperId, page.date);
  if (!issue) return [];
  return issue.pages.map((p) => ({ page: p, label: pageTitle(p), titles: archive.itemsOf(p.id).slice(0, STRIP_TITLES).map((e) => archive.titleOf(e)) }));
}

/** The same paper's issues before and after the one a page (or issue) belongs to. */
export function neighbourIssues(paperId: string | null, date: string | null, archive: Archive): { prev: Issue | null; next: Issue | null } {
  const paper = paperId ? archive.paperById.get(paperId) : undefined;
  const issue = archive.issueOf(paperId, date);
  if (!paper || !issue) return { prev: null, next: null };
  const at = paper.issues.indexOf(issue);
  return { prev: paper.issues[at - 1] ?? null, next: paper.issues[at + 1] ?? null };
}

/** A run of a page's items printed under one section label (`label` null: under none). */
export interface SectionGroup<E = EntrySummary> {
  label: string | null;
  items: E[];
}

/**
 * A page's items in printed order (by their first line), grouped into runs that share
 * a section label, so the page view shows each label over the items it names and no
 * others: an item that carries a label of its own (printed inside its head) is a run of one.
 */
export function sectionGroups<E extends Pick<EntrySummary, 'source' | 'order' | 'section'>>(items: readonly E[]): SectionGroup<E>[] {
  const firstLine = (e: E) => Math.min(...e.source.lines.map((r) => r[0]));
  const printed = [...items].sort((a, b) => firstLine(a) - firstLine(b) || a.order - b.order);
  const groups: SectionGroup<E>[] = [];
  for (const e of printed) {
    const last = groups.at(-1);
    if (last && last.label === e.section) last.items.push(e);
    else groups.push({ label: e.section, items: [e] });
  }
  return groups;
}

/** Where a `下转` / `上接` note leads: the matched piece with its title, else the page it names in the same issue, else nowhere in the archive. */
export interface ContinuationTarget {
  other: { entry: EntrySummary; title: string } | undefined;
  page: PageSummary | undefined;
}

/** Finds where `entry`'s continuation `link` leads in the archive (see ContinuationTarget). */
export function continuationTarget(entry: Listed, link: Continuation, archive: Archive): ContinuationTarget {
  const found = link.id ? archive.entryById.get(link.id) : undefined;
  const other = found && { entry: found, title: archive.titleOf(found) };
  const page = !other && link.page !== null ? archive.issueOf(entry.paperId, entry.date)?.pages.find((p) => p.page === link.page) : undefined;
  return { other, page };
}
