// Corrections files in the input folder: found beside their pages, applied by
// every ingest (the parse cache holds pages as parsed, before corrections), and
// reported with the files they are in.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { listInput } from '../src/ingest-run/read-input.ts';
import { runIngest } from '../src/ingest-run/run-ingest.ts';

function folder(files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), 'corrections-'));
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(root, path, '..'), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  return root;
}

const PAGE = '老街换新颜\n\n通讯员 李静\n\n城南老街改造工程近日完工，青石板路重现旧貌。\n\n居民纷纷点赞，周末前来游玩的市民络绎不绝。\n';
const ARTICLE = '\n老街换新颜\n\n\u3000\u3000城南老街改造工程近日完工，青石板路重现旧貌。\n\u3000\u3000居民纷纷点赞，周末前来游玩的市民络绎不绝。\n';

describe('corrections files in the input folder', () => {
  it('are sidecars of the page they are named after, whatever the case; one with no page is named', async () => {
    const root = folder({ 'p/2024-01-01/01.TXT': PAGE, 'p/2024-01-01/01.Fix.YAML': '[]\n', 'p/2024-01-01/09.fix.yaml': '[]\n' });
    const { files, messages } = await listInput(root);
    expect(files.map((f) => [f.file, f.corrections?.file])).toEqual([['p/2024-01-01/01.TXT', 'p/2024-01-01/01.Fix.YAML']]);
    expect(messages.map((m) => [m.file, m.ruleId])).toEqual([['p/2024-01-01/09.fix.yaml', 'corrections-without-page']]);
    expect(messages[0]!.reason).toContain('09.txt');
  });

  it('are applied on every ingest, from the parse cache too, with their messages under their own file', async () => {
    const root = folder({
      'p/2024-01-01/01.txt': PAGE,
      'p/2024-01-01/01.fix.yaml': '- op: split\n  line: 居民纷纷点赞\n- op: set\n  item: 居民纷纷点赞\n  title: 不在页上的字\n',
    });
    const cache = mkdtempSync(join(tmpdir(), 'corrections-cache-'));
    for (const run of [1, 2]) {
      const r = await runIngest(root, { cache, workers: 0 });
      expect(r.stats.fromCache).toBe(run === 1 ? 0 : 1);
      expect(r.entries).toHaveLength(2);
      expect(r.entries[1]!.corrections?.[0]?.op).toBe('split');
      expect(r.pages[0]!.corrections![0]!.outcomes.map((o) => o.status)).toEqual(['applied', 'not-applied']);
      expect(r.fileReports.map((f) => [f.file, f.messages.map((m) => [m.line, m.ruleId])])).toEqual([['p/2024-01-01/01.fix.yaml', [[3, 'correction-not-applied']]]]);
    }
  });

  it('beside a page that was not read (a byte copy of another) are named, not applied to the other', async () => {
    const root = folder({
      'a/paper.json': '{"paper": "某报"}',
      'a/20240101/20240101-01-1.txt': ARTICLE,
      'a/20240101/20240101-01-2.txt': ARTICLE,
      'a/20240101/20240101-01-2.fix.yaml': '- op: split\n  line: 居民纷纷点赞\n',
    });
    const r = await runIngest(root, { cache: false, workers: 0 });
    expect(r.entries).toHaveLength(1);
    const m = r.messages.find((x) => x.file === 'a/20240101/20240101-01-2.fix.yaml');
    expect(m).toMatchObject({ severity: 'warning', ruleId: 'correction-not-applied' });
  });

  it('beside an article file, count its near hints in the file\'s own lines', async () => {
    const root = folder({
      'a/paper.json': '{"paper": "某报"}',
      'a/20240101/20240101-01-1.txt': ARTICLE,
      'a/20240101/20240101-01-2.txt': ARTICLE.replace('老街换新颜', '老街又换新颜'),
      'a/20240101/20240101-01-2.fix.yaml': '- op: split\n  line: 居民纷纷点赞\n  near: 5\n',
    });
    const r = await runIngest(root, { cache: false, workers: 0 });
    expect(r.pages).toHaveLength(1);
    const split = r.entries.find((e) => e.corrections?.some((c) => c.before !== null))!;
    // The second file's fifth line, not the first file's.
    expect(split.source.file).toBe('a/20240101/20240101-01-2.txt');
    expect(r.entries.map((e) => e.paragraphs.length)).toEqual([2, 1, 1]);
  });
});
