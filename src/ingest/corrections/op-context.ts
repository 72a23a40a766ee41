import type { Author } from '../../schema/author.ts';
import type { CorrectionOutcome } from '../../schema/correction.ts';
import type { WorkPage } from './anchors.ts';
import { squeeze } from './text-spans.ts';
import type { Piece, WorkItem } from './work-item.ts';

/** What an operation is given: the page it corrects, the page line a hint means, and a maker of fresh item ids. */
export interface OpContext {
  page: WorkPage;
  /** The page line a `near` hint (a line of the file beside the corrections file) stands for. */
  near: (line: number | undefined) => number | undefined;
  /** An item id made from `base` and `key` that no item of the page has; taken from then on. */
  newId: (base: string, key: string) => string;
}

/** How one operation fared, without the line of the corrections file (the caller knows it). */
export type OpResult = Omit<CorrectionOutcome, 'line' | 'op'>;

/** An operation that changed the page. */
export function applied(summary: string, items: WorkItem[]): OpResult {
  return { status: 'applied', summary, items: items.map((it) => it.id) };
}

/** An operation whose text was not found (or found where it cannot apply): nothing changed. */
export function notApplied(summary: string, items: WorkItem[] = []): OpResult {
  return { status: 'not-applied', summary, items: items.map((it) => it.id) };
}

/** An operation the page already agrees with (the parser reads it so now). */
export function notNeeded(summary: string, items: WorkItem[]): OpResult {
  return { status: 'not-needed', summary, items: items.map((it) => it.id) };
}

/** How much of a moved or marked text a record keeps: enough to recognise it. */
export const RECORD_CHARS = 60;

/** Short quoted text for summaries and records. */
export function clip(s: string, max = 24): string {
  const t = s.trim();
  return t.length > max ? `${t.slice(0, max)}…` : t;
}

/**
 * The authors that go with pieces taken from an item: those named in the
 * taken pieces and not in what stays. An author named in neither (from a
 * field no piece holds) stays with the item.
 */
export function authorsGoing(authors: readonly Author[], staying: readonly Piece[], going: readonly Piece[]): Author[] {
  const text = (ps: readonly Piece[]) => squeeze(ps.map((p) => p.text).join(''));
  const [stay, go] = [text(staying), text(going)];
  return authors.filter((a) => go.includes(squeeze(a.name)) && !stay.includes(squeeze(a.name)));
}

/** Authors of both lists, each once. */
export function unionAuthors(a: readonly Author[], b: readonly Author[]): Author[] {
  const seen = new Set(a.map((x) => `${x.name}\u0000${x.role}`));
  return [...a, ...b.filter((x) => !seen.has(`${x.name}\u0000${x.role}`))];
}

/** Takes an item off the page (all its text went elsewhere). */
export function dropItem(page: WorkPage, item: WorkItem): void {
  page.items.splice(page.items.indexOf(item), 1);
}

/** The roles a headline or jump line takes when it is moved into another item's body. */
export function asBody(p: Piece): Piece {
  if (p.role === 'kicker' || p.role === 'title' || p.role === 'subtitle') return { role: 'subhead', text: p.text };
  if (p.role === 'dateline' || p.role === 'from' || p.role === 'on' || p.role === 'column') return { role: 'paragraph', text: p.text };
  return p;
}
