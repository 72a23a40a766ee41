import { generateArchive, paperSidecars, type GeneratedPage, type GeneratedSidecar } from './archive.ts';
import { encodePage, type PageEncoding } from './encode.ts';
import { CATEGORIES, PAGE_NAMES, STYLE_PAPERS } from './lexicon.ts';
import { rngFor, type Rng } from './prng.ts';
import { asciiPunctuation, printArticleFile, printGovItem, printMarkdownFile, printPlain, type PrintedStory } from './render-story.ts';
import { itemCount, makeLetters, makeStory, type Story, type StoryDay } from './story.ts';
import { staffBook, type Staff } from './staff.ts';
import { SPECS, STYLE_NAMES, type RealStyle, type StyleName, type StyleSpec } from './style-specs.ts';
import { mapStoryText, storyTruth } from './story-truth.ts';
import type { TruthItem, TruthPage } from './truth.ts';

export { STYLE_NAMES, type StyleName } from './style-specs.ts';

const DAY = 86_400_000;

/**
 * Generates `articles` items in all, shared out evenly over the styles (the
 * first styles take the remainder), style by style. Each file depends only on
 * the seed, its style and its path, so a smaller archive of one style is a
 * prefix of a larger one.
 */
export function* generateStyledArchive(articles: number, seed: string, styles: readonly StyleName[]): Generator<GeneratedPage> {
  for (const [i, style] of styles.entries()) {
    const n = Math.floor(articles / styles.length) + (i < articles % styles.length ? 1 : 0);
    if (n === 0) continue;
    if (style === 'seed') yield* generateArchive(n, seed);
    else yield* generateStyle(style, n, seed);
  }
}

/** The sidecars the chosen styles need: `paper.json` beside papers whose folder name is ASCII and that a reader would name. */
export function styleSidecars(styles: readonly StyleName[]): GeneratedSidecar[] {
  const out = styles.includes('seed') ? paperSidecars() : [];
  for (const style of ['K', 'G', 'txt'] as const) {
    const p = STYLE_PAPERS[style];
    if (styles.includes(style)) out.push({ file: `${p.dir}/paper.json`, text: JSON.stringify({ paper: p.name }) + '\n' });
  }
  return out;
}

/** Reads `P,K,G` into style names; null when one is unknown. */
export function parseStyles(list: string): StyleName[] | null {
  const names = list.split(',').map((s) => s.trim()).filter(Boolean);
  if (names.length === 0 || names.some((n) => !(STYLE_NAMES as readonly string[]).includes(n))) return null;
  return [...new Set(names)] as StyleName[];
}

function* generateStyle(style: RealStyle, articles: number, seed: string): Generator<GeneratedPage> {
  const spec = SPECS[style];
  const paper = STYLE_PAPERS[style];
  let left = articles;
  let files = 0;
  const staffFor = staffBook(seed);
  for (let day = 0; left > 0; day++) {
    const time = Date.parse(`${spec.first}T00:00:00Z`) + day * DAY;
    const date = new Date(time).toISOString().slice(0, 10);
    const before = new Date(time - DAY);
    const when: StoryDay = { month: before.getUTCMonth() + 1, day: before.getUTCDate() };
    const pageCount = rngFor(seed, style, date).int(4, 8);
    // The caspiankexin crawler saves an article continued on a later page again under that page: a byte copy.
    const copied = style === 'txt' && rngFor(seed, style, date, 'copy').chance(0.15);
    let lead: GeneratedPage | null = null;
    for (let page = 1; page <= pageCount && left > 0; page++) {
      const key = `${style}/${date}/${page}`;
      const stories = storiesFor(rngFor(seed, key, 'items'), spec, when, staffFor(paper.dir, date), left);
      left -= stories.reduce((n, s) => n + itemCount(s), 0);
      const rng = rngFor(seed, key, 'layout');
      const pageName = PAGE_NAMES[page - 1] ?? '专版';
      if (style === 'P' || style === 'K' || style === 'G') {
        yield printPage(style, rng, `${paper.dir}/${date}/${String(page).padStart(2, '0')}.txt`, stories, { paper: paper.name!, date, page, pageName });
        continue;
      }
      const names = new Set<string>();
      const at = { paper: paper.name!, date, page, pageName };
      for (const [k, s] of stories.entries()) {
        const file = articlePath(style, rng, s, at, k + 1, files++, names);
        const printed = printArticle(style, rng, file, s, at);
        lead ??= printed;
        yield printed;
      }
      if (copied && page === 2 && lead) {
        const file = articlePath(style, rng, stories[0]!, at, stories.length + 1, files++, names);
        yield { file, bytes: lead.bytes, truth: { ...lead.truth, page, items: [], labels: [], duplicateOf: lead.file } };
      }
    }
  }
}

// The stories of one page, cut so the archive holds exactly the items asked for
// (a photo package counts one item a photo, letters one each).
function storiesFor(rng: Rng, spec: StyleSpec, when: StoryDay, staff: Staff, left: number): Story[] {
  const out: Story[] = [];
  let count = 0;
  for (let k = rng.int(...spec.perPage); k > 0; k--) {
    const story = rng.chance(spec.letters) ? makeLetters(rng, spec.profile) : makeStory(rng, rng.weighted(spec.kinds), spec.profile, when, staff);
    if (count < left) {
      story.photos = story.photos.slice(0, Math.max(0, left - count - 1));
      if (story.letters) story.letters.items = story.letters.items.slice(0, left - count);
      out.push(story);
      count += itemCount(story);
    }
  }
  return out;
}

interface Issue {
  paper: string;
  date: string;
  page: number;
  pageName: string;
}

function printPage(style: 'P' | 'K' | 'G', rng: Rng, file: string, stories: Story[], at: Issue): GeneratedPage {
  const lines: string[] = [];
  const labels: string[] = [];
  const truth: TruthItem[] = [];
  // govopendata prints the page name in the furniture on some pages only.
  const pageName = style === 'G' && rng.chance(0.3) ? at.pageName : null;
  if (style === 'G') {
    const [y, m, d] = at.date.split('-').map(Number);
    const header = `${y}年${m}月${d}日${at.paper} 第${at.page}版`;
    lines.push(header, '');
    labels.push(header);
  }
  for (const story of stories) {
    const s = style === 'G' ? mapStoryText(story, asciiPunctuation) : withPhotoTitle(style, story);
    const printed: PrintedStory = style === 'P' ? printPlain(rng, s) : style === 'K' ? printArticleFile(rng, s) : printGovItem(rng, s, at.page, pageName);
    // K joins crawler files with nothing between; P and G leave blank lines.
    if (style === 'P' && lines.length) lines.push('', ...(rng.chance(0.2) ? [''] : []));
    lines.push(...printed.lines);
    if (style === 'G') lines.push('', '');
    labels.push(...printed.labels);
    truth.push(...storyTruth(s, printed.heads, printed.features));
  }
  const page = { paper: at.paper, date: at.date, page: at.page, pageName };
  return encodeFile(rng, SPECS[style], file, lines, { style, ...page, labels, items: truth });
}

// The crawler names a photo without a headline 图片报道 (it has a title line to fill).
function withPhotoTitle(style: RealStyle, s: Story): Story {
  return style !== 'P' && s.kind === 'photo' && s.title === null ? { ...s, title: '图片报道' } : s;
}

function articlePath(style: 'md' | 'txt' | 'flat', rng: Rng, s: Story, at: Issue, n: number, index: number, taken: Set<string>): string {
  const [y, m, d] = at.date.split('-');
  const nn = String(at.page).padStart(2, '0');
  if (style === 'txt') return `${STYLE_PAPERS.txt.dir}/${y}年${Number(m)}月/${y}${m}${d}/${y}${m}${d}-${nn}-${String(n).padStart(2, '0')}.txt`;
  if (style === 'flat') {
    const hash = Array.from({ length: 8 }, () => rng.int(0, 15).toString(16)).join('');
    return `${STYLE_PAPERS.flat.dir}/${String(index).padStart(3, '0')}_${hash}.txt`;
  }
  // The vault names a file after its title, double spaces squeezed; two of one title on a page get a number.
  const base = (s.title ?? '图片报道').replace(/\s+/gu, ' ').replaceAll('/', '／');
  let name = base;
  for (let k = 2; taken.has(name); k++) name = `${base}（${k}）`;
  taken.add(name);
  return `${STYLE_PAPERS.md.dir}/${y}/${m}/${at.date}/${nn}-${at.pageName}/${name}.md`;
}

function printArticle(style: 'md' | 'txt' | 'flat', rng: Rng, file: string, story: Story, at: Issue): GeneratedPage {
  const s = withPhotoTitle(style, story);
  const url = `https://paper.example.org/dlrb/content/${at.date.slice(0, 7).replace('-', '')}/${at.date.slice(8)}/content_${rng.int(100000, 999999)}.html`;
  const printed = style === 'md' ? printMarkdownFile(s, { ...at, sourceUrl: url }, rng.pick(CATEGORIES)) : printArticleFile(rng, s);
  // What the file and its path say of where it was printed: the vault all of it, the txt tree its path, a flat folder nothing.
  const meta =
    style === 'md' ? { paper: at.paper, date: at.date, page: at.page, pageName: at.pageName }
    : style === 'txt' ? { paper: at.paper, date: at.date, page: at.page, pageName: null } // paper from the sidecar
    : { paper: null, date: null, page: null, pageName: null };
  // The trees' own truth (../shared/real/trees/) calls every file that is not a photo an article,
  // datelined reports too, where a page's gold calls those briefs: each truth follows its reference.
  const items = storyTruth(s, printed.heads, printed.features).map((t) => (t.kind === 'brief' ? { ...t, kind: 'article' as const } : t));
  return encodeFile(rng, SPECS[style], file, printed.lines, { style, ...meta, labels: printed.labels, items });
}

function encodeFile(rng: Rng, spec: StyleSpec, file: string, lines: string[], truth: Omit<TruthPage, 'encoding' | 'lineEnds' | 'lang'>): GeneratedPage {
  const encoding = rng.weighted(spec.encodings as Record<PageEncoding, number>);
  const lineEnds = rng.chance(spec.crlf) ? 'crlf' : 'lf';
  const eol = lineEnds === 'crlf' ? '\r\n' : '\n';
  const bytes = encodePage(lines.map((l) => l + eol).join(''), encoding);
  return { file, bytes, truth: { style: truth.style, encoding, lineEnds, lang: 'zh-CN', ...truth } };
}
