// A search result is the item card of lists (components/ItemCard.astro): the search page
// renders it into a template that its script fills in. For every reporter of the fixture
// site, each result of a search filtered to them has the element structure, classes and
// text of the same item's card on their reporter page, but for what a result's record
// does not carry. A card changed on one side only fails here.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixtureEntries } from './support/build-site.ts';
import { searchAnswered, startSite, type SiteSession } from './support/site-session.ts';

const BASE = '/archive/';

/** A card as a tree of tag, classes, lang and (for leaves) text, keyed by the article it links to. */
interface Shape {
  tag: string;
  cls: string;
  lang: string | null;
  text?: string;
  kids: Shape[];
}

/**
 * The shapes of the cards under `selector`. `fromList` drops from a list's card what a result's
 * record has no data for: the item's number on its page, authors' roles, the subtitle, the
 * curator's and the continuation's marks, and links to reporters' pages (a result names its
 * authors without them). Matches marked in a result are unwrapped; the lead's text differs
 * by design (a result shows the passage that matched) and is left out.
 */
function cardShapes(page: Page, selector: string, fromList: boolean): Promise<Record<string, Shape>> {
  return page.evaluate(
    ({ selector, fromList }) => {
      const shape = (el: Element): Shape => {
        const kids = [...el.children].map(shape);
        const leaf = kids.length === 0 && !el.classList.contains('item-card__lead');
        return { tag: el.tagName, cls: el.className, lang: el.getAttribute('lang'), ...(leaf ? { text: el.textContent } : {}), kids };
      };
      const out: Record<string, Shape> = {};
      for (const found of document.querySelectorAll(selector)) {
        const card = found.cloneNode(true) as Element;
        for (const m of card.querySelectorAll('mark')) m.replaceWith(m.textContent);
        card.normalize();
        if (fromList) {
          card.querySelectorAll('.item-card__order, .authors__role, .item-card__subtitle, .item-card__corrected, .item-card__cont').forEach((x) => x.remove());
          for (const a of card.querySelectorAll('.authors a')) {
            const span = document.createElement('span');
            span.textContent = a.textContent;
            a.replaceWith(span);
          }
        }
        const link = card.querySelector<HTMLAnchorElement>('.item-card__title a')!;
        out[link.pathname] = shape(card);
      }
      return out;
    },
    { selector, fromList },
  );
}

describe('search result card', () => {
  let s: SiteSession;
  beforeAll(async () => {
    s = await startSite({ base: BASE, entries: fixtureEntries });
  });
  afterAll(() => s?.close());

  it("is a reporter page's item card, filled in for every item of every reporter", async () => {
    const { page } = await s.open();
    await page.goto(s.served.url('reporters/'));
    const reporters = await page.locator('main a[href*="/reporters/"]').evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href));
    expect(reporters.length).toBeGreaterThan(3);
    let compared = 0;
    for (const href of reporters) {
      await page.goto(href);
      const name = (await page.locator('h1').textContent())!.trim();
      const listed = await cardShapes(page, 'main .item-card', true);
      await page.goto(s.served.url(`search/?reporter=${encodeURIComponent(name)}`));
      await searchAnswered(page);
      const found = await cardShapes(page, '#search-results > li.search-result > .item-card', false);
      expect(Object.keys(found).sort(), name).toEqual(Object.keys(listed).sort());
      for (const [path, card] of Object.entries(found)) expect(card, `${name}: ${path}`).toEqual(listed[path]);
      compared += Object.keys(found).length;
    }
    // Kickers, columns, several authors and hostile text are among them (tests/fixtures/site).
    expect(compared).toBeGreaterThan(8);
  });
});
