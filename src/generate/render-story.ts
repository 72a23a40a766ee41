import type { Rng } from './prng.ts';
import type { Story } from './story.ts';
import type { PrintedHeads } from './story-truth.ts';

/** What a renderer printed: lines (without line ends), and the furniture among them that the truth lists as labels. */
export interface PrintedStory {
  lines: string[];
  labels: string[];
  /** Difficulties of the print itself, added to the story's. */
  features: string[];
  heads: PrintedHeads;
}

const INDENT = '\u3000\u3000';

// The first paragraph with the dateline before it: `本报北京3月5日电  （记者王芳）…`
// runs straight on after a bracket and is set off by spaces otherwise.
function withDateline(s: Story, i: number, p: string, space: string): string {
  if (i !== 0 || !s.dateline) return p;
  return s.dateline.text.endsWith('）') || s.dateline.text.endsWith(')') ? s.dateline.text + p : s.dateline.text + space + p;
}

// What is printed after the body, in print order: the trailing credit, the chart's source, the author note, a letter's signature.
function tail(s: Story): string[] {
  return [s.trailing?.text, s.chartNote, s.authorNote, s.signature?.text].filter((x): x is string => !!x);
}

/**
 * Plain page style (P): one element per line, a blank line between every two,
 * indentation removed; the kicker on its own line above the title.
 */
export function printPlain(rng: Rng, s: Story): PrintedStory {
  if (s.letters) {
    const letters = s.letters.items.map((l) => printPlain(rng, l));
    return { lines: [s.letters.heading, ...letters.flatMap((l) => ['', ...l.lines])], labels: [s.letters.heading], features: [], heads: { subtitleDash: true } };
  }
  const runs: string[] = [];
  const labels: string[] = [];
  const features: string[] = [];
  if (s.kicker) runs.push(s.kicker);
  if (s.title) runs.push(s.title);
  // A few subtitles are printed without their dashes (主题/副题 with no marker).
  const subtitleDash = !rng.chance(0.1);
  if (s.subtitle) runs.push(subtitleDash ? `——${s.subtitle}` : s.subtitle);
  if (s.byline) runs.push(s.byline.text);
  // A box's label is furniture, as the gold lists it; its text opens the body.
  if (s.box) {
    runs.push(s.box.label, ...s.box.paragraphs);
    labels.push(s.box.label);
  }
  if (s.kind === 'photo') runs.push(...s.caption, ...(s.credit ? [s.credit.text] : []));
  s.paragraphs.forEach((p, i) => runs.push(withDateline(s, i, p, '  ')));
  runs.push(...tail(s));
  if (s.photos.length && rng.chance(0.5)) {
    runs.push('图片说明：');
    labels.push('图片说明：');
  }
  for (const photo of s.photos) runs.push(...photo.caption, ...(photo.credit ? [photo.credit.text] : []));
  return { lines: runs.flatMap((r, i) => (i ? ['', r] : [r])), labels, features, heads: { subtitleDash } };
}

/**
 * One article file as the caspiankexin crawler writes it (styles K, txt, flat):
 * line 1 the kicker or empty, line 2 the title, line 3 the subtitle or empty,
 * then every paragraph, subhead, credit and caption on its own line indented
 * with two U+3000. The crawler drops the byline printed above the body.
 */
export function printArticleFile(rng: Rng, s: Story): PrintedStory {
  if (s.letters) {
    // One file under the heading: each letter's headline indented like its paragraphs, a line of U+3000 between letters.
    const body = s.letters.items.flatMap((l, i) => [...(i ? [''] : []), l.title!, ...l.paragraphs, ...tail(l)]);
    return { lines: ['', s.letters.heading, '', ...body.map((l) => INDENT + l)], labels: [s.letters.heading], features: [], heads: { subtitleDash: true } };
  }
  const features: string[] = [];
  const labels: string[] = [];
  const lines = [s.kicker ?? '', s.title ?? '', s.subtitle ? `——${s.subtitle}` : ''];
  const body: string[] = [];
  if (s.box) {
    body.push(s.box.label, ...s.box.paragraphs);
    labels.push(s.box.label);
    if (rng.chance(0.5)) {
      body.push('');
      features.push('blank-indent-line');
    }
  }
  if (s.kind === 'photo') body.push(...s.caption, ...(s.credit ? [s.credit.text] : []));
  s.paragraphs.forEach((p, i) => body.push(withDateline(s, i, p, '\u00a0\u00a0')));
  body.push(...tail(s));
  if (s.photos.length) {
    body.push('');
    if (!features.includes('blank-indent-line')) features.push('blank-indent-line');
    if (rng.chance(0.5)) {
      body.push('图片说明：');
      labels.push('图片说明：');
    }
    for (const photo of s.photos) body.push(...photo.caption, ...(photo.credit ? [photo.credit.text] : []));
  }
  lines.push(...body.map((l) => INDENT + l));
  return { lines, labels, features, heads: { subtitleDash: true } };
}

/**
 * One item of a govopendata page scrape (G): `第N版(栏目)` and `专栏:` furniture,
 * up to three headline lines (some indented by two spaces), a byline line, then
 * one paragraph per line with nothing between them.
 */
export function printGovItem(rng: Rng, s: Story, page: number, pageName: string | null): PrintedStory {
  const features: string[] = [];
  const furniture = [`第${page}版(${pageName ?? ''})`, '专栏:'];
  const heads = [s.kicker, s.title, s.subtitle].filter((x): x is string => x !== null);
  if (heads.length === 3) features.push('three-line-headline');
  const indented = heads.map((h) => {
    if (!rng.chance(0.2)) return h;
    if (!features.includes('indented-headline')) features.push('indented-headline');
    return `  ${h}`;
  });
  const body: string[] = [];
  if (s.byline) body.push(s.byline.text);
  if (s.kind === 'photo') {
    if (rng.chance(0.5)) {
      body.push('(附图片)');
      furniture.push('(附图片)');
    }
    body.push(...s.caption, ...(s.credit ? [s.credit.text] : []));
  }
  s.paragraphs.forEach((p, i) => body.push(withDateline(s, i, p, ' ')));
  body.push(...tail(s));
  return { lines: [...furniture.slice(0, 2), '', ...indented, ...body], labels: furniture, features, heads: { subtitleDash: false } };
}

/** ASCII punctuation as the govopendata scrape prints it. */
export function asciiPunctuation(text: string): string {
  return text.replace(/[，：；（）]/gu, (c) => ({ '，': ',', '：': ':', '；': ';', '（': '(', '）': ')' })[c]!);
}

/** Where a crawler Markdown file says it was printed. */
export interface PrintedAt {
  paper: string;
  date: string;
  page: number;
  pageName: string;
  sourceUrl: string;
}

/**
 * One article as leeperfect's vault writes it (md): YAML front matter, `###`
 * kicker, `#` title, `## ——` subtitle, `>` series and byline lines, paragraphs
 * apart by blank lines, `**bold**` subheads.
 */
export function printMarkdownFile(s: Story, at: PrintedAt, category: string): PrintedStory {
  const features = ['front-matter'];
  const nn = String(at.page).padStart(2, '0');
  const [y, m, d] = at.date.split('-');
  const body = [...(s.box?.paragraphs ?? []), ...s.paragraphs];
  const words = body.join('').replace(/\s/gu, '').length;
  // The crawler's keywords are words of the text; two-character pieces of the title's parts stand in for them.
  const keywords = [...new Set((s.title ?? '').split(/[^\p{Script=Han}]+/u).flatMap((part) => part.match(/../gu) ?? []))].slice(0, 6);
  const front = [
    '---',
    `title: "${s.title}"`,
    `date: ${at.date}`,
    `section: "第${nn}版"`,
    `section_name: "${at.pageName}"`,
    `author: "${s.byline?.text ?? ''}"`,
    `category: "${category}"`,
    `keywords: [${keywords.join(', ')}]`,
    `word_count: ${words}`,
    `source_url: "${at.sourceUrl}"`,
    '---',
  ];
  const blocks: string[] = [];
  if (s.kicker) blocks.push(`### ${s.kicker}`);
  blocks.push(`# ${s.title}`);
  if (s.subtitle) blocks.push(`## ——${s.subtitle}`);
  if (s.column?.line) blocks.push(`> ${s.column.line}`);
  blocks.push(`> ${s.byline?.text ?? ''}《${at.paper}》（${y}年${m}月${d}日第 ${nn} 版）`);
  if (s.box) blocks.push(s.box.label, ...s.box.paragraphs);
  s.paragraphs.forEach((p, i) => {
    if (s.subheads.includes(i)) {
      blocks.push(`**${p}**`);
      if (!features.includes('bold-subhead')) features.push('bold-subhead');
    } else blocks.push(withDateline(s, i, p, '  '));
  });
  blocks.push(...tail(s));
  const labels = s.box ? [s.box.label] : [];
  return { lines: [...front, '', ...blocks.flatMap((b, i) => (i ? ['', b] : [b]))], labels, features, heads: { subtitleDash: true } };
}
