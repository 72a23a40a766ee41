import type { AccuracyReport } from './accuracy.ts';
import type { Tally } from './accuracy-tally.ts';

/** Percent with one decimal, or a dash when there is nothing to divide by. */
export function percent(part: number, whole: number): string {
  return whole === 0 ? '–' : `${((100 * part) / whole).toFixed(1)}%`;
}

/** The headline figures of a report on one line. */
export function formatAccuracyLine(r: AccuracyReport): string {
  return (
    `${r.items} items: found ${percent(r.found, r.items)}, complete ${percent(r.complete, r.items)}, ` +
    `title+authors right ${percent(r.titleAndAuthorsRight, r.items)} (titles ${percent(r.titleRight, r.items)}, ` +
    `authors ${percent(r.authorsRight, r.items)}, names ${percent(r.authorNamesRight, r.items)}), kind ${percent(r.kindRight, r.items)}, ` +
    `subheads ${percent(r.subheadsRight, r.items)}; labels right on ${percent(r.labelsRight, r.files)} of pages; ` +
    `${r.extraEntries} extra entries; text lost ${r.charsLost} of ${r.chars} characters (${percent(r.charsLost, r.chars)}), added ${r.charsAdded}`
  );
}

/**
 * Accuracy per raw style as a Markdown table: items, found, title and authors
 * right, kicker right (of the items whose truth states it; how many have one),
 * the later fields (column, author note, dateline parts) where stated, paper,
 * date, page and page name of the files, and text lost.
 * @internal Exported for tests/accuracy.test.ts.
 */
export function formatStyleTable(r: AccuracyReport): string[] {
  const order = ['seed', 'P', 'K', 'G', 'md', 'txt', 'flat'];
  const styles = Object.keys(r.byStyle).sort((a, b) => (order.indexOf(a) + 1 || 99) - (order.indexOf(b) + 1 || 99) || (a < b ? -1 : 1));
  const row = (name: string, t: Tally) =>
    `| ${name} | ${t.files} | ${t.items} | ${percent(t.found, t.items)} | ${percent(t.titleAndAuthorsRight, t.items)} | ` +
    `${percent(t.kickerRight, t.kickerItems)} (${t.withKicker}) | ${percent(t.fieldsRight, t.fieldsStated)} | ${percent(t.metaRight, t.metaFiles)} | ` +
    `${t.chars === 0 && t.items > 0 ? 'not read' : `${t.charsLost} of ${t.chars} (${percent(t.charsLost, t.chars)})`} |`;
  return [
    '| style | files | items | found | title+authors right | kicker right (items with one) | column, author note, dateline parts right | paper, date, page right | text lost |',
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
    ...styles.map((s) => row(s, r.byStyle[s]!)),
    ...(styles.length > 1 ? [row('all', r)] : []),
  ];
}

/** A full report: the headline, accuracy by raw style and by layout feature, and the commonest mistakes with examples. */
export function formatAccuracy(r: AccuracyReport, examplesPerCategory = 3): string {
  const out = [formatAccuracyLine(r), '', ...formatStyleTable(r), '', '| feature | items | title+authors right |', '| --- | ---: | ---: |'];
  for (const [f, v] of Object.entries(r.byFeature).sort((a, b) => a[1].right / a[1].items - b[1].right / b[1].items || (a[0] < b[0] ? -1 : 1))) {
    out.push(`| ${f} | ${v.items} | ${percent(v.right, v.items)} |`);
  }
  out.push('');
  const byCategory = Map.groupBy(r.mistakes, (m) => m.category);
  for (const [category, list] of [...byCategory].sort((a, b) => b[1].length - a[1].length)) {
    out.push(`${category}: ${list.length}`);
    for (const m of list.slice(0, examplesPerCategory)) {
      const f = m.features.length ? ` [${m.features.join(', ')}]` : '';
      out.push(`  ${m.file}${f}\n    expected ${m.expected}\n    got      ${m.got}`);
    }
  }
  return out.join('\n');
}
