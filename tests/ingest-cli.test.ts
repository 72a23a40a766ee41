// The CLI on bad input: one unreadable file is named with the reason, every
// other file is still written, and the exit code says something went wrong.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parsePage } from '../src/ingest/index.ts';
import { compareCoverage } from '../src/ingest/text-coverage.ts';
import { z } from 'zod';
import type { Entry } from '../src/schema/entry.ts';
import { FileReportSchema } from '../src/schema/file-report.ts';
import type { Page } from '../src/schema/page.ts';

const tsx = join(import.meta.dirname, '../node_modules/.bin/tsx');
const cli = join(import.meta.dirname, '../scripts/ingest.ts');

function runCli(args: string[]) {
  return spawnSync(tsx, [cli, ...args], { encoding: 'utf8' });
}

describe('ingest CLI', () => {
  const root = mkdtempSync(join(tmpdir(), 'ingest-'));
  const input = join(root, 'raw');
  const day = join(input, 'test-daily', '2024-05-06');
  mkdirSync(day, { recursive: true });
  writeFileSync(join(input, 'test-daily', 'paper.json'), JSON.stringify({ name: '测试日报' }));
  writeFileSync(join(day, '01.txt'), '春耕备耕正当时\n\n记者 王海涛\n\n本报讯 眼下正是春耕备耕的关键时期。\n');
  writeFileSync(join(day, '02.txt'), new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52, 0, 0]));
  writeFileSync(join(day, '03.txt'), '');

  it('names the unreadable file, writes the others and exits 1', () => {
    const out = join(root, 'entries');
    const json = join(root, 'export.json');
    const r = runCli(['--input', input, '--out', out, '--json', json]);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('test-daily/2024-05-06/02.txt: error cannot be read as text');
    expect(r.stderr).toContain('test-daily/2024-05-06/03.txt: warning the page holds no text');
    expect(r.stdout).toMatch(/3 files \(1 unreadable\), 1 items/);
    const entries = JSON.parse(readFileSync(join(out, 'articles.json'), 'utf8')) as Entry[];
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({ id: 'test-daily-20240506-01-01', paper: '测试日报', date: '2024-05-06', page: 1, title: '春耕备耕正当时' });
    expect(JSON.parse(readFileSync(json, 'utf8'))).toEqual(entries);
  });

  it('reports a broken sidecar by its file, reads its pages by their path alone and writes the report for the site', () => {
    const side = join(root, 'sidecars');
    const dir = join(side, 'bad-paper', '2024-02-03');
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(side, 'bad-paper', 'paper.json'), '{ name: "没有引号" }');
    writeFileSync(join(dir, '01.txt'), '标题一则\n\n正文。\n');
    writeFileSync(join(dir, '02.txt'), '标题二则\n\n正文。\n');
    writeFileSync(join(dir, '02.json'), JSON.stringify({ page: 'two', pageName: '要闻' }));
    const out = join(root, 'e-side');
    const r = runCli(['--input', side, '--out', out, '--quiet']);
    // Every page was read, so this is no failure: the messages say what to fix.
    expect(r.status).toBe(0);
    expect(r.stderr).toContain('bad-paper/paper.json: error sidecar is not valid JSON');
    expect(r.stderr).toContain('bad-paper/2024-02-03/02.json: error sidecar field "page"');
    const pages = JSON.parse(readFileSync(join(out, 'pages.json'), 'utf8')) as Page[];
    expect(pages.map((p) => [p.file, p.paper, p.paperId, p.date, p.page, p.pageName])).toEqual([
      ['bad-paper/2024-02-03/01.txt', 'bad-paper', 'bad-paper', '2024-02-03', 1, null],
      ['bad-paper/2024-02-03/02.txt', 'bad-paper', 'bad-paper', '2024-02-03', 2, null],
    ]);
    const files = z.record(z.string(), FileReportSchema).parse(JSON.parse(readFileSync(join(out, 'files.json'), 'utf8')));
    expect(Object.keys(files)).toEqual(['bad-paper/paper.json', 'bad-paper/2024-02-03/02.json']);
    expect(files['bad-paper/2024-02-03/02.json']!.messages.map((m) => [m.file, m.severity, m.ruleId])).toEqual([['bad-paper/2024-02-03/02.json', 'error', 'sidecar-schema']]);
  });

  it('writes an empty report on other files when every sidecar is sound', () => {
    const out = join(root, 'e-sound');
    runCli(['--input', input, '--out', out, '--quiet']);
    expect(readFileSync(join(out, 'files.json'), 'utf8')).toBe('{}\n');
  });

  it('exits 0 when every file is read, and 2 with a hint on a missing input folder', () => {
    const good = join(root, 'good');
    mkdirSync(join(good, 'p', '2024-01-01'), { recursive: true });
    writeFileSync(join(good, 'p', '2024-01-01', '01.txt'), '标题\n\n正文。\n');
    expect(runCli(['--input', good, '--out', join(root, 'e2'), '--quiet']).status).toBe(0);
    const missing = runCli(['--input', join(root, 'nope')]);
    expect(missing.status).toBe(2);
    expect(missing.stderr).toContain('--input');
  });
});

describe('bad input to the parser', () => {
  it('keeps a 5 MB single line whole', () => {
    const text = '长'.repeat(5 * 1024 * 1024 / 3) + '。';
    const r = parsePage({ file: 'big.txt', bytes: new TextEncoder().encode(text), sidecar: null });
    expect(r.entries).toHaveLength(1);
    expect(r.entries[0]!.paragraphs.join('')).toBe(text);
  });

  it('keeps HTML and script tags verbatim as text', () => {
    const html = '标题<b>加粗</b>\n\n本报讯 正文里有<script>alert(1)</script>和<img src=x onerror=alert(1)>，还有&amp;。\n';
    const r = parsePage({ file: 'h.txt', bytes: new TextEncoder().encode(html), sidecar: null });
    const all = r.entries.flatMap((e) => [e.title, ...e.paragraphs]).join('\n');
    expect(all).toContain('<script>alert(1)</script>');
    expect(all).toContain('<img src=x onerror=alert(1)>');
    expect(all).toContain('&amp;');
    expect(compareCoverage(r.page, r.entries)).toEqual({ lost: '', extra: '' });
  });

  it('reports an empty file and makes no entry', () => {
    const r = parsePage({ file: 'e.txt', bytes: new Uint8Array(), sidecar: null });
    expect(r.entries).toEqual([]);
    expect(r.messages.map((m) => m.ruleId)).toEqual(['empty-page']);
  });
});

