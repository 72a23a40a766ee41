import * as OpenCC from 'opencc-js';
import type { Entry, EntryKind } from '../schema/entry.ts';
import { GIVEN, SURNAMES } from './lexicon.ts';
import { rngFor } from './prng.ts';
import { GLUE, NEWS_WORDS, PAPERS, PLACES, RARE } from './search-vocabulary.ts';

/**
 * A generated archive for the search benchmark and the search tests: entries
 * (not raw pages: the index is built from entries) of about 1,800 characters of
 * invented news prose, one in ten printed in Traditional characters, over five
 * papers, eight pages an issue and several years. Words are drawn with Zipf-like
 * weights so the index sees a realistic spread of frequent and rare pairs.
 */
export interface SyntheticOptions {
  count: number;
  seed?: number;
  /** Share of entries converted to Traditional characters. */
  traditionalShare?: number;
}

const PAPER_IDS = ['jiangcheng', 'shanhe', 'xibu', 'linchuan', 'qinghe'];
const ITEMS_PER_PAGE = 6;
const PAGES_PER_ISSUE = 8;

/** Picks from a list with Zipf-like weights (earlier items more often). */
function zipf<T>(items: readonly T[], rnd: () => number, s = 1): () => T {
  const cum: number[] = [];
  let total = 0;
  items.forEach((_, i) => cum.push((total += 1 / Math.pow(i + 2, s))));
  return () => {
    const x = rnd() * total;
    let lo = 0;
    let hi = cum.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (cum[mid]! < x) lo = mid + 1;
      else hi = mid;
    }
    return items[lo]!;
  };
}

const words = (s: string) => s.split(/\s+/).filter(Boolean);

/** Generates `count` valid entries, the same ones for the same seed. */
export function syntheticEntries(opts: SyntheticOptions): Entry[] {
  // The generator's one random source (src/generate/prng.ts), seeded per archive.
  const rng = rngFor('search-entries', opts.seed ?? 20261122);
  const rnd = () => rng.next();
  const pick = <T>(a: readonly T[]) => rng.pick(a);
  const newsWords = words(NEWS_WORDS);
  // The most general words appear in most articles; every other word only in
  // articles whose subject draws on it (each article draws forty).
  const GENERAL = 12;
  const general = newsWords.slice(0, GENERAL);
  const glueWords = words(GLUE);
  const glue = () => pick(glueWords);
  const places = words(PLACES);
  const place = zipf(places, rnd, 0.7);
  const tailChars = Array.from(RARE.replace(/\s/g, '') + GIVEN.join('') + words(NEWS_WORDS).join(''));
  const tail = zipf(Array.from({ length: 30000 }, () => Array.from({ length: 2 + Math.floor(rnd() * 2) }, () => pick(tailChars)).join('')), rnd, 0.8);
  const surnames = SURNAMES;
  const given = GIVEN;
  const reporter = zipf(Array.from({ length: 2000 }, () => pick(surnames) + Array.from({ length: 1 + Math.floor(rnd() * 2) }, () => pick(given)).join('')), rnd, 0.6);
  const toTraditional = OpenCC.Converter({ from: 'cn', to: 'hk' });

  let news = zipf(general, rnd, 1);
  const sentence = (topics: string[]) => {
    let s = '';
    const n = 8 + Math.floor(rnd() * 14);
    for (let i = 0; i < n; i++) {
      const x = rnd();
      // A subject's words make about one token in twenty: a dozen mentions in an article about it.
      if (x < 0.05) s += pick(topics);
      else if (x < 0.4) s += news();
      else if (x < 0.72) s += glue();
      else if (x < 0.9) s += tail();
      else if (x < 0.95) s += place();
      else s += `${1 + Math.floor(rnd() * 2000)}${pick(['个', '人', '万元', '亿元', '家', '项', '%', '公里', '余人'])}`;
      if (i > 2 && i < n - 1 && rnd() < 0.12) s += pick(['，', '，', '、', '；']);
    }
    return rnd() < 0.08 ? `“${s}”。` : `${s}。`;
  };
  const paragraph = (topics: string[]) => Array.from({ length: 2 + Math.floor(rnd() * 4) }, () => sentence(topics)).join('');
  const body = (topics: string[], chars: number) => {
    const ps: string[] = [];
    let n = 0;
    while (n < chars) {
      const p = paragraph(topics);
      ps.push(p);
      n += p.length;
    }
    return ps;
  };

  const entries: Entry[] = [];
  const start = Date.UTC(2019, 0, 1);
  for (let i = 0; i < opts.count; i++) {
    const issue = Math.floor(i / (ITEMS_PER_PAGE * PAGES_PER_ISSUE));
    const paperIx = issue % PAPERS.length;
    const date = new Date(start + Math.floor(issue / PAPERS.length) * 86400000).toISOString().slice(0, 10);
    const page = 1 + (Math.floor(i / ITEMS_PER_PAGE) % PAGES_PER_ISSUE);
    const order = 1 + (i % ITEMS_PER_PAGE);
    const pageId = `${PAPER_IDS[paperIx]}-${date.replaceAll('-', '')}-${String(page).padStart(2, '0')}`;
    // Each article is about a few subjects of its own, so a subject's words cluster in some articles.
    const topics = Array.from({ length: 4 }, () => pick(newsWords));
    news = zipf([...general, ...Array.from({ length: 40 }, () => pick(newsWords))], rnd, 1);
    const x = rnd();
    const kind: EntryKind = x < 0.75 ? 'article' : x < 0.9 ? 'brief' : x < 0.97 ? 'photo' : 'fragment';
    const names = Array.from({ length: 1 + Math.floor(rnd() * 2) }, () => reporter());
    const where = place();
    let title: string | null = kind === 'photo' || kind === 'fragment' ? null : `${rnd() < 0.4 ? where : ''}${pick(topics)}${news()}${rnd() < 0.5 ? pick(topics) : ''}${pick(['取得新成效', '迈出新步伐', '见实效', '开新局', '再上新台阶', '', '', ''])}`;
    let subtitle: string | null = kind === 'article' && rnd() < 0.2 ? `——${where}${pick(topics)}${news()}工作纪实` : null;
    let dateline: string | null = kind !== 'photo' && rnd() < 0.5 ? `本报${where}讯（记者 ${names.join(' ')}）` : null;
    let bylines = kind === 'article' && !dateline ? [names.join(' ')] : [];
    let paragraphs = kind === 'photo' ? [] : body(topics, kind === 'brief' ? 400 + rnd() * 300 : kind === 'fragment' ? 600 : 1900 + rnd() * 600);
    let caption: string | null = kind === 'photo' ? sentence(topics) + sentence(topics) : null;
    let credit: string | null = kind === 'photo' ? `${names[0]} 摄` : null;
    const traditional = rnd() < (opts.traditionalShare ?? 0.1);
    if (traditional) {
      const t = (s: string | null) => (s === null ? null : toTraditional(s));
      title = t(title);
      subtitle = t(subtitle);
      dateline = t(dateline);
      caption = t(caption);
      credit = t(credit);
      bylines = bylines.map(toTraditional);
      paragraphs = paragraphs.map(toTraditional);
    }
    entries.push({
      id: `${pageId}-${String(order).padStart(2, '0')}`,
      kind,
      pageId,
      order,
      kicker: null,
      title,
      subtitle,
      authors: names.map((name) => ({ name: traditional ? toTraditional(name) : name, role: kind === 'photo' ? '摄影' : '记者' })),
      dateline,
      datelineParts: null,
      paragraphs,
      subheads: [],
      caption,
      credit,
      bylines,
      column: null,
      authorNote: null,
      furniture: [],
      section: null,
      continuedFrom: null,
      continuedOn: null,
      paper: PAPERS[paperIx]!,
      paperId: PAPER_IDS[paperIx]!,
      date,
      page,
      lang: traditional ? 'zh-Hant' : 'zh-CN',
      source: { file: `${PAPER_IDS[paperIx]}/${date}/${String(page).padStart(2, '0')}.txt`, lines: [[1, 1]] },
    });
  }
  return entries;
}
