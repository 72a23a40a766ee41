import type { Author } from '../schema/author.ts';
import type { DatelineParts } from '../schema/entry.ts';
import * as L from './lexicon.ts';
import type { Rng } from './prng.ts';
import { caption, headline, paragraph, personName, subhead, subtitle, topicFor, type Topic } from './prose.ts';
import type { Staff } from './staff.ts';
import { bareByline, dateline, photoCredit, printedName, reporterByline, shortPlace, trailingCredit } from './story-credits.ts';

/** A line of names as printed (a byline, a trailing credit, a photo credit) and the people it names. */
export interface Credit {
  text: string;
  authors: Author[];
}

/** A dateline as printed at the start of the first paragraph, what it says, and the reporters it names. */
export interface Dateline {
  text: string;
  parts: DatelineParts;
  authors: Author[];
}

/**
 * One item of a real-style page or article file, before it is printed: the
 * headline of three lines, the furniture around the body and the pieces after
 * it that are not body (credits, notes, photo captions), each kept apart so every
 * renderer prints the same story its own way and the truth says what is what.
 */
export interface Story {
  kind: 'article' | 'brief' | 'photo';
  /** 引题, with its trailing `——` when it has one. */
  kicker: string | null;
  /** 主题, with its column tag when the column is printed in the title. */
  title: string | null;
  /** The column: a tag printed in the title (`line` null) or a series line (`系列：…`). */
  column: { name: string; line: string | null } | null;
  /** 副题 without its leading dashes; renderers print them or not. */
  subtitle: string | null;
  byline: Credit | null;
  dateline: Dateline | null;
  /** A box (`核心阅读`, `编者按`) printed first: its label is furniture, its text the start of the body. */
  box: { label: string; paragraphs: string[] } | null;
  paragraphs: string[];
  /** Indices into `paragraphs` of subheads. */
  subheads: number[];
  /** A photo's caption (one or more paragraphs), without its credit. */
  caption: string[];
  credit: Credit | null;
  /** A credit printed after the body: `（本报记者A、B、C）`. */
  trailing: Credit | null;
  /** `（作者为…）`, printed last. */
  authorNote: string | null;
  /** `数据来源：…`, printed after the body. */
  chartNote: string | null;
  /** Captions of a photo package printed after the body (`图①：…`), each a photo item of its own. */
  photos: Story[];
  /** A letter's signature after its body (`某县  王芳`): place and name, the name its author's. */
  signature: Credit | null;
  /**
   * Readers' letters printed together under a column heading (`建议`), in one
   * crawler file: the heading is furniture, each letter an item. The story itself
   * is then only their holder.
   */
  letters: { heading: string; items: Story[] } | null;
  /** Difficulties the story holds, for accuracy by feature. */
  features: string[];
}

/** Which of the real-style difficulties a style prints, as chances. */
export interface StoryProfile {
  kicker: number;
  /** Of kickers, the share printed ending in `——`. */
  kickerDash: number;
  subtitle: number;
  column: number;
  /** Series lines (`> 系列：…`) instead of title tags. */
  series: boolean;
  /** The scraper keeps bylines printed above the body (the caspiankexin crawler drops them). */
  bylines: boolean;
  collective: number;
  box: number;
  trailing: number;
  authorNote: number;
  chartNote: number;
  photoPackage: number;
  /** Title and photo credits: may a two-character name be printed padded (`吴  君`)? */
  padNames: boolean;
  /**
   * Two headline lines with no mark are title and subtitle (as the gold reads the
   * govopendata scrapes), so a kicker printed without `——` comes with three lines.
   */
  unmarkedPairIsTitle: boolean;
  /** Datelines in the style of the 1950s (`本报合肥18日电`, `新华社4日讯`, also before long articles) instead of `本报北京10月4日电` (before briefs only). */
  oldDatelines: boolean;
}

/** The day a dateline names: the day before the issue. */
export interface StoryDay {
  month: number;
  day: number;
}

/** A new story of the given kind, credited to the paper's staff. */
export function makeStory(rng: Rng, kind: Story['kind'], p: StoryProfile, when: StoryDay, staff: Staff): Story {
  const t = topicFor(rng);
  const s = blankStory(kind);
  if (kind === 'photo') return makePhoto(rng, s, t, p, staff);
  s.title = headline(rng, t);
  // Two-part titles are often set with two spaces between the parts (the vault's file name squeezes them to one).
  if (s.title.includes(' ') && rng.chance(0.4)) {
    s.title = s.title.replace(' ', '  ');
    s.features.push('double-space-title');
  }
  // Briefs print a kicker or a subtitle now and then, articles more often.
  const heads = kind === 'article' ? 1 : 0.3;
  if (rng.chance(p.kicker * heads)) {
    s.kicker = kicker(rng, t, rng.chance(p.kickerDash));
    s.features.push(s.kicker.endsWith('——') ? 'kicker-dash' : 'kicker');
  }
  if (rng.chance(p.subtitle * heads)) s.subtitle = subtitle(rng, t);
  // Where two unmarked headline lines read as title and subtitle, a kicker without `——` has a subtitle under the title.
  if (p.unmarkedPairIsTitle && s.kicker && !s.kicker.endsWith('——')) s.subtitle ??= subtitle(rng, t);
  if (kind === 'article' && rng.chance(p.column)) {
    if (p.series) {
      const name = `${rng.pick(L.SERIES)}${'①②③④⑤⑥'[rng.int(0, 5)]}`;
      s.column = { name, line: `系列：${name}` };
      s.features.push('series');
    } else {
      const name = rng.pick(L.COLUMNS);
      s.title += `（${name}）`;
      s.column = { name, line: null };
      s.features.push('column-tag');
    }
  }
  const commentary = kind === 'article' && rng.chance(p.authorNote);
  if (p.bylines && kind === 'article') {
    if (commentary) s.byline = bareByline(rng, p, staff);
    else if (rng.chance(p.collective)) {
      s.byline = { text: rng.pick(['本报评论员', '本报特约评论员']), authors: [] };
      s.features.push('collective-byline');
    } else if (rng.chance(0.6)) s.byline = reporterByline(rng, p, staff, s.features);
  }
  // A report that opens with a dateline is a brief (消息) on today's pages; the 1950s
  // pages of the govopendata scrape open long articles with one too.
  if (!commentary && (kind === 'brief' || (p.oldDatelines && s.byline === null && rng.chance(0.6)))) s.dateline = dateline(rng, p, when, staff, s.byline === null);
  if (kind === 'article' && !commentary && rng.chance(p.box)) {
    s.box = { label: rng.pick(L.BOX_LABELS), paragraphs: [paragraph(rng, t, 1), ...(rng.chance(0.5) ? [paragraph(rng, t, 1)] : [])] };
    s.features.push('box');
  }
  fillBody(rng, s, t, kind === 'article' ? rng.int(3, 8) : rng.int(1, 3));
  if (kind === 'article' && !commentary && s.byline === null && s.dateline === null && rng.chance(p.trailing)) {
    s.trailing = trailingCredit(rng, p, when, staff);
    s.features.push(s.trailing.authors.length ? 'trailing-credit' : 'place-credit');
  }
  if (commentary) {
    s.authorNote = `（作者为${shortPlace(rng)}${rng.pick(L.AFFILIATIONS)}）`;
    s.features.push('author-note');
  }
  if (kind === 'article' && rng.chance(p.chartNote)) {
    s.chartNote = `数据来源：${t.place}${t.organ}`;
    s.features.push('chart-note');
  }
  if (kind === 'article' && rng.chance(p.photoPackage)) s.photos = photoPackage(rng, t, p, staff);
  return s;
}

/** Two or three readers' letters under a column heading, each signed with a place and a name. */
export function makeLetters(rng: Rng, p: StoryProfile): Story {
  const holder = blankStory('article');
  const items = Array.from({ length: rng.int(2, 3) }, () => {
    const t = topicFor(rng);
    const letter = blankStory('brief');
    letter.title = headline(rng, t);
    fillBody(rng, letter, t, rng.int(1, 3));
    const name = personName(rng);
    const sep = rng.pick(['  ', '\u00a0\u00a0']);
    letter.signature = { text: `${t.place}${sep}${printedName(rng, name, p, letter.features)}`, authors: [{ name, role: null }] };
    letter.features.push('letter');
    return letter;
  });
  holder.letters = { heading: rng.pick(L.LETTER_HEADINGS), items };
  return holder;
}

/** How many items a story prints: itself and its package's photos, or its letters. */
export function itemCount(s: Story): number {
  return s.letters ? s.letters.items.length : 1 + s.photos.length;
}

/** An empty story of a kind. */
function blankStory(kind: Story['kind']): Story {
  return {
    kind, kicker: null, title: null, column: null, subtitle: null, byline: null, dateline: null, box: null, paragraphs: [], subheads: [],
    caption: [], credit: null, trailing: null, authorNote: null, chartNote: null, photos: [], signature: null, letters: null, features: [],
  };
}

function makePhoto(rng: Rng, s: Story, t: Topic, p: StoryProfile, staff: Staff): Story {
  if (rng.chance(0.6)) s.title = headline(rng, t);
  s.caption = [caption(rng, t), ...(rng.chance(0.3) ? [paragraph(rng, t, 1)] : [])];
  if (rng.chance(0.9)) s.credit = photoCredit(rng, p, staff, s.features);
  return s;
}

// Numbered captions after the body, each with its credit on the next line and
// each a photo item; or now and then all of them on one line, credited together.
function photoPackage(rng: Rng, t: Topic, p: StoryProfile, staff: Staff): Story[] {
  const photos = Array.from({ length: rng.int(2, 3) }, (_, i) => {
    const photo = makePhoto(rng, blankStory('photo'), t, p, staff);
    photo.title = null;
    photo.credit ??= photoCredit(rng, p, staff, photo.features);
    photo.caption = [`图${'①②③'[i]}：${photo.caption[0]}`];
    photo.features.push('photo-package');
    return photo;
  });
  if (!rng.chance(0.3)) return photos;
  const [one] = photos;
  const authors = photos.flatMap((x) => x.credit!.authors);
  one!.caption = [photos.map((x) => x.caption[0]).join('')];
  one!.credit = { text: `${authors.map((a) => a.name).join('、')}摄`, authors };
  one!.features = ['photo-package', 'photos-on-one-line'];
  return [one!];
}

function fillBody(rng: Rng, s: Story, t: Topic, count: number): void {
  const feature = s.kind === 'article' && count >= 5;
  for (let i = 0; i < count; i++) {
    if (feature && i > 0 && i < count - 1 && rng.chance(0.3)) {
      s.subheads.push(s.paragraphs.length);
      s.paragraphs.push(subhead(rng, t));
    }
    s.paragraphs.push(paragraph(rng, t));
  }
}

function kicker(rng: Rng, t: Topic, dash: boolean): string {
  const text = rng.pick([
    () => `${t.place}${t.verb}${t.matter}`,
    () => `${rng.pick(L.FOUR_PHRASES)} ${rng.pick(L.FOUR_PHRASES)}`,
    () => `${t.organ}出台新举措`,
    () => `${rng.pick(L.WHENS)}${t.matter}${rng.pick(L.RESULTS)}`,
  ])();
  return dash ? `${text}——` : text;
}
