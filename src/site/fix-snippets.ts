import type { Entry } from '../schema/entry.ts';
import type { Page } from '../schema/page.ts';
import { fileLineOf, pageLineOf } from '../schema/page-file.ts';
import { readLine } from '../text/line-markup.ts';

// For each fragment and each warning of a page that a correction can resolve,
// the report offers the corrections file lines that would, ready to paste: a
// curator need not read the format first. Anchors are the lines' own text, as
// the corrections file wants them, with the line number as a hint.

/** A correction the report offers: the corrections file to paste it into, what it is for, and the YAML. */
export interface FixSnippet {
  file: string;
  /** What the snippet resolves, in a few words (Chinese, for the report). */
  about: string;
  yaml: string;
}

// Enough of a line to find it on the page, short enough to read.
const ANCHOR_CHARS = 16;

/** The corrections file beside a page or article file: `01.txt` → `01.fix.yaml`. */
export function fixFileFor(file: string): string {
  return file.replace(/\.[^./]*$/, '') + '.fix.yaml';
}

/** Whether fixSnippets has anything to offer for the page: a fragment, or a warning a correction resolves (so the report reads the full records only then). */
export function offersFixes(page: Pick<Page, 'messages'>, items: readonly Pick<Entry, 'kind'>[]): boolean {
  return items.some((e) => e.kind === 'fragment') || page.messages.some((m) => m.ruleId === CREDIT_ALONE && m.line !== null);
}

// A photo credit with no caption, left standing alone as a photo.
const CREDIT_ALONE = 'credit-without-caption';

/** Ready-to-paste corrections for the page's fragments and for the warnings a correction resolves. */
export function fixSnippets(page: Page, items: readonly Entry[]): FixSnippet[] {
  const lineText = (n: number) => readLine(page.lines[n - 1] ?? '', n).text;
  const anchor = (n: number) => JSON.stringify([...lineText(n)].slice(0, ANCHOR_CHARS).join(''));
  const headOf = (e: Entry) => JSON.stringify([...(e.title ?? e.kicker ?? e.paragraphs[0] ?? e.caption ?? '')].slice(0, ANCHOR_CHARS).join(''));
  const above = (e: Entry) => items.slice(0, items.indexOf(e)).findLast((x) => x.kind !== 'fragment' && x.kind !== 'advertisement');
  const out: FixSnippet[] = [];
  for (const e of items) {
    if (e.kind !== 'fragment') continue;
    const [first, last] = [e.source.lines[0]![0], e.source.lines.at(-1)![1]];
    const at = fileLineOf(page, first);
    const lines = first === last ? anchor(first) : `[${anchor(first)}, ${anchor(last)}]`;
    const prev = above(e);
    const own = [`- op: set`, `  item: ${headOf(e)}`, `  near: ${at.line}`, `  kind: brief`, `  title: ${JSON.stringify(lineText(first))}`];
    const yaml = prev
      ? [`# 第 ${at.line} 行起的片段属于上一条「${prev.title ?? ''}」时：`, `- op: move`, `  lines: ${lines}`, `  near: ${at.line}`, `  to: ${headOf(prev)}`, `# 它自成一条（首行是标题）时，改用：`, ...own.map((l) => `# ${l}`)]
      : [`# 第 ${at.line} 行起的片段自成一条、首行是标题时：`, ...own];
    out.push({ file: fixFileFor(at.file), about: `第 ${at.line} 行起的片段`, yaml: yaml.join('\n') });
  }
  for (const m of page.messages) {
    if (m.ruleId !== CREDIT_ALONE || m.line === null) continue;
    // The credit stood alone as a photo: it is the credit of the photo or item printed above it.
    const at = pageLineOf(page, m.file, m.line);
    const n = items.find((e) => e.source.lines.some(([a, b]) => a <= at && at <= b));
    const prev = n && above(n);
    if (!n || !prev) continue;
    const first = n.source.lines[0]![0];
    const yaml = [`- op: move`, `  lines: ${anchor(first)}`, `  near: ${m.line}`, `  to: ${headOf(prev)}`, `- op: mark`, `  line: ${anchor(first)}`, `  near: ${m.line}`, `  as: credit`];
    out.push({ file: fixFileFor(m.file), about: `第 ${m.line} 行单独的图片署名`, yaml: yaml.join('\n') });
  }
  return out;
}
