import type { Author } from '../schema/author.ts';
import type { Item, PageStyle } from './items.ts';
import type { Rng } from './prng.ts';
import { cutPoint, renderItem, styleText, type Continuation, type RenderedItem, type Run } from './render-item.ts';
import { bodyEdges, type TruthItem } from './truth.ts';

/** An item to place on a page, with where it continues if it is printed on two pages. */
export interface PageItem {
  item: Item;
  cont: Continuation;
}

/** A page as lines of text, the section labels printed on it, and the truth of its items in reading order. */
export interface LaidOutPage {
  lines: string[];
  labels: string[];
  truth: TruthItem[];
}

// Share of eligible items printed with each arrangement difficulty.
const LEAD_BEFORE_TITLE = 0.05;
const BYLINE_BEFORE_TITLE = 0.05;
const INTERLEAVED = 0.04;
const REVERSED_BLOCKS = 0.3;

/** Lays items out on a page the way the scraped pages print them, moving heads and bodies about. */
export function layoutPage(rng: Rng, items: PageItem[], style: PageStyle): LaidOutPage {
  const styled = items.map(({ item, cont }) => ({ item: applyStyle(item, style), cont }));
  const rendered = styled.map(({ item, cont }, i) => renderItem(rng, item, style, i === 0 ? 1 : 2, cont));
  const blocks: { owner: number; runs: Run[] }[] = [];
  for (let i = 0; i < rendered.length; i++) {
    const r = rendered[i]!;
    const plainArticle = style === 'plain' && styled[i]!.item.kind === 'article' && styled[i]!.cont.from === null;
    if (plainArticle && i + 1 < rendered.length && r.body.length >= 3 && rng.chance(INTERLEAVED)) {
      blocks.push({ owner: i, runs: head(r) });
      blocks.push({ owner: i + 1, runs: [...head(rendered[i + 1]!), ...rendered[i + 1]!.body] });
      r.features.push('interleaved');
      blocks.push(...bodyBlocks(rng, r).map((runs) => ({ owner: i, runs })));
      i++;
    } else if (plainArticle && r.byline && r.title && r.body.length >= 3 && rng.chance(LEAD_BEFORE_TITLE)) {
      const lead = rng.int(1, 2);
      const heads = rng.chance(0.6) ? [r.byline, r.title] : [r.title, r.byline];
      blocks.push({ owner: i, runs: [...r.body.slice(0, lead), ...heads, ...r.headExtras, ...r.body.slice(lead)] });
      r.features.push('lead-before-title');
    } else if (plainArticle && r.byline && r.title && rng.chance(BYLINE_BEFORE_TITLE)) {
      blocks.push({ owner: i, runs: [r.byline, r.title, ...r.headExtras, ...r.body] });
      r.features.push('byline-before-title');
    } else {
      blocks.push({ owner: i, runs: [...head(r), ...r.body] });
    }
  }

  const lines: string[] = ['', ''];
  const order: number[] = [];
  for (const b of blocks) {
    if (!order.includes(b.owner)) order.push(b.owner);
    if (lines.length > 2) lines.push(...gapBetweenItems(rng));
    b.runs.forEach((run, k) => {
      if (k > 0) lines.push('');
      lines.push(...run);
    });
  }
  if (style === 'markdown') for (const r of rendered) r.features.push('markdown');
  const labels = styled.flatMap(({ item }) => (item.section === null ? [] : [item.section]));
  return { lines, labels, truth: order.map((i) => truthOf(styled[i]!.item, styled[i]!.cont, rendered[i]!)) };
}

function head(r: RenderedItem): Run[] {
  return [...(r.title ? [r.title] : []), ...r.headExtras, ...(r.byline ? [r.byline] : [])];
}

// The body of an interleaved item: one block, or two column blocks printed in
// reverse order, cut mid-sentence so that reading order can be recovered.
function bodyBlocks(rng: Rng, r: RenderedItem): Run[][] {
  if (!rng.chance(REVERSED_BLOCKS)) return [r.body];
  const k = rng.int(1, r.body.length - 1);
  const run = r.body[k]!;
  const cut = run.length === 1 ? cutPoint(rng, run[0]!) : null;
  if (cut === null) return [r.body];
  r.features.push('reversed-blocks');
  const before = [...r.body.slice(0, k), [run[0]!.slice(0, cut)]];
  const after = [[run[0]!.slice(cut)], ...r.body.slice(k + 1)];
  return [after, before];
}

function gapBetweenItems(rng: Rng): string[] {
  if (rng.chance(0.05)) return ['', rng.pick([' ', '\u3000']), ''];
  return rng.chance(0.2) ? ['', '', ''] : [''];
}

function applyStyle(item: Item, style: PageStyle): Item {
  if (style === 'plain') return item;
  return {
    ...item,
    paragraphs: item.paragraphs.map((p, i) => (item.subheads.includes(i) ? p : styleText(p, style))),
    caption: item.caption === null ? null : styleText(item.caption, style),
  };
}

function truthOf(item: Item, cont: Continuation, r: RenderedItem): TruthItem {
  const authors: Author[] = [...(item.byline?.authors ?? []), ...item.datelineAuthors, ...(item.credit?.authors ?? [])];
  const title = item.title === null ? null : r.title && r.title.length > 1 ? r.title.join('') : item.title;
  return {
    kind: item.kind,
    kicker: null,
    title,
    subtitle: item.subtitle === null ? null : `——${item.subtitle}`,
    authors,
    dateline: item.dateline,
    // The seeds' datelines are 本报讯 and 本报（…） (本報 on Traditional pages): the paper, no place, no day.
    datelineParts: item.dateline === null ? null : { source: item.dateline.slice(0, 2), place: null, date: null },
    column: null,
    authorNote: null,
    ...bodyEdges(item.kind === 'photo' ? [item.caption!] : item.paragraphs),
    subheads: r.subheads,
    continuedOn: cont.on,
    continuedFrom: cont.from,
    features: [...new Set(r.features)].sort(),
  };
}
