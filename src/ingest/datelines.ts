import type { Author } from '../schema/author.ts';
import type { DatelineParts } from '../schema/entry.ts';
import { foldHanChars } from '../text/script.ts';
import { isPersonName, parseByline } from './names.ts';
import { readRole } from './roles.ts';

export interface Dateline {
  /** The dateline as printed: `本报讯(记者 王某 通讯员 李某)`, `【新华社重庆十四日电】`, `記者X/台北報導`. */
  text: string;
  authors: Author[];
  /** Who sent it, from where, on what day, as the dateline prints them. */
  parts: DatelineParts;
  /** The rest of the line: the first body paragraph ('' when the dateline stands alone). */
  rest: string;
}

// Papers and agencies that open a dateline; the longest first where one starts another.
const SOURCES = ['本报', '新华社', '中新社', '中央社', '中通社', '法新社', '路透社', '美联社', '塔斯社', '共同社', '合众社', '人民网', '新华网', '中新网', '央视网'];
// A dateline can only open with these (as printed, Simplified or Traditional): other lines are not tried.
const OPENERS = new Set([...'本新中法路美塔共合人央据據【〔［[（(']);
const BRACKETS: Record<string, string> = { '【': '】', '〔': '〕', '［': '］', '[': ']', '（': '）', '(': ')' };
const DAY = '(?:[0-9０-９]{1,2}|[一二三四五六七八九十廿卅]{1,3})';
// After the source: a relay (据塔斯社), a slash (中央社/台北), the place, the day, then 电 or 讯.
// Sticky: tried at one position only, right after the source.
const AFTER_SOURCE = new RegExp(`(?:据[\\u4e00-\\u9fff]{1,4}社)?[/／]?([\\u4e00-\\u9fff·]{0,10}?)((?:${DAY}月)?${DAY}日)?(电|讯)`, 'dyu');
const HAN = /\p{Script=Han}/u;
const MAX_PLACE_UNDATED = 4;

interface Head {
  end: number;
  parts: DatelineParts;
  /** Reporters named inside the head: 中央社記者X台北15日電. */
  authors: Author[];
}

// The dateline's head at the start of a text: `据新华社北京3月5日电`, `【新华社重庆十四日电】`,
// `本报讯`, `中央社/台北十五日電`, `新华社据塔斯社莫斯科1日讯`. Read on the Simplified fold
// (it keeps positions), cut from the text as printed.
function readHead(text: string, folded: string): Head | null {
  const close = BRACKETS[folded[0]!];
  let i = close ? 1 : 0;
  if (folded[i] === '据') i++;
  // In brackets any paper or agency may stand (【某某報訊】): the brackets say it is a dateline.
  const source = SOURCES.find((s) => folded.startsWith(s, i)) ?? (close && !PARENS.has(folded[0]!) ? bracketedSource(folded, i) : undefined);
  if (!source) return null;
  const sourceAt = i;
  const reporter = reporterInHead(folded, i + source.length);
  AFTER_SOURCE.lastIndex = reporter ? reporter.end : i + source.length;
  const m = AFTER_SOURCE.exec(folded);
  const cut = (k: number) => {
    const at = m?.indices?.[k];
    return at && at[1] > at[0] ? text.slice(at[0], at[1]) : null;
  };
  if (!m) return null;
  const [place, date] = [cut(1), cut(2)];
  let end = m.index + m[0].length;
  // Without a day only a short place may stand (本报北京电, 本报讯): 本报记者从市电力… is a sentence.
  if (!date && (place?.length ?? 0) > MAX_PLACE_UNDATED) return null;
  if (!date && m[3] === '电' && HAN.test(folded[end] ?? '')) return null;
  if (place?.includes('记者') || (reporter && (place?.length ?? 0) < 2)) return null;
  if (close) {
    while (folded[end] === ' ' || folded[end] === '\u3000') end++;
    if (folded[end] !== close) return null;
    end++;
  }
  const authors = reporter ? [{ name: text.slice(reporter.end - reporter.length, reporter.end), role: '记者' as const }] : [];
  return { end, parts: { source: text.slice(sourceAt, sourceAt + source.length), place, date }, authors };
}

const PARENS = new Set(['（', '(']);
const ANY_SOURCE = /[\u4e00-\u9fff]{1,6}?(?:报|社|网)(?=[\u4e00-\u9fff0-9０-９]{0,16}?[电讯])/y;
function bracketedSource(folded: string, at: number): string | undefined {
  ANY_SOURCE.lastIndex = at;
  return ANY_SOURCE.exec(folded)?.[0];
}

// 中央社記者張某台北15日電: the reporter's name runs straight into the place. A name is
// two or three characters and a place at least two, so three is tried first and two
// when three leaves no place.
function reporterInHead(folded: string, at: number): { end: number; length: number } | null {
  if (!folded.startsWith('记者', at)) return null;
  for (const length of [3, 2]) {
    const end = at + 2 + length;
    if (!isPersonName(folded.slice(at + 2, end), true)) continue;
    AFTER_SOURCE.lastIndex = end;
    const m = AFTER_SOURCE.exec(folded);
    if (m && m[1]!.length >= 2) return { end, length };
  }
  return null;
}

/** Reads the source, place and day out of a dateline's head (`新华社北京3月5日电`, `【中新社香港9月22日電】`). */
export function readDatelineParts(head: string): DatelineParts {
  const h = readHead(head, foldHanChars(head));
  if (h) return h.parts;
  return { source: head.startsWith('本报') || head.startsWith('本報') ? head.slice(0, 2) : null, place: null, date: null };
}

// Folding a whole head is the costly part: the two characters that open the source,
// as printed in either script, are looked at first.
const SOURCE_OPENINGS = new Set(['本报', '本報', '新华', '新華', '中新', '中央', '中通', '法新', '路透', '美联', '美聯', '塔斯', '共同', '合众', '合眾', '人民', '央视', '央視']);
function opensWithSource(text: string): boolean {
  const bracketed = BRACKETS[text[0]!] !== undefined;
  let i = bracketed ? 1 : 0;
  if (text[i] === '据' || text[i] === '據') i++;
  return SOURCE_OPENINGS.has(text.slice(i, i + 2)) || (bracketed && !PARENS.has(text[0]!));
}

// Other papers open their own reports with their name: 新京报讯（记者 X）, 某某晚报讯, with
// names in brackets or a space after it. The position of 讯 when the text opens so, else 0;
// a few characters compared, nothing folded.
const MAX_PAPER_NAME = 8;
function paperNewsAt(text: string): number {
  for (let k = 2; k <= MAX_PAPER_NAME && k < text.length; k++) {
    const c = text[k];
    if (c !== '讯' && c !== '訊') continue;
    const b = text[k - 1];
    return (b === '报' || b === '報') && AFTER_PAPER_NEWS.has(text[k + 1] ?? '') && HAN_RUN.test(text.slice(0, k)) ? k : 0;
  }
  return 0;
}
const HAN_RUN = /^[\u4e00-\u9fff]+$/u;
const AFTER_PAPER_NEWS = new Set([...'（( \u3000']);

// Names right after the head: in brackets, `（记者 X）`, `(戴小橦)`; or run on, `记者温红彦报道:`.
const NAMES_BRACKET = /[\s\u3000]*[（(]([^（()）]{1,40})[)）]/dy;
const NAMES_REPORTED = /[\s\u3000]*([^，。：:（()）]{3,30}?)(?:报道|报导)[:：]?/dy;
const MAX_HEAD = 80;
const NEWS_FROM = /[\s\u3000]*([\u4e00-\u9fff·]{2,8}?)消息[:：]/dy;

/** Reads a dateline at the start of a paragraph (`新华社北京3月5日电（记者 X）`, `本报北京4月17日讯 记者X报道:`, `【新华社重庆十四日电】`); its names become authors. */
export function readDateline(text: string): Dateline | null {
  const paper = paperNewsAt(text);
  if (paper === 0 && (!OPENERS.has(text[0] ?? '') || !opensWithSource(text))) return null;
  const head = text.slice(0, MAX_HEAD);
  const folded = foldHanChars(head);
  // 本报（记者 X）: the paper and its reporters, with no place or day.
  const bare = /^本报(?=[\s\u3000]*[（(])/u.exec(folded);
  const h =
    readHead(head, folded) ??
    (bare ? { end: 2, parts: { source: head.slice(0, 2), place: null, date: null }, authors: [] } : null) ??
    (paper > 0 ? { end: paper + 1, parts: { source: head.slice(0, paper), place: null, date: null }, authors: [] } : null);
  if (!h) return null;
  let end = h.end;
  let authors: Author[] = h.authors;
  NAMES_BRACKET.lastIndex = end;
  const bracket = NAMES_BRACKET.exec(folded);
  if (bracket) {
    const [from, to] = bracket.indices![1]!;
    authors = parseByline(head.slice(from, to)) ?? [];
    end += bracket[0].length;
  } else if (bare) return null;
  else {
    NAMES_REPORTED.lastIndex = end;
    const reported = NAMES_REPORTED.exec(folded);
    if (reported && readRole(reported[1]!.trimStart())) {
      const [from, to] = reported.indices![1]!;
      const names = parseByline(head.slice(from, to));
      if (names && names.length > 0) {
        authors = names;
        end += reported[0].length;
      }
    }
  }
  // 新华社六日讯 华盛顿消息: — a head without a place may be followed by where the news came from.
  let parts = h.parts;
  if (!parts.place) {
    NEWS_FROM.lastIndex = end;
    const from = NEWS_FROM.exec(folded);
    if (from && !/^据|[报社网台]/u.test(from[1]!)) {
      const [a, b] = from.indices![1]!;
      parts = { ...parts, place: head.slice(a, b) };
      end += from[0].length;
    }
  }
  return { text: head.slice(0, end).trimEnd(), authors, parts, rest: text.slice(end).replace(/^[\s\u3000\u00a0]+/u, '') };
}

// A byline that opens a paragraph, as Taiwan papers print it: `記者X/台北報導  …`,
// `本報記者綜合報導 …`, `〔記者X／Y報導〕…`. The names end at the report word.
const REPORT_WORD = /报导|报道/u;
const MAX_LEAD = 40;
// The first characters of a role word, the paper's name, or a bracket: other lines are not tried.
const LEAD_OPENERS = new Set([...'本记記特首实實见見驻駐中新【〔［[']);
const PLACE_BEFORE_REPORT = /[/／]([\u4e00-\u9fff]{1,10}?)(?:报导|报道)$/u;

/** Reads a byline at the start of a paragraph (`記者X/台北報導  …`, `本報記者綜合報導 …`) as the paragraph's dateline. */
export function readLeadByline(text: string): Dateline | null {
  if (!LEAD_OPENERS.has(text[0] ?? '')) return null;
  // The paper's name or a role word must come first; most lines fail on these few characters.
  const opening = foldHanChars(text.slice(0, 12));
  const first = BRACKETS[opening[0]!] ? 1 : 0;
  if (!opening.startsWith('本报', first) && !readRole(opening.slice(first))) return null;
  const folded = foldHanChars(text.slice(0, MAX_LEAD + 2));
  const at = folded.search(REPORT_WORD);
  if (at < 2) return null;
  const close = BRACKETS[folded[0]!];
  const start = close ? 1 : 0;
  const headFolded = folded.slice(start, at + 2);
  if (!headFolded.startsWith('本报') && !readRole(headFolded)) return null;
  const authors = parseByline(text.slice(start, at + 2));
  if (!authors) return null;
  let end = at + 2;
  if (close) {
    if (folded[end] !== close) return null;
    end++;
  }
  if (folded[end] === ':' || folded[end] === '：') end++;
  const place = PLACE_BEFORE_REPORT.exec(headFolded);
  const placeAt = place ? start + place.index + 1 : -1;
  return {
    text: text.slice(0, end),
    authors,
    parts: {
      source: headFolded.startsWith('本报') ? text.slice(start, start + 2) : null,
      place: place ? text.slice(placeAt, placeAt + place[1]!.length) : null,
      date: null,
    },
    rest: text.slice(end).replace(/^[\s\u3000\u00a0]+/u, ''),
  };
}
