import type { RootContent } from 'mdast';
import { remark } from 'remark';
import remarkFrontmatter from 'remark-frontmatter';
import { parse as parseYaml } from 'yaml';
import { blockOf, type ArticleParts } from './article-parts.ts';
import { readCitedByline } from './article-byline.ts';
import type { Block } from './article-body.ts';
import type { Line } from './lines.ts';

const markdown = remark().use(remarkFrontmatter, ['yaml']);
// A series line under the title: 系列：…
const SERIES = /^系列[：:]\s*\S/u;

/**
 * Splits a Markdown article file as crawlers write them: YAML front matter,
 * `### 引题`, `# 主题`, `## ——副题`, `> 系列：…` and `> byline《报名》（…）` lines,
 * then paragraphs, `**subheads**` and later headings (subheads too). remark finds
 * the blocks and their lines; each block's text is its lines' printed text as
 * `splitLines` leaves it (markup at the start of a line and whole-line bold set
 * apart, anything else kept as the file has it), so the coverage check counts
 * the same characters the entry holds.
 */
export function splitMarkdownArticle(text: string, lines: Line[]): ArticleParts {
  const parts: ArticleParts = { kicker: null, title: null, subtitle: null, series: null, byline: null, body: [], frontMatter: null };
  const tree = markdown.parse(text);
  const linesOf = (node: RootContent) => lines.slice(node.position!.start.line - 1, node.position!.end.line).filter((l) => l.text !== '');
  let headDone = false;
  for (const node of tree.children) {
    if (node.type === 'yaml') {
      parts.frontMatter = { lines: [node.position!.start.line, node.position!.end.line], ...readFrontMatter(node.value) };
      continue;
    }
    const own = linesOf(node);
    if (own.length === 0) continue;
    if (node.type === 'heading' && !headDone) {
      const block = blockOf(own);
      // 引题 above the title, the title, then a 副题 right under it.
      if (node.depth >= 3 && !parts.title && !parts.kicker) parts.kicker = block;
      else if (node.depth === 1 && !parts.title) parts.title = block;
      else if (node.depth === 2 && parts.title && !parts.subtitle && !parts.series && !parts.byline) parts.subtitle = block;
      else if (node.depth === 2 && !parts.title && !parts.kicker) parts.title = block;
      else {
        headDone = true;
        parts.body.push(blockOf(own, true));
      }
      continue;
    }
    if (node.type === 'blockquote' && !headDone) {
      // Quote lines under the head are each their own: the series line, the byline line.
      for (const line of own) {
        if (!parts.series && SERIES.test(line.text)) parts.series = blockOf([line]);
        else if (!parts.byline && readCitedByline(line.text)) parts.byline = blockOf([line]);
        else parts.body.push(blockOf([line]));
      }
      continue;
    }
    headDone = true;
    parts.body.push(...bodyBlocks(node, own));
  }
  return parts;
}

// A paragraph is one block (its lines joined); a paragraph that is all bold, or a
// heading in the body, is a subhead; quotes, lists and the rest give one block a line.
function bodyBlocks(node: RootContent, own: Line[]): Block[] {
  if (node.type === 'heading') return [blockOf(own, true)];
  if (node.type === 'paragraph') {
    const bold = node.children.length === 1 && node.children[0]!.type === 'strong';
    return [blockOf(own, bold || own.every((l) => l.strong))];
  }
  return own.map((l) => blockOf([l], l.strong));
}

function readFrontMatter(value: string): { data: Record<string, unknown> | null; error: string | null } {
  try {
    const data: unknown = parseYaml(value);
    if (data && typeof data === 'object' && !Array.isArray(data)) return { data: data as Record<string, unknown>, error: null };
    return { data: null, error: 'it is not a list of fields (key: value)' };
  } catch (e) {
    return { data: null, error: (e as Error).message.split('\n')[0]! };
  }
}
