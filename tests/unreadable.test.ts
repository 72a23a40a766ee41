// Files and folders the file system will not read (permissions): each is named
// with the reason and what to do, every other file is read and written, and
// ingest exits 1, with no stack trace.
import { spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import type { Entry } from '../src/schema/entry.ts';
import { FileReportSchema } from '../src/schema/file-report.ts';
import { unprivilegedPrefix } from './support/unprivileged.ts';

const tsx = join(import.meta.dirname, '../node_modules/.bin/tsx');
const cli = join(import.meta.dirname, '../scripts/ingest.ts');
const prefix = unprivilegedPrefix();

function write(path: string, text: string, mode?: number): void {
  mkdirSync(join(path, '..'), { recursive: true });
  writeFileSync(path, text);
  if (mode !== undefined) chmodSync(path, mode);
}

describe.skipIf(prefix === null)('ingest with unreadable files and folders', () => {
  const root = mkdtempSync(join(tmpdir(), 'ingest-unreadable-'));
  const raw = join(root, 'raw');
  const page = (title: string) => `${title}\n\n本报讯 ${title}的正文。\n`;
  write(join(raw, 'test-daily/paper.json'), JSON.stringify({ name: '测试日报' }));
  write(join(raw, 'test-daily/2024-05-06/01.txt'), page('春耕备耕正当时'));
  write(join(raw, 'test-daily/2024-05-06/02.txt'), page('读不到的版面'), 0o000);
  write(join(raw, 'test-daily/2024-05-07/01.txt'), page('读不到的文件夹里的版面'));
  chmodSync(join(raw, 'test-daily/2024-05-07'), 0o000);
  write(join(raw, 'other/paper.json'), JSON.stringify({ name: '别的报' }), 0o000);
  write(join(raw, 'other/2024-05-06/01.txt'), page('另一份报纸'));
  write(join(raw, 'vault/2024-05-06/第一篇.md'), '# 第一篇文章\n\n正文一。\n');
  write(join(raw, 'vault/2024-05-06/第二篇.md'), '# 第二篇文章\n\n正文二。\n', 0o000);

  const run = (out: string) => {
    const [command, ...args] = [...prefix!, tsx, cli, '--input', raw, '--out', join(root, out), '--json', join(root, `${out}.json`), '--no-cache'];
    return spawnSync(command, args, { encoding: 'utf8' });
  };

  it('names each with the reason and what to do, writes everything else and exits 1', () => {
    const r = run('entries');
    expect(r.stderr).not.toMatch(/\n\s+at /);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('test-daily/2024-05-06/02.txt: error file cannot be read: permission denied (EACCES); its text is not in the archive [unreadable-file]\n  Let the user running ingest read the file (chmod a+r on it)');
    expect(r.stderr).toContain('vault/2024-05-06/第二篇.md: error file cannot be read: permission denied (EACCES)');
    expect(r.stderr).toContain('test-daily/2024-05-07: error folder cannot be read: permission denied (EACCES); nothing in it is in the archive [unreadable-folder]\n  Let the user running ingest list and enter the folder (chmod a+rx on it)');
    expect(r.stderr).toContain('other/paper.json: error sidecar cannot be read: permission denied (EACCES); its pages are read without it [unreadable-sidecar]');
    expect(r.stdout).toMatch(/ingest: 5 files \(2 unreadable\), 1 folder and 1 sidecar unreadable, 3 items: .*; 0 warnings, 4 errors/);
    expect(r.stderr).toContain('ingest: not read (see the errors above): other/paper.json (sidecar), test-daily/2024-05-07 (folder), test-daily/2024-05-06/02.txt, vault/2024-05-06/第二篇.md\n');

    const entries = JSON.parse(readFileSync(join(root, 'entries/articles.json'), 'utf8')) as Entry[];
    expect(entries.map((e) => [e.source.file, e.paper, e.title])).toEqual([
      ['other/2024-05-06/01.txt', 'other', '另一份报纸'],
      ['test-daily/2024-05-06/01.txt', '测试日报', '春耕备耕正当时'],
      ['vault/2024-05-06/第一篇.md', null, '第一篇文章'],
    ]);
    expect(JSON.parse(readFileSync(join(root, 'entries.json'), 'utf8'))).toEqual(entries);
    // The site's ingest report lists each, with the same message.
    const files = z.record(z.string(), FileReportSchema).parse(JSON.parse(readFileSync(join(root, 'entries/files.json'), 'utf8')));
    expect(Object.values(files).flatMap((f) => f.messages.map((m) => [m.file, m.ruleId]))).toEqual([
      ['other/paper.json', 'unreadable-sidecar'],
      ['test-daily/2024-05-07', 'unreadable-folder'],
      ['test-daily/2024-05-06/02.txt', 'unreadable-file'],
      ['vault/2024-05-06/第二篇.md', 'unreadable-file'],
    ]);
  });

  it('reads them all, and exits 0, once they are readable again', () => {
    for (const f of ['test-daily/2024-05-06/02.txt', 'other/paper.json', 'vault/2024-05-06/第二篇.md']) chmodSync(join(raw, f), 0o644);
    chmodSync(join(raw, 'test-daily/2024-05-07'), 0o755);
    const r = run('entries-again');
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/ingest: 6 files \(0 unreadable\), 6 items/);
  });
});
