import type { FoldMap } from '../core/fold.ts';
import { placeLine } from '../../text/labels.ts';
import { highlight, passageOf, snippet, type ResultRecord, type Segment } from './highlight.ts';
import { textFragment } from './text-fragment.ts';

/** The search page's result cards by kind: ItemCard's markup, rendered at build time (pages/search/index.astro). */
export type ResultCards = ReadonlyMap<string, HTMLTemplateElement>;

/** The result cards' templates a document holds (`<template data-result-card="<kind>">`). */
export function resultCards(doc: Document): ResultCards {
  const templates = doc.querySelectorAll<HTMLTemplateElement>('template[data-result-card]');
  return new Map([...templates].map((t) => [t.dataset.resultCard!, t]));
}

/** Replaces an element's text with segments, matches in `<mark>`: nothing from the archive is parsed as HTML. */
function fillSegments(el: Element, segs: Segment[]): void {
  el.replaceChildren(
    ...segs.map((s) => {
      if (!s.hit) return document.createTextNode(s.text);
      const mark = document.createElement('mark');
      mark.textContent = s.text;
      return mark;
    }),
  );
}

/** The part of a card the selector names: the template has every part, so a missing one means the two have drifted apart. */
function part(card: Element, selector: string): Element {
  const el = card.querySelector(selector);
  if (!el) throw new Error(`search result card: no ${selector} in the page's template (components/ItemCard.astro)`);
  return el;
}

/** Fills a part with its segments, or removes it when the result has none. */
function fillOrRemove(el: Element, segs: Segment[] | undefined): void {
  if (segs) fillSegments(el, segs);
  else el.remove();
}

/** What a result's card shows, worked out from its record: the passage chosen, matches marked, the link with its text fragment. */
export interface ResultContent {
  kind: string;
  lang: string;
  place: string;
  column?: string;
  kicker?: Segment[];
  title: Segment[];
  href: string;
  authors: string[];
  /** The passage that matched, or the lead; absent when the title already holds all of it. */
  lead?: Segment[];
}

/** The content of one result's card. */
export function resultContent(r: ResultRecord, terms: readonly string[], folds: FoldMap, href: string): ResultContent {
  const passage = passageOf(r, terms, folds);
  // An untitled item's title may already be all of its text (a short caption): no need to repeat it.
  const shown = snippet(passage);
  const lead = shown.map((x) => x.text).join('');
  return {
    kind: r.kind,
    lang: r.lang,
    place: placeLine(r),
    ...(r.column ? { column: r.column } : {}),
    ...(r.kicker ? { kicker: highlight(r.kicker, terms, folds) } : {}),
    title: highlight(r.title, terms, folds),
    // The article page highlights the hits itself (a text fragment): no script of ours runs there.
    href: href + textFragment(passage),
    authors: r.authors,
    ...(lead && !r.title.includes(lead) ? { lead: shown } : {}),
  };
}

/**
 * One result, as an item card shows it in lists (components/ItemCard.astro, cloned from the page's template):
 * where and what it is, its column, the kicker above the title linking to the article, who wrote it,
 * and the passage that matched in place of the lead. Parts the result lacks are removed.
 */
export function renderResult(cards: ResultCards, c: ResultContent): HTMLLIElement {
  const template = cards.get(c.kind);
  if (!template) throw new Error(`search result card: the page has no template for the kind ${c.kind}`);
  const li = template.content.firstElementChild!.cloneNode(true) as HTMLLIElement;
  const card = part(li, '.item-card');
  card.setAttribute('lang', c.lang);
  part(card, '.item-card__place').textContent = c.place;
  fillOrRemove(part(card, '.item-card__column'), c.column ? [{ text: c.column, hit: false }] : undefined);
  fillOrRemove(part(card, '.item-card__kicker'), c.kicker);
  const a = part(card, '.item-card__title a') as HTMLAnchorElement;
  a.href = c.href;
  fillSegments(a, c.title);
  const authors = part(card, '.authors');
  const author = part(authors, 'li');
  authors.replaceChildren(
    ...c.authors.map((name) => {
      const li = author.cloneNode(true) as Element;
      part(li, 'span').textContent = name;
      return li;
    }),
  );
  if (!c.authors.length) authors.remove();
  fillOrRemove(part(card, '.item-card__lead'), c.lead);
  return li;
}
