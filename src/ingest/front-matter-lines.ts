import type { FurnitureMeta } from './furniture.ts';
import type { Line } from './lines.ts';

/**
 * Crawlers that save one Markdown file per article open each with YAML front
 * matter (`---`, `title: …`, `date: …`, `section: "第05版"`, `---`), and a page
 * put together from such files (`cat` of a folder) carries one block per item.
 * The block is metadata, not printed text: its lines are marked as furniture (a
 * header, which closes the item above), and what they say of the page is kept.
 */
export function markFrontMatter(lines: Line[]): Line[] {
  let out: Line[] | null = null;
  for (let i = 0; i < lines.length; i++) {
    if (lines[i]!.raw.trim() !== FENCE) continue;
    // The block: `---`, then `key: value` lines only, then `---`.
    let j = i + 1;
    while (j < lines.length && KEY_VALUE.test(lines[j]!.raw)) j++;
    if (j === i + 1 || j >= lines.length || lines[j]!.raw.trim() !== FENCE) continue;
    out ??= [...lines];
    const meta = readMeta(lines.slice(i + 1, j));
    for (let k = i; k <= j; k++) out[k] = { ...lines[k]!, furniture: { role: 'header', meta: k === i ? meta : {} } };
    i = j;
  }
  return out ?? lines;
}

const FENCE = '---';
const KEY_VALUE = /^[A-Za-z_][\w-]*\s*:(?:\s|$)/u;

function readMeta(lines: Line[]): FurnitureMeta {
  const field = (key: string) => {
    const line = lines.find((l) => l.raw.startsWith(`${key}:`));
    return line ? line.raw.slice(key.length + 1).trim().replace(/^["']|["']$/gu, '') : '';
  };
  const meta: FurnitureMeta = {};
  const date = /^(\d{4}-\d{2}-\d{2})/u.exec(field('date'));
  if (date) meta.date = date[1]!;
  const page = /^第?0*(\d{1,3})版?$/u.exec(field('section'));
  if (page) meta.page = Number(page[1]);
  const name = field('section_name');
  if (name) meta.pageName = name;
  return meta;
}
