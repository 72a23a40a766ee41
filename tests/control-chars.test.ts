// Control characters in pages and file names: a page with a few is read and each
// is reported by line and column; entries and the data export keep them, the
// site's text leaves them out, and the CLI never prints them raw.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { exportPieces } from '../src/schema/archive-files.ts';
import { parsePage } from '../src/ingest/index.ts';
import { formatMessage } from '../src/ingest/messages.ts';
import { compareCoverage } from '../src/ingest/text-coverage.ts';
import { forSite } from '../src/site/site-json.ts';
import { xmlText } from '../src/site/xml.ts';
import type { Entry } from '../src/schema/entry.ts';
import { encodePage } from '../src/generate/encode.ts';

const utf8 = (s: string) => new TextEncoder().encode(s);
const page = (text: string, bytes: Uint8Array = utf8(text)) => parsePage({ file: 'p/2024-05-06/01.txt', bytes, sidecar: null });
const texts = (entries: Entry[]) => entries.flatMap((e) => [e.title, ...e.paragraphs]).join('\n');

describe('a page with a few control characters', () => {
  // NUL, ESC (a colour code), VT, FF, DEL and a C1 control, on lines 3 to 5.
  const text = '春耕备耕正当时\n\n本报讯 眼下\u0000正是\u001b[31m春耕\u001b[0m的关键时期。\n农技人员\u000b深入田间\u000c地头。\n种子\u007f化肥\u0085供应充足。\n';

  it('is read, its text kept in the entries (control characters included) and none lost', () => {
    const r = page(text);
    expect(r.page.encoding).toBe('utf-8');
    expect(r.messages.filter((m) => m.severity === 'error')).toEqual([]);
    const all = texts(r.entries);
    for (const s of ['眼下\u0000正是', '\u001b[31m春耕\u001b[0m', '种子\u007f化肥\u0085供应充足']) expect(all).toContain(s);
    expect(compareCoverage(r.page, r.entries)).toEqual({ lost: '', extra: '' });
  });

  it('reports each control character with its line and column, one message per line', () => {
    const controls = page(text).messages.filter((m) => m.ruleId === 'control-char');
    expect(controls.map((m) => [m.line, m.column, m.severity])).toEqual([
      [3, 7, 'warning'],
      [4, 5, 'warning'],
      [5, 3, 'warning'],
    ]);
    expect(controls[0]!.reason).toBe('3 control characters in the text: U+0000 (NUL) at column 7, U+001B (ESC) at column 10, U+001B (ESC) at column 17');
    expect(controls[1]!.reason).toBe('2 control characters in the text: U+000B (VT) at column 5, U+000C (FF) at column 10');
    expect(controls[2]!.reason).toBe('2 control characters in the text: U+007F (DEL) at column 3, U+0085 at column 6');
    expect(controls[0]!.hint).toMatch(/delete them/);
  });

  it('names the first lines one by one and counts the rest when many lines hold them', () => {
    const lines = Array.from({ length: 30 }, (_, i) => `第${i + 1}段正文，内容较长的一行文字\u000b续行。`);
    const controls = page(`标题\n\n${lines.join('\n')}\n`).messages.filter((m) => m.ruleId === 'control-char');
    expect(controls).toHaveLength(21);
    expect(controls.slice(0, 20).map((m) => m.line)).toEqual(Array.from({ length: 20 }, (_, i) => i + 3));
    expect(controls[20]).toMatchObject({ line: 23, reason: 'control characters on 10 more lines, from line 23 on (only the first 20 lines are named one by one)' });
  });

  it('is read in GB18030 too, where a NUL byte once made the page unreadable', () => {
    const r = page('', encodePage('标题一则\n\n本报讯 正文\u0000有一个空字符。\n', 'gb18030'));
    expect(r.page.encoding).toBe('gb18030');
    expect(texts(r.entries)).toContain('正文\u0000有一个空字符');
  });

  it('is told from a binary file, which is still refused with a clear error', () => {
    // More than a few control characters, and more than one in five of the characters printed.
    const binaryish = page('标题\n' + '\u0001\u0002\u0003abcdefghij'.repeat(10));
    expect(binaryish.page.encoding).toBeNull();
    expect(binaryish.messages).toMatchObject([{ severity: 'error', ruleId: 'decode-binary', reason: 'cannot be read as text: 30 of its 132 characters (whitespace aside) are control characters (it looks like a binary file)' }]);
    expect(page('标题\n' + '\u0001\u0002\u0003abcdefghijkl'.repeat(10)).page.encoding).toBe('utf-8');
    // Nothing but control characters (a file of zeros) is no page either.
    expect(page('\u0000\u0000\u0000\n').messages).toMatchObject([{ ruleId: 'decode-binary', reason: 'cannot be read as text: it holds nothing but control characters (3) and whitespace' }]);
    // As many on a long page are a few: it is read, as is a very short page with one or two.
    expect(page(`标题\n\n${'正文很长的一段话。'.repeat(40)}${'\u0001'.repeat(30)}\n`).page.encoding).toBe('utf-8');
    expect(page('正\u0000文\u0000').page.encoding).toBe('utf-8');
  });
});

describe('control characters on the way out', () => {
  it('are written as \\xNN in messages for the terminal, file names included', () => {
    const line = formatMessage({ file: 'a\u001b[2Jb.txt', line: 2, column: 3, severity: 'warning', ruleId: 'control-char', reason: 'x \u0007 y', hint: 'h\u009bi' });
    expect(line).toBe('a\\x1b[2Jb.txt:2:3: warning x \\x07 y [control-char]\n  h\\x9bi');
  });

  it('are left out of the text the site renders, file names shown escaped', () => {
    const data = forSite([{ id: 'x', title: 'a\u0000b\u001bc', paragraphs: ['d\u000be\u0085f\tg'], source: { file: 'x\u001b.txt' } }]);
    expect(data).toEqual([{ id: 'x', title: 'abc', paragraphs: ['def\tg'], source: { file: 'x\\x1b.txt' } }]);
    expect(xmlText('a\u0000b\u000cc\u007fd\u0090e\ufffef & g')).toBe('abcdef &amp; g');
  });

  it('are kept, escaped, in the data export', () => {
    const entries = [{ title: 'a\u0000b\u001bc\u000bd\u000ce\u007ff\u009bg' }];
    const json = [...exportPieces(entries)].join('');
    expect(json).not.toMatch(/(?![\t\n\r])\p{Cc}/u);
    expect(json).toContain('a\\u0000b\\u001bc\\u000bd\\fe\\u007ff\\u009bg');
    expect(JSON.parse(json)).toEqual(entries);
  });
});

describe('ingest CLI and control characters in file names', () => {
  it('prints a file name holding an ESC sequence escaped', () => {
    const root = mkdtempSync(join(tmpdir(), 'ingest-ctl-'));
    const day = join(root, 'raw', 'p', '2024-05-06');
    mkdirSync(day, { recursive: true });
    writeFileSync(join(day, '01\u001b[31m.txt'), '');
    const r = spawnSync(join(import.meta.dirname, '../node_modules/.bin/tsx'), [join(import.meta.dirname, '../scripts/ingest.ts'), '--input', join(root, 'raw'), '--out', join(root, 'out'), '--no-cache'], { encoding: 'utf8' });
    expect(r.stderr).toContain('p/2024-05-06/01\\x1b[31m.txt: warning the page holds no text');
    expect(r.stderr + r.stdout).not.toContain('\u001b');
    const pages = JSON.parse(readFileSync(join(root, 'out', 'pages.json'), 'utf8')) as { file: string }[];
    expect(pages.map((p) => p.file)).toEqual(['p/2024-05-06/01\u001b[31m.txt']);
  });
});
