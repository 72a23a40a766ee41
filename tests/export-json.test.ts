// The CLI's one-array data export (`ingest --json`), made entry by entry so an
// archive of any size is written without one string of all of it.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { exportPieces } from '../src/schema/archive-files.ts';
import { writeExport } from '../src/ingest-run/write-output.ts';
import type { IngestResult } from '../src/ingest-run/run-ingest.ts';
import { loadFixture } from './site/fixture.ts';

// What the export has always been: the whole array stringified at once.
const whole = (entries: readonly unknown[]) => JSON.stringify(entries, null, 1).replace(/[\u007f-\u009f]/g, (c) => `\\u00${c.charCodeAt(0).toString(16)}`) + '\n';

const root = mkdtempSync(join(tmpdir(), 'export-json-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('the one-array data export', () => {
  const { entries } = loadFixture();
  // Enough entries for several pieces, the last one short.
  const many = Array.from({ length: 450 }, (_, i) => ({ ...entries[i % entries.length]!, id: `e${i}` }));

  it('is, byte for byte, the whole array stringified with a one-space indent, at any count', () => {
    for (const list of [[], [entries[0]], entries, many, [{ a: [], b: {}, c: [1, [2, { d: 'x\ny\u0085' }]], e: null }]]) {
      expect([...exportPieces(list)].join(''), `${list.length} entries`).toBe(whole(list));
    }
  });

  it('comes in pieces of a few hundred entries, none of them the whole export', () => {
    const pieces = [...exportPieces(many)];
    expect(pieces.length).toBe(3);
    const total = pieces.reduce((n, p) => n + p.length, 0);
    for (const p of pieces) expect(p.length).toBeLessThan(total / 2);
  });

  it('is written to the file given, whole', async () => {
    const file = join(root, 'out', 'export.json');
    await writeExport(file, { entries: many } as unknown as IngestResult);
    expect(readFileSync(file, 'utf8')).toBe(whole(many));
  });
});
