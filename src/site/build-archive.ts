import type { AuthorRole } from '../schema/author.ts';
import type { EntryKind } from '../schema/entry.ts';
import type { EntrySummary, PageSummary } from '../schema/summary.ts';
import type { FileReport } from '../schema/file-report.ts';
import type { Lang } from '../schema/ids.ts';
import type { Listed } from '../schema/summary.ts';
import { displayTitle } from '../text/labels.ts';
import { reporterSlug } from './urls.ts';

/** One paper on one date: its pages in page order. */
export interface Issue {
  paperId: string;
  paper: string;
  date: string;
  pages: PageSummary[];
}

/** A paper with its issues in date order. */
export interface Paper {
  id: string;
  name: string;
  /** Script of the paper's first page, to declare on its name. */
  lang: Lang;
  issues: Issue[];
  pageCount: number;
  itemCount: number;
}

/** A person named in bylines, datelines or credits, with every item that names them. */
export interface Reporter {
  name: string;
  slug: string;
  roles: (AuthorRole | null)[];
  items: EntrySummary[];
}

/** Everything the pages need, indexed once per build. */
export interface Archive {
  /** Every entry; in a build of one paper's year (src/site/partition.ts), that part's only. */
  entries: EntrySummary[];
  pages: PageSummary[];
  /** Input files that are not pages (sidecars, files not read) with what ingest reported about them, in file order. */
  fileReports: FileReport[];
  entryById: Map<string, EntrySummary>;
  pageById: Map<string, PageSummary>;
  papers: Paper[];
  paperById: Map<string, Paper>;
  /** Pages whose paper or date is unknown, in file order: listed on their own pages (`routes.unfiled`), not in an issue. */
  unfiled: PageSummary[];
  /** Place of each page of `unfiled` in it, by page id. */
  unfiledAt: Map<string, number>;
  reporters: Reporter[];
  reporterByName: Map<string, Reporter>;
  /** Issues of every paper, newest first. */
  latestIssues: Issue[];
  stats: {
    kinds: Record<EntryKind, number>;
    firstDate: string | null;
    lastDate: string | null;
  };
  /** Items of a page in reading order. */
  itemsOf(pageId: string): EntrySummary[];
  /** The title to show for an entry (continued pieces borrow their first piece's title). */
  titleOf: (e: Listed) => string;
  /** The issue of a paper on a date, if the archive holds it. */
  issueOf(paperId: string | null, date: string | null): Issue | undefined;
}

const byCodePoint = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
const collator = new Intl.Collator('zh-CN');

/**
 * Newest first, then by page, the items of one page together in reading order, so the
 * order is stable. Undated items come last, page by page in id order: without a date a
 * page number places a page in no issue.
 */
export function compareNewest(a: Listed, b: Listed): number {
  const byPage = a.date ? (a.page ?? 0) - (b.page ?? 0) : 0;
  return byCodePoint(b.date ?? '', a.date ?? '') || byPage || byCodePoint(a.pageId, b.pageId) || a.order - b.order || byCodePoint(a.id, b.id);
}

/**
 * Indexes entries and pages for browsing; linear in their number, apart from sorting. `names`: every
 * name of the archive when `entries` are a part of it (a build of one part): each is a reporter, with
 * the part's items only, so that slugs, which hash collisions number, are those of the whole archive.
 */
export function buildArchive(entries: EntrySummary[], pages: PageSummary[], fileReports: FileReport[] = [], names: Iterable<string> = []): Archive {
  const entryById = new Map(entries.map((e) => [e.id, e]));
  const pageById = new Map(pages.map((p) => [p.id, p]));

  const itemsByPage = Map.groupBy(entries, (e) => e.pageId);
  for (const list of itemsByPage.values()) list.sort((a, b) => a.order - b.order);

  const { papers, unfiled } = groupPapers(pages, itemsByPage);
  const issueByKey = new Map(papers.flatMap((p) => p.issues.map((i) => [`${i.paperId}/${i.date}`, i] as const)));
  const reporters = groupReporters(entries, names);
  const latestIssues = papers.flatMap((p) => p.issues).sort((a, b) => byCodePoint(b.date, a.date) || byCodePoint(a.paper, b.paper));

  const kinds: Record<EntryKind, number> = { article: 0, brief: 0, photo: 0, fragment: 0, advertisement: 0 };
  for (const e of entries) kinds[e.kind]++;
  const dates = latestIssues.map((i) => i.date);

  return {
    entries,
    pages,
    fileReports: [...fileReports].sort((a, b) => byCodePoint(a.file, b.file)),
    entryById,
    pageById,
    papers,
    paperById: new Map(papers.map((p) => [p.id, p])),
    unfiled,
    unfiledAt: new Map(unfiled.map((p, i) => [p.id, i])),
    reporters,
    reporterByName: new Map(reporters.map((r) => [r.name, r])),
    latestIssues,
    stats: { kinds, firstDate: dates.at(-1) ?? null, lastDate: dates[0] ?? null },
    itemsOf: (pageId) => itemsByPage.get(pageId) ?? [],
    titleOf: (e) => displayTitle(e, e.continuedFrom?.id ? entryById.get(e.continuedFrom.id) : undefined),
    issueOf: (paperId, date) => (paperId && date ? issueByKey.get(`${paperId}/${date}`) : undefined),
  };
}

function groupPapers(pages: PageSummary[], itemsByPage: Map<string, EntrySummary[]>): { papers: Paper[]; unfiled: PageSummary[] } {
  const papers = new Map<string, Paper>();
  const issues = new Map<string, Issue>();
  const unfiled: PageSummary[] = [];
  for (const p of pages) {
    if (!p.paperId || !p.date) {
      unfiled.push(p);
      continue;
    }
    let paper = papers.get(p.paperId);
    if (!paper) {
      paper = { id: p.paperId, name: p.paper ?? p.paperId, lang: p.lang, issues: [], pageCount: 0, itemCount: 0 };
      papers.set(p.paperId, paper);
    }
    paper.pageCount++;
    paper.itemCount += itemsByPage.get(p.id)?.length ?? 0;
    const key = `${p.paperId}/${p.date}`;
    let issue = issues.get(key);
    if (!issue) {
      issue = { paperId: p.paperId, paper: paper.name, date: p.date, pages: [] };
      issues.set(key, issue);
      paper.issues.push(issue);
    }
    issue.pages.push(p);
  }
  for (const paper of papers.values()) {
    paper.issues.sort((a, b) => byCodePoint(a.date, b.date));
    for (const i of paper.issues) i.pages.sort((a, b) => (a.page ?? 0) - (b.page ?? 0) || byCodePoint(a.file, b.file));
  }
  unfiled.sort((a, b) => byCodePoint(a.file, b.file));
  const sorted = [...papers.values()].sort((a, b) => collator.compare(a.name, b.name) || byCodePoint(a.id, b.id));
  return { papers: sorted, unfiled };
}

function groupReporters(entries: EntrySummary[], names: Iterable<string>): Reporter[] {
  const byName = new Map<string, Reporter>();
  for (const name of names) byName.set(name, { name, slug: '', roles: [], items: [] });
  for (const e of entries) {
    for (const a of e.authors) {
      let r = byName.get(a.name);
      if (!r) {
        r = { name: a.name, slug: '', roles: [], items: [] };
        byName.set(a.name, r);
      }
      if (!r.roles.includes(a.role)) r.roles.push(a.role);
      // A name listed twice on one item (byline and credit) still lists the item once.
      if (r.items.at(-1) !== e) r.items.push(e);
    }
  }
  const reporters = [...byName.values()].sort((a, b) => collator.compare(a.name, b.name) || byCodePoint(a.name, b.name));
  assignSlugs(reporters);
  for (const r of reporters) r.items.sort(compareNewest);
  return reporters;
}

// Slugs are hashes of names; two names sharing a hash get numbered suffixes in name order.
function assignSlugs(reporters: Reporter[]): void {
  const taken = new Map<string, number>();
  const inCodeOrder = [...reporters].sort((a, b) => byCodePoint(a.name, b.name));
  for (const r of inCodeOrder) {
    const slug = reporterSlug(r.name);
    const n = (taken.get(slug) ?? 0) + 1;
    taken.set(slug, n);
    r.slug = n === 1 ? slug : `${slug}-${n}`;
  }
}
