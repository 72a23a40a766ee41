import type { Entry } from '../schema/entry.ts';
import type { Label } from '../schema/page.ts';

/**
 * Gives each furniture label of a page to the item it came with: the item whose
 * lines it stands among (a photo marker, a box label), else the next item (the
 * archive's `第3版()` / `专栏:` before an item, the site's header before the first),
 * else the last (a footer). Section labels are already the items' `section`.
 */
export function fileFurniture(entries: Entry[], labels: readonly Label[]): void {
  if (entries.length === 0) return;
  const spans = entries.map((e) => [e.source.lines[0]![0], Math.max(...e.source.lines.map((r) => r[1]))] as const);
  for (const label of labels) {
    if (label.kind !== 'furniture') continue;
    let k = spans.findIndex(([from, to]) => from <= label.line && label.line <= to);
    if (k < 0) k = spans.findIndex(([from]) => from > label.line);
    if (k < 0) k = entries.length - 1;
    entries[k]!.furniture.push(label.text);
  }
}
