import { splitSourceCitation, type FurnitureMeta } from './furniture.ts';
import { slugify } from './ids.ts';
import type { MessageSink } from './messages.ts';
import type { PageMeta } from './page-meta.ts';
import { isPageNumber, isRealDate } from './real-date.ts';
import type { Unit } from './units.ts';

const FIELDS = ['paper', 'date', 'page', 'pageName'] as const;
// A date that is a day of the calendar, a page number a paper can print.
const plausible = (field: (typeof FIELDS)[number], m: FurnitureMeta) => (field === 'date' ? isRealDate(m.date!) : field === 'page' ? isPageNumber(m.page!) : true);
const NAMES: Record<(typeof FIELDS)[number], string> = { paper: 'paper', date: 'date', page: 'page', pageName: 'page name' };

/**
 * What a page prints or its scraper saved about itself: a header line
 * (`1957年7月20日人民日报 第3版`), an archive's `第1版(要闻)`, front matter, a byline's
 * citation (`《光明日报》( 2012年10月27日 06版)`). Where the path and the sidecar say
 * nothing, the first such statement fills the field; where they say otherwise,
 * theirs is kept and the page says so in a message. The page's id stays the
 * one its path gives, so two pages that print the same header keep apart.
 */
export function withPrintedMeta(meta: PageMeta, units: readonly Unit[], sink: MessageSink): PageMeta {
  const said: { meta: FurnitureMeta; line: number }[] = [];
  for (const u of units) {
    const m = u.furniture?.meta ?? (u.kind === 'byline' ? splitSourceCitation(u.text)?.meta : undefined);
    if (m) said.push({ meta: m, line: u.lines[0]!.no });
  }
  const out = { ...meta };
  for (const field of FIELDS) {
    const first = said.find((s) => s.meta[field] !== undefined && plausible(field, s.meta));
    if (!first) continue;
    const value = first.meta[field]!;
    if (out[field] === null) (out as Record<string, unknown>)[field] = value;
    else if (out[field] !== value) {
      sink.report('info', 'meta-disagree', { line: first.line }, `the page says its ${NAMES[field]} is ${value}; ${out[field]}, from the path or sidecar, is kept`, 'Correct the folder name or the sidecar if the page is right.');
    }
  }
  if (out.paperId === null && out.paper !== null) out.paperId = slugify(out.paper);
  return out;
}
