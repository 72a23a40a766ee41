import type { Author } from '../schema/author.ts';
import type { Entry } from '../schema/entry.ts';
import type { Lang } from '../schema/ids.ts';
import type { LineRange } from '../schema/source.ts';
import { entryIdFor } from './ids.ts';
import type { Item, Para } from './item.ts';
import type { Line } from './lines.ts';
import type { PageMeta } from './page-meta.ts';

export interface PageContext {
  file: string;
  pageId: string;
  meta: PageMeta;
  lang: Lang;
  /** True for a line number whose line holds no text (blank lines may sit inside a range). */
  isBlank: (no: number) => boolean;
}

/** Turns assembled items into schema entries, numbered in reading order. */
export function toEntries(items: Item[], ctx: PageContext): Entry[] {
  return items.map((it, i) => {
    const order = i + 1;
    const paras = it.body;
    return {
      id: entryIdFor(ctx.pageId, order),
      kind: it.kind,
      pageId: ctx.pageId,
      order,
      kicker: it.kicker?.text ?? null,
      title: it.title?.text ?? null,
      subtitle: it.subtitle?.text ?? null,
      authors: uniqueAuthors([...it.bylines.flatMap((b) => b.authors), ...it.authors]),
      dateline: it.dateline?.text ?? null,
      paragraphs: paras.map((p) => p.text),
      subheads: subheadIndices(paras),
      caption: it.caption?.text ?? null,
      credit: it.credit?.credit.text ?? null,
      bylines: it.bylines.flatMap((b) => b.lines.map((l) => l.text)),
      datelineParts: it.dateline?.parts ?? null,
      column: it.column,
      authorNote: it.authorNote?.text ?? null,
      furniture: [],
      section: it.section,
      continuedFrom: it.from ? { page: it.from.jump.page, marker: it.from.jump.marker, id: null } : null,
      continuedOn: it.on ? { page: it.on.jump.page, marker: it.on.jump.marker, id: null } : null,
      paper: ctx.meta.paper,
      paperId: ctx.meta.paperId,
      date: ctx.meta.date,
      page: ctx.meta.page,
      lang: ctx.lang,
      source: { file: ctx.file, lines: toRanges(linesOf(it), ctx.isBlank) },
    };
  });
}

function subheadIndices(paras: Para[]): number[] {
  const out: number[] = [];
  for (let k = 0; k < paras.length; k++) if (paras[k]!.subhead) out.push(k);
  return out;
}

function linesOf(it: Item): Line[] {
  const head = [
    ...(it.kicker?.lines ?? []),
    ...(it.title?.lines ?? []),
    ...(it.subtitle?.lines ?? []),
    ...it.bylines.flatMap((b) => b.lines),
    ...(it.dateline ? [it.dateline.line] : []),
  ];
  head.sort((a, b) => a.no - b.no);
  return [
    ...(it.from ? [it.from.line] : []),
    ...head,
    ...it.body.flatMap((p) => p.lines),
    ...(it.caption?.lines ?? []),
    ...(it.credit?.lines ?? []),
    ...(it.authorNote?.lines ?? []),
    ...(it.on ? [it.on.line] : []),
  ];
}

// Lines in reading order become ranges; a range only bridges blank lines, so a
// moved paragraph or another item's line in between starts a new range.
function toRanges(lines: Line[], isBlank: (no: number) => boolean): LineRange[] {
  const seen = new Set<number>();
  const ranges: LineRange[] = [];
  for (const l of lines) {
    if (seen.has(l.no)) continue;
    seen.add(l.no);
    const last = ranges.at(-1);
    if (last && l.no > last[1] && allBlank(last[1] + 1, l.no, isBlank)) last[1] = l.no;
    else ranges.push([l.no, l.no]);
  }
  return ranges;
}

function allBlank(from: number, to: number, isBlank: (no: number) => boolean): boolean {
  for (let n = from; n < to; n++) if (!isBlank(n)) return false;
  return true;
}

function uniqueAuthors(authors: Author[]): Author[] {
  const seen = new Set<string>();
  return authors.filter((a) => {
    const key = `${a.name}\u0000${a.role}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
