import type { AccuracyReport } from './accuracy.ts';

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

/** A full report: the headline, accuracy by layout feature, and the commonest mistakes with examples. */
export function formatAccuracy(r: AccuracyReport, examplesPerCategory = 3): string {
  const out = [formatAccuracyLine(r), '', '| feature | items | title+authors right |', '| --- | ---: | ---: |'];
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
