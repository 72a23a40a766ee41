import { encodePage, type PageEncoding } from './encode.ts';
import { makeItem, type Item, type PageStyle } from './items.ts';
import { layoutPage, type PageItem } from './layout.ts';
import { PAPERS } from './lexicon.ts';
import { itemToTraditional, toTraditional } from './traditional.ts';
import { rngFor } from './prng.ts';
import { staffBook, type Staff } from './staff.ts';
import type { TruthPage } from './truth.ts';

/** One generated raw page: its path under the input folder, its bytes, and its truth. */
export interface GeneratedPage {
  file: string;
  bytes: Uint8Array;
  truth: TruthPage;
}

/** A sidecar file the archive needs beside its pages (`<paper>/paper.json` for papers whose folder name is ASCII). */
export interface GeneratedSidecar {
  file: string;
  text: string;
}

const FIRST_DATE = Date.UTC(2021, 0, 4);
const DAY = 86_400_000;
// One scraper per paper: the second paper's pages come with Markdown-ish marks.
const STYLES: PageStyle[] = ['plain', 'markdown', 'plain'];
const ENCODINGS: Record<PageEncoding, number> = { 'utf-8': 80, 'utf-8-bom': 5, 'utf-16le': 5, gb18030: 10 };
const LINE_ENDS = { lf: 88, crlf: 10, cr: 2 } as const;
const EOL = { lf: '\n', crlf: '\r\n', cr: '\r' } as const;
const KINDS = { article: 60, brief: 28, photo: 12 } as const;
// Share of plain pages printed in Traditional characters.
const TRADITIONAL = 0.03;

/**
 * Generates raw pages holding `articles` items in all, paper by paper and day by
 * day. Each page depends only on the seed and its own path, so a smaller archive
 * is a prefix of a larger one made from the same seed.
 */
export function* generateArchive(articles: number, seed: string): Generator<GeneratedPage> {
  let left = articles;
  const staffFor = staffBook(seed);
  for (let day = 0; left > 0; day++) {
    const date = new Date(FIRST_DATE + day * DAY).toISOString().slice(0, 10);
    for (let p = 0; p < PAPERS.length && left > 0; p++) {
      for (const page of generateIssue(seed, p, date, staffFor(PAPERS[p]!.dir, date))) {
        if (left <= 0) break;
        const items = page.items.slice(0, left);
        left -= items.length;
        yield renderPage(seed, page.file, STYLES[p]!, items);
      }
    }
  }
}

/** The sidecars of the generated papers. */
export function paperSidecars(): GeneratedSidecar[] {
  return PAPERS.filter((p) => p.name !== null).map((p) => ({ file: `${p.dir}/paper.json`, text: JSON.stringify({ paper: p.name }) + '\n' }));
}

// All pages of one paper on one day, planned together because an article of the
// front page may continue on a later page. Its items credit the paper's staff of the year.
function generateIssue(seed: string, paper: number, date: string, staff: Staff): { file: string; items: PageItem[] }[] {
  const dir = PAPERS[paper]!.dir;
  const plan = rngFor(seed, dir, date);
  const pageCount = plan.int(4, 8);
  const pages = Array.from({ length: pageCount }, (_, i) => {
    const file = `${dir}/${date}/${String(i + 1).padStart(2, '0')}.txt`;
    const rng = rngFor(seed, file, 'items');
    const items: PageItem[] = [];
    for (let k = rng.int(5, 9); k > 0; k--) items.push({ item: makeItem(rng, rng.weighted(KINDS), STYLES[paper]!, staff), cont: { from: null, on: null } });
    return { file, items };
  });
  const front = pages[0]!.items.find((x) => x.item.kind === 'article' && x.item.paragraphs.length >= 3);
  if (front && plan.chance(0.35)) {
    const target = plan.int(2, pageCount);
    let split = plan.int(1, front.item.paragraphs.length - 1);
    // The front-page part ends with prose, not with a subhead.
    while (front.item.subheads.includes(split - 1)) split++;
    const rest = front.item.paragraphs.slice(split);
    const restSubheads = front.item.subheads.filter((i) => i >= split).map((i) => i - split);
    front.item.paragraphs = front.item.paragraphs.slice(0, split);
    front.item.subheads = front.item.subheads.filter((i) => i < split);
    front.cont.on = target;
    const piece: Item = {
      kind: 'article', title: null, subtitle: null, byline: null, dateline: null, datelineAuthors: [],
      paragraphs: rest, subheads: restSubheads, caption: null, credit: null, creditInline: false, section: null,
    };
    const there = pages[target - 1]!.items;
    there.splice(plan.int(0, there.length), 0, { item: piece, cont: { from: 1, on: null } });
  }
  return pages;
}

// The continuation marks layout prints: （下转第2版）, ◀◀◀上接第1版.
const JUMP_MARK = /^[（(◀]*[上下][接转]第\d+版[）)]?$/u;

function renderPage(seed: string, file: string, style: PageStyle, items: PageItem[]): GeneratedPage {
  const rng = rngFor(seed, file, 'layout');
  const traditional = style === 'plain' && rng.chance(TRADITIONAL);
  const printed = traditional ? items.map(({ item, cont }) => ({ item: itemToTraditional(item), cont })) : items;
  const laidOut = layoutPage(rng, printed, style);
  const { labels, truth } = laidOut;
  if (traditional) for (const t of truth) t.features = [...(t.features ?? []), 'traditional'].sort();
  // Layout adds marks of its own (下转第2版); convert those too, and only those:
  // converting converted text again is not always idempotent (鄰里 -> 鄰裡), and the
  // truth holds the items as converted once.
  const lines = traditional ? laidOut.lines.map((l) => (JUMP_MARK.test(l) ? toTraditional(l) : l)) : laidOut.lines;
  const encoding = rng.weighted(ENCODINGS);
  const lineEnds = rng.weighted(LINE_ENDS);
  const bytes = encodePage(lines.join(EOL[lineEnds]) + EOL[lineEnds], encoding);
  return { file, bytes, truth: { style: 'seed', encoding, lineEnds, lang: traditional ? 'zh-Hant' : 'zh-CN', labels, items: truth } };
}
