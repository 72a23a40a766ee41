import type { Item } from './item.ts';
import type { MessageSink } from './messages.ts';

/**
 * A package (组稿) prints several sub-reports under one headline: the headline
 * stands alone, then each sub-report has its own sub-headline and byline
 * (`新春走基层 …` / `阿妹戚托小镇的新生活` / `本报记者 …` / text / `菜场宽敞干净了` /
 * `本报记者 …` / text). Read item by item, the headline is a head with nothing
 * under it and the sub-reports look like articles of their own; they are one
 * article, whose authors are all the sub-reports' authors. The package ends at
 * the first item that is not a bylined sub-report (a brief with its dateline,
 * a photo, an item with a kicker or subtitle of its own). It takes two
 * sub-reports at least: one alone under a headline is `heads-apart.ts`'s case.
 */
export function mergePackages(items: Item[], sink: MessageSink): Item[] {
  const out: Item[] = [];
  for (let i = 0; i < items.length; i++) {
    const head = items[i]!;
    out.push(head);
    if (!isBareHeadline(head) || !isSubReport(items[i + 1])) continue;
    // One headline over one bylined report is no package (heads-apart.ts reads it).
    if (!isSubReport(items[i + 2])) continue;
    let j = i + 1;
    for (; isSubReport(items[j]) && !(head.authorNote && items[j]!.authorNote); j++) {
      const sub = items[j]!;
      head.body.push({ text: sub.title!.text, lines: sub.title!.lines, subhead: true }, ...sub.body);
      head.bylines.push(...sub.bylines);
      head.authors.push(...sub.authors);
      if (sub.on) head.on = sub.on;
      head.authorNote ??= sub.authorNote;
    }
    sink.report('info', 'package', { line: head.title!.lines[0]!.no }, `"${head.title!.text}" heads ${j - i - 1} sub-reports with their own headlines and bylines; read as one article`);
    i = j - 1;
  }
  return out;
}

// A headline with nothing printed under it before the next head.
function isBareHeadline(it: Item): boolean {
  return it.kind === 'article' && it.title !== null && it.bylines.length === 0 && it.body.length === 0 && !it.dateline && !it.caption && !it.credit && !it.on;
}

function isSubReport(it: Item | undefined): boolean {
  // Nothing a sub-report holds may be lost when it joins the package: a photo's caption or credit keeps it apart.
  return !!it && it.kind === 'article' && it.title !== null && it.kicker === null && it.subtitle === null && it.bylines.length > 0 && it.body.length > 0 && !it.dateline && !it.from && !it.caption && !it.credit && it.column === null;
}
