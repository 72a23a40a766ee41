// `npm run build` on input with an unreadable page and a page holding control
// characters: the site is built from what was read (to preview it), the build
// exits 1 so a deploy stops unless ARCHIVE_ALLOW_ERRORS=1; the HTML and XML carry
// no control character, the data export keeps them escaped.
import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import type { Entry } from '../../src/schema/entry.ts';
import { unprivilegedPrefix } from '../support/unprivileged.ts';
import { cleanEnv, repoRoot } from './support/build-site.ts';

const prefix = unprivilegedPrefix();
// Inside the repository, as the other e2e builds (see build-site.ts).
const work = join(repoRoot, 'dist-e2e', `build-errors-${process.pid}`);
const CONTROLS = /(?![\t\n\r])\p{Cc}/u;

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true }).filter((d) => d.isFile()).map((d) => join(d.parentPath, d.name));
}

describe.skipIf(prefix === null)('npm run build with errors in the input', () => {
  const tmp = mkdtempSync(join(tmpdir(), 'build-errors-'));
  const day = join(tmp, 'raw', 'test-daily', '2024-05-06');
  mkdirSync(day, { recursive: true });
  writeFileSync(join(day, '01.txt'), '春耕\u0000备耕\u001b[1m正当时\n\n本报讯 眼下\u000b正是\u000c春耕\u007f的关键\u0085时期。\n');
  writeFileSync(join(day, '02.txt'), '读不到的版面\n\n本报讯 正文。\n');
  chmodSync(join(day, '02.txt'), 0o000);
  writeFileSync(join(day, '03.txt'), '夏收夏种\n\n本报讯 正文。\n');
  const env = {
    ...cleanEnv(),
    ARCHIVE_INPUT: join(tmp, 'raw'),
    ARCHIVE_ENTRIES: join(tmp, 'entries'),
    ARCHIVE_PARSE_CACHE: join(tmp, 'parse-cache'),
    ARCHIVE_CACHE_DIR: join(work, 'cache'),
  };
  const dist = join(work, 'dist');
  const build = (extra: Record<string, string> = {}) => {
    const [command, ...args] = [...prefix!, process.execPath, join(repoRoot, 'node_modules/tsx/dist/cli.mjs'), 'scripts/build.ts', '--outDir', dist];
    return spawnSync(command, args, { cwd: repoRoot, env: { ...env, ...extra }, encoding: 'utf8' });
  };
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  it('builds the site from what was read and exits 1, naming the file and the switch', () => {
    const r = build();
    expect(r.stderr).toContain('test-daily/2024-05-06/02.txt: error file cannot be read: permission denied (EACCES)');
    expect(r.stderr).toContain('exiting 1 so that a deploy stops');
    expect(r.stderr).toContain('ARCHIVE_ALLOW_ERRORS=1');
    expect(r.status).toBe(1);
    expect(readFileSync(join(dist, 'article/test-daily-20240506-03-01/index.html'), 'utf8')).toContain('夏收夏种');
    expect(existsSync(join(dist, 'page/test-daily-20240506-02/index.html'))).toBe(false);
    expect(readFileSync(join(dist, 'report/index.html'), 'utf8')).toContain('test-daily/2024-05-06/02.txt');
  });

  it('leaves control characters out of every HTML and XML file and keeps them, escaped, in the data export', () => {
    const article = readFileSync(join(dist, 'article/test-daily-20240506-01-01/index.html'), 'utf8');
    expect(article).toContain('春耕备耕[1m正当时');
    expect(article).toContain('眼下正是春耕的关键时期');
    for (const f of filesUnder(dist).filter((f) => /\.(?:html|xml)$/.test(f))) expect(CONTROLS.test(readFileSync(f, 'utf8')), f).toBe(false);
    const parts = readdirSync(join(dist, 'data/articles')).filter((f) => f.endsWith('.ndjson.gz'));
    const exported = parts.map((f) => gunzipSync(readFileSync(join(dist, 'data/articles', f))).toString('utf8')).join('');
    expect(exported).not.toMatch(CONTROLS);
    expect(exported).toContain('春耕\\u0000备耕\\u001b[1m正当时');
    const entries = exported.trim().split('\n').map((l) => JSON.parse(l) as Entry);
    expect(entries.find((e) => e.id === 'test-daily-20240506-01-01')!.paragraphs.join('')).toContain('眼下\u000b正是\u000c春耕\u007f的关键\u0085时期');
  });

  it('exits 0 when ARCHIVE_ALLOW_ERRORS=1', () => {
    const r = build({ ARCHIVE_ALLOW_ERRORS: '1' });
    expect(r.stderr).toContain('test-daily/2024-05-06/02.txt: error file cannot be read');
    expect(r.status).toBe(0);
    expect(existsSync(join(dist, 'index.html'))).toBe(true);
  });
});
