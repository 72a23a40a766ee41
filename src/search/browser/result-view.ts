import type { FoldMap } from '../core/fold.ts';
import type { EntryKind } from '../../schema/entry.ts';
import { formatDate, KIND_LABELS, pageLabel } from '../../text/labels.ts';
import { highlight, passageOf, snippet, type ResultRecord, type Segment } from './highlight.ts';
import { textFragment } from './text-fragment.ts';

/** Appends segments to an element as text, matches in `<mark>`: nothing from the archive is parsed as HTML. */
function appendSegments(el: HTMLElement, segs: Segment[]): void {
  for (const s of segs) {
    if (s.hit) {
      const mark = document.createElement('mark');
      mark.textContent = s.text;
      el.append(mark);
    } else el.append(document.createTextNode(s.text));
  }
}

function element<K extends keyof HTMLElementTagNameMap>(tag: K, className: string, text?: string): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  el.className = className;
  if (text !== undefined) el.textContent = text;
  return el;
}

/**
 * One result, as an item card shows it (components/ItemCard.astro): where and what it is,
 * its column, who wrote it, the kicker above the title linking to the article, and the passage that matched.
 */
export function renderResult(r: ResultRecord, terms: readonly string[], folds: FoldMap, href: string): HTMLLIElement {
  const li = element('li', `search-result item-card item-card--${r.kind}`);
  li.lang = r.lang;
  const meta = element('p', 'item-card__meta');
  meta.lang = 'zh-CN';
  const kind = element('span', `kind kind--${r.kind}`, KIND_LABELS[r.kind as EntryKind] ?? r.kind);
  const place = [r.paper, r.date && formatDate(r.date), pageLabel(r.page)].filter(Boolean).join(' · ');
  meta.append(kind, element('span', 'item-card__place', place));
  if (r.column) meta.append(element('span', 'item-card__column', r.column));
  if (r.authors.length) meta.append(element('span', 'search-result__authors', r.authors.join(' ')));
  const head = element('hgroup', 'item-card__head');
  if (r.kicker) {
    const kicker = element('p', 'item-card__kicker');
    appendSegments(kicker, highlight(r.kicker, terms, folds));
    head.append(kicker);
  }
  const passage = passageOf(r, terms, folds);
  const h = element('h2', 'item-card__title');
  const a = element('a', 'search-result__link');
  // The article page highlights the hits itself (a text fragment): no script of ours runs there.
  a.href = href + textFragment(passage);
  appendSegments(a, highlight(r.title, terms, folds));
  h.append(a);
  head.append(h);
  li.append(meta, head);
  // An untitled item's title may already be all of its text (a short caption): no need to repeat it.
  const shown = snippet(passage);
  if (!r.title.includes(shown.map((x) => x.text).join(''))) {
    const p = element('p', 'item-card__lead search-result__snippet');
    appendSegments(p, shown);
    li.append(p);
  }
  return li;
}
