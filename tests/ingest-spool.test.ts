// Ingest spools each parsed page to a temporary file rather than holding it, and
// the writer spools each record beside the entries: neither file may outlive the run.
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it, onTestFinished, vi } from 'vitest';
import { runIngest, startIngest } from '../src/ingest-run/run-ingest.ts';
import { writeEntries } from '../src/ingest-run/write-output.ts';

const SAMPLES = fileURLToPath(new URL('../content/raw/', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'ingest-spool-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** A temporary folder of its own for the test, so other tests' files are not counted. */
function ownTmp(name: string): string {
  const made = mkdtempSync(join(dir, `${name}-`));
  vi.stubEnv('TMPDIR', made);
  onTestFinished(() => void vi.unstubAllEnvs());
  return made;
}

const spoolFiles = (tmp: string) => readdirSync(tmp, { recursive: true });

describe('the ingest spool', () => {
  it('holds the parsed pages while the run is open, and is gone once it is closed', async () => {
    const tmp = ownTmp('open');
    const run = await startIngest(SAMPLES, { cache: false, workers: 0 });
    expect(spoolFiles(tmp).length).toBeGreaterThan(0);
    const pages = [...run.pages()];
    expect(pages.length).toBe(12);
    run.close();
    expect(spoolFiles(tmp)).toEqual([]);
  });

  it('is gone when the pages are not all read (a writer that failed), once the run is closed', async () => {
    const tmp = ownTmp('failed');
    const run = await startIngest(SAMPLES, { cache: false, workers: 0 });
    const first = run.pages().next();
    expect(first.done).toBe(false);
    run.close();
    expect(spoolFiles(tmp)).toEqual([]);
  });

  it('is gone after runIngest, and the writer leaves nothing but the entries folder’s own files', async () => {
    const tmp = ownTmp('whole');
    const out = join(dir, 'entries');
    await writeEntries(out, await runIngest(SAMPLES, { cache: false, workers: 0 }));
    expect(spoolFiles(tmp)).toEqual([]);
    const hidden = readdirSync(out, { recursive: true }).filter((f) => String(f).split('/').some((part) => part.startsWith('.')));
    expect(hidden).toEqual([]);
    expect(readdirSync(out)).toContain('manifest.json');
  });
});
