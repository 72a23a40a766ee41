import type { Item, Printed } from './item.ts';
import type { Line } from './lines.ts';
import type { Unit } from './units.ts';

/**
 * Chinese papers print a headline in up to three parts: the 引题 (kicker) above
 * the 主题 (title), and the 副题 (subtitle) below it. A subtitle opening with
 * `——` is read line by line (classify); this module reads the rest of a
 * heading's lines:
 * - a line ending with `——` is a kicker, whatever the page's layout
 *   (`新疆乌鲁木齐出台“三十四条”——` / `全力推动民营经济高质量发展`);
 * - on a page of element lines, each line is a part: three lines are kicker,
 *   title, subtitle; two are title and subtitle, as the e-paper's text gives
 *   them, unless the crawler's slots say kicker and title (below);
 * - on a page of paragraph lines, the lines are one title broken by the column.
 */
export function setHeadline(it: Item, u: Head, gapAfter: number, afterText = true): void {
  const lines = u.lines;
  const kickerEnd = lines.findIndex((l, k) => k < lines.length - 1 && ENDS_AS_KICKER.test(l.text));
  if (kickerEnd >= 0) {
    it.kicker = printed(lines.slice(0, kickerEnd + 1), u.separateLines);
    const rest = lines.slice(kickerEnd + 1);
    // Element lines under the kicker: the 主题, then the 副题 when there is no other.
    const split = u.separateLines && rest.length >= 2 && it.subtitle === null;
    it.title = printed(split ? rest.slice(0, 1) : rest, u.separateLines);
    if (split) it.subtitle = printed(rest.slice(1), true);
    return;
  }
  if (!u.separateLines || lines.length === 1) {
    const at = lines.length === 1 && !it.subtitle ? joinedSubtitleAt(u.text) : -1;
    it.title = { text: at < 0 ? u.text : u.text.slice(0, at), lines };
    if (at >= 0) it.subtitle = { text: u.text.slice(at), lines };
    return;
  }
  if (lines.length === 2) {
    // The caspiankexin crawler writes 引题, 主题, 副题 as lines 1–3 of each file,
    // an empty line for a part not printed, and its pages join the files as they
    // are. Two headline lines right after the last item's text (or at the top
    // of the page) with an empty line after them are 引题 and 主题, the 副题 left
    // empty. After furniture (a site's menu) the slots tell nothing.
    const [a, b] = [lines[0]!, lines[1]!];
    // A column's name over a longer title (`光明情结` / `从读者到作者`), or a series' line, is its 引题 too.
    if ((afterText && u.gapBefore === 0 && gapAfter === 1 && it.subtitle === null) || isColumnLike(a.text, b.text) || SERIES_LINE.test(a.text)) {
      it.kicker = { text: a.text, lines: [a] };
      it.title = { text: b.text, lines: [b] };
    } else {
      it.title = { text: a.text, lines: [a] };
      it.subtitle = { text: b.text, lines: [b] };
    }
    return;
  }
  it.kicker = { text: lines[0]!.text, lines: [lines[0]!] };
  it.title = printed(lines.slice(1, -1), true);
  it.subtitle = { text: lines.at(-1)!.text, lines: [lines.at(-1)!] };
}

/** What a headline is set from: a heading unit, or a line found to be one. */
export type Head = Pick<Unit, 'lines' | 'text' | 'separateLines' | 'gapBefore'>;

// Archives that keep a record per item write title and subtitle on one line
// joined by a hyphen (`回首“马鞍”路 改革志不移-——沈阳部队…`, `胡耀邦同志回到北京-赵紫阳…`):
// a hyphen between Chinese text is no part of a Chinese headline. The subtitle
// keeps the hyphen, as it keeps a leading ——.
const JOINED_SUBTITLE = /(?<=[\p{Script=Han}”」）)])-(?=——|—|[\p{Script=Han}“「（(])/u;
function joinedSubtitleAt(text: string): number {
  const m = JOINED_SUBTITLE.exec(text);
  return m && m.index >= MIN_TITLE && text.indexOf('-', m.index + 1) < 0 ? m.index : -1;
}
const MIN_TITLE = 4;

// A column's name: short, one phrase, and shorter than the title under it.
const MAX_COLUMN = 6;
const isColumnLike = (upper: string, lower: string) => upper.length <= MAX_COLUMN && upper.length < lower.length && !/\s/u.test(upper);

// A series' line over the title is its 引题: `深化改革系列述评之十一`, `…系列报道之三`, `…（五）`.
const SERIES_LINE = /(?:系列|述评|报道|调研|观察|巡礼|访谈|纪行|笔谈|评论|周年)[^\s]{0,4}?之[一二三四五六七八九十百]+$|[（(][一二三四五六七八九十]+[)）]$/u;

// 引题 end with a dash that leads into the title: `——`, `—`, or `--` typed for it.
const ENDS_AS_KICKER = /(?:——|—|--)$/u;

// Element lines that are one part are joined with a space, as a headline set
// over two lines reads; lines wrapped by the column join with nothing.
function printed(lines: Line[], separate: boolean): Printed {
  return { text: lines.map((l) => l.text).join(separate ? ' ' : ''), lines };
}
