// The input folder as ingest sees it: pages, their sidecars, and every other
// file named in a message instead of passed over in silence.
import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { listInput } from '../src/ingest-run/read-input.ts';

function folder(files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), 'read-input-'));
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(root, path, '..'), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  return root;
}

describe('listing the input folder', () => {
  it('names every file it does not read, and passes over hidden ones', async () => {
    const root = folder({
      'p/2024-01-01/01.txt': '标题\n\n正文。\n',
      'p/2024-01-01/02.html': '<h1>标题</h1>',
      'p/2024-01-01/03.json': '{"pageName": "要闻"}',
      'p/2024-01-01/.DS_Store': '',
      'p/notes.docx': 'PK',
    });
    const { files, messages } = await listInput(root);
    expect(files.map((f) => f.file)).toEqual(['p/2024-01-01/01.txt']);
    // A folder's stray sidecars come as they are met, its other files after them.
    expect(messages.map((m) => [m.file, m.severity, m.ruleId])).toEqual([
      ['p/2024-01-01/03.json', 'warning', 'sidecar-without-page'],
      ['p/2024-01-01/02.html', 'warning', 'not-a-page'],
      ['p/notes.docx', 'warning', 'not-a-page'],
    ]);
    expect(messages[0]!.reason).toContain('03.txt');
    expect(messages.every((m) => m.hint)).toBe(true);
  });

  it('names many files of one kind in one folder in one message, with how many and the first few', async () => {
    const scans = Object.fromEntries(['01', '02', '03', '04', '05'].map((n) => [`p/2024-01-01/${n}.JPG`, 'img']));
    // Scans of pages whose text is not here: none is a page's scan.
    const root = folder({ ...scans, 'p/2024-01-01/10.txt': '正文。\n', 'p/2024-01-01/a.pdf': '%PDF', 'p/2024-01-01/b.pdf': '%PDF' });
    const { messages } = await listInput(root);
    expect(messages.map((m) => [m.file, m.reason])).toEqual([
      ['p/2024-01-01/*.jpg', '5 .jpg files not read (01.JPG, 02.JPG, 03.JPG and 2 more): only .txt and .md files are read'],
      ['p/2024-01-01/a.pdf', 'not read: only .txt and .md files are read'],
      ['p/2024-01-01/b.pdf', 'not read: only .txt and .md files are read'],
    ]);
  });

  it('records a scan beside a page file on that page, and names only the files no page claims', async () => {
    const root = folder({
      'p/2024-01-01/01.txt': '正文。\n',
      'p/2024-01-01/01.JPG': 'img',
      'p/2024-01-01/02.txt': '正文。\n',
      'p/2024-01-01/02.pdf': '%PDF',
      'p/2024-01-01/02.webp': 'img',
      'p/2024-01-01/03.txt': '正文。\n',
      'p/2024-01-01/04.png': 'img',
    });
    const { files, messages } = await listInput(root);
    expect(files.map((f) => [f.file, f.scan])).toEqual([
      ['p/2024-01-01/01.txt', { file: 'p/2024-01-01/01.JPG', kind: 'image' }],
      // An image before a PDF; the PDF left over is named.
      ['p/2024-01-01/02.txt', { file: 'p/2024-01-01/02.webp', kind: 'image' }],
      ['p/2024-01-01/03.txt', null],
    ]);
    expect(messages.map((m) => m.file)).toEqual(['p/2024-01-01/02.pdf', 'p/2024-01-01/04.png']);
  });

  it('takes an image beside an article file for no page scan, and names it', async () => {
    const root = folder({
      '20240101/20240101-01-1.txt': '标题\n\u3000\u3000正文。\n',
      '20240101/20240101-01-1.jpg': 'img',
      '20240101/20240101-01-2.txt': '标题\n\u3000\u3000正文。\n',
    });
    const { files, messages } = await listInput(root);
    expect(files.map((f) => [f.layout.unit, f.scan])).toEqual([['article', null], ['article', null]]);
    expect(messages.map((m) => m.file)).toEqual(['20240101/20240101-01-1.jpg']);
  });

  it('pairs a page with its sidecar whatever the case of their extensions', async () => {
    const root = folder({ 'p/2024-01-01/01.TXT': '正文。\n', 'p/2024-01-01/01.json': '{"pageName": "要闻"}', 'p/paper.json': '{"name": "某报"}' });
    const { files, messages } = await listInput(root);
    expect(messages).toEqual([]);
    expect(files).toMatchObject([{ file: 'p/2024-01-01/01.TXT', sidecar: { name: '某报', pageName: '要闻' } }]);
  });

  it('follows links to pages and folders, reads a folder reached twice once, and names a link to nothing', async () => {
    const root = folder({ 'p/2024-01-01/01.txt': '正文。\n', 'elsewhere/02.txt': '正文。\n' });
    symlinkSync(join(root, 'elsewhere/02.txt'), join(root, 'p/2024-01-01/02.txt'));
    symlinkSync(root, join(root, 'p/loop'));
    symlinkSync(join(root, 'gone.txt'), join(root, 'p/2024-01-01/03.txt'));
    const { files, messages } = await listInput(root);
    expect(files.map((f) => f.file)).toEqual(['elsewhere/02.txt', 'p/2024-01-01/01.txt', 'p/2024-01-01/02.txt']);
    expect(messages.map((m) => [m.file, m.ruleId])).toEqual([['p/2024-01-01/03.txt', 'not-a-page']]);
  });
});
