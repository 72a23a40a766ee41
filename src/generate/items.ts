import type { Author, AuthorRole } from '../schema/author.ts';
import { SECTIONS } from './lexicon.ts';
import type { Rng } from './prng.ts';
import { caption, headline, paragraph, subhead, subtitle, topicFor } from './prose.ts';
import type { Staff } from './staff.ts';

/** How a page was scraped: plain lines, or with Markdown-ish marks (`#` titles, `■` bylines, ASCII commas). */
export type PageStyle = 'plain' | 'markdown';

/** A byline or credit as printed (one or more lines) and the people it names. */
interface Byline {
  lines: string[];
  authors: Author[];
}

/** One item before layout: what it says, not yet where its pieces go on the page. */
export interface Item {
  kind: 'article' | 'brief' | 'photo';
  title: string | null;
  subtitle: string | null;
  byline: Byline | null;
  /** Printed at the start of the first paragraph, e.g. `本报讯（王芳）`. */
  dateline: string | null;
  datelineAuthors: Author[];
  paragraphs: string[];
  /** Indices into `paragraphs` of subheads. */
  subheads: number[];
  caption: string | null;
  credit: Byline | null;
  /** The credit is printed at the end of the caption line. */
  creditInline: boolean;
  section: string | null;
}

const ORDINALS = [...'一二三四五六'];
const NUMBERINGS: ((ordinal: string) => string)[] = [(o) => `第${o}招：`, (o) => `处方${o}：`];

/** A new item of the given kind in the given page style, credited to the paper's staff. */
export function makeItem(rng: Rng, kind: Item['kind'], style: PageStyle, staff: Staff): Item {
  if (kind === 'photo') return makePhoto(rng, style, staff);
  if (kind === 'brief') return makeBrief(rng, style, staff);
  return makeArticle(rng, style, staff);
}

function blank(kind: Item['kind']): Item {
  return {
    kind, title: null, subtitle: null, byline: null, dateline: null, datelineAuthors: [], paragraphs: [], subheads: [],
    caption: null, credit: null, creditInline: false, section: null,
  };
}

function makeArticle(rng: Rng, style: PageStyle, staff: Staff): Item {
  const t = topicFor(rng);
  const item = blank('article');
  item.title = headline(rng, t);
  if (rng.chance(0.35)) item.subtitle = subtitle(rng, t);
  if (style === 'markdown' && rng.chance(0.15)) item.section = rng.pick(SECTIONS);
  item.byline = rng.chance(0.9) ? byline(rng, style, staff) : null;
  const feature = rng.chance(0.5);
  const count = feature ? rng.int(5, 11) : rng.int(2, 5);
  // Some features number their subheads: 第一招：…, 处方二：…
  const numbering = rng.chance(0.25) ? rng.pick(NUMBERINGS) : null;
  for (let i = 0; i < count; i++) {
    // A subhead opens a run of paragraphs, never the first or the last one.
    if (feature && i > 0 && i < count - 1 && rng.chance(0.3)) {
      const n = item.subheads.length;
      item.subheads.push(item.paragraphs.length);
      item.paragraphs.push((numbering && n < ORDINALS.length ? numbering(ORDINALS[n]!) : '') + subhead(rng, t));
    }
    item.paragraphs.push(paragraph(rng, t));
  }
  return item;
}

function makeBrief(rng: Rng, style: PageStyle, staff: Staff): Item {
  const t = topicFor(rng);
  const item = blank('brief');
  item.title = headline(rng, t);
  const count = rng.int(1, 2);
  // Correspondents (通讯员) send many briefs; the names come from the desk the role says.
  const deskOf = (role: AuthorRole | null) => staff.names(rng, role === '通讯员' ? 'correspondents' : 'reporters', count);
  if (style === 'markdown') {
    const role: AuthorRole = rng.pick(['记者', '通讯员']);
    const people = deskOf(role);
    item.byline = { lines: [`■ ${role} ${people.join(' ')}`], authors: people.map((name) => ({ name, role })) };
    item.dateline = '本报讯';
  } else {
    const role: AuthorRole | null = rng.chance(0.3) ? rng.pick(['记者', '通讯员']) : null;
    const people = deskOf(role);
    const [open, close] = rng.pick([['(', ')'], ['（', '）']]);
    const inside = (role ? `${role} ` : '') + people.join(' ');
    item.dateline = `${rng.chance(0.85) ? '本报讯' : '本报'}${open}${inside}${close}`;
    item.datelineAuthors = people.map((name) => ({ name, role }));
  }
  for (let i = rng.int(1, 3); i > 0; i--) item.paragraphs.push(paragraph(rng, t));
  return item;
}

function makePhoto(rng: Rng, style: PageStyle, staff: Staff): Item {
  const t = topicFor(rng);
  const item = blank('photo');
  if (rng.chance(0.3)) item.title = headline(rng, t);
  item.caption = caption(rng, t);
  const who = staff.name(rng, 'photographers');
  if (style === 'markdown') {
    const second = staff.name(rng, 'correspondents');
    item.credit = {
      lines: [`■ 摄影 记者 ${who}  `, `通讯员 ${second}`],
      authors: [{ name: who, role: '摄影' }, { name: second, role: '通讯员' }],
    };
  } else if (rng.chance(0.92)) {
    item.credit = { lines: [rng.chance(0.6) ? `${who}摄` : `${who} 摄`], authors: [{ name: who, role: '摄影' }] };
    item.creditInline = rng.chance(0.25);
  }
  return item;
}

/** A byline in the page's style: bare names, or roles and names, over one or two lines. */
function byline(rng: Rng, style: PageStyle, staff: Staff): Byline {
  if (style === 'plain' && rng.chance(0.8)) {
    const people = staff.names(rng, 'reporters', rng.int(1, 3));
    if (people.length === 1 && rng.chance(0.15)) return { lines: [`本报记者 ${people[0]}`], authors: [{ name: people[0]!, role: '记者' }] };
    return { lines: [people.join(' ')], authors: people.map((name) => ({ name, role: null })) };
  }
  const lead = staff.names(rng, 'reporters', 1);
  const leadRole: AuthorRole = rng.pick(['记者', '记者', '首席记者']);
  const helpers = rng.chance(0.6) ? staff.names(rng, 'correspondents', rng.int(1, 2)) : [];
  const authors: Author[] = [...lead.map((name) => ({ name, role: leadRole })), ...helpers.map((name) => ({ name, role: '通讯员' as const }))];
  const first = `${leadRole} ${lead.join(' ')}`;
  const second = helpers.length ? `通讯员 ${helpers.join(' ')}` : null;
  const mark = style === 'markdown' ? '■ ' : '';
  if (second && style === 'markdown' && rng.chance(0.5)) return { lines: [`${mark}${first}  `, second], authors };
  return { lines: [`${mark}${first}${second ? ' ' + second : ''}`], authors };
}
