// Fault injection: an ingest killed while it writes the entries must leave a
// folder the site either refuses or reads as the last complete state, never a
// mix of two. The write runs in a child process that is really killed (SIGKILL):
// after each step of the write in turn, then at random moments of a large write.
// The checks are those the site's readers make (readManifest, readDataFile, readShard), all at once (support/read-verified-entries.ts).
import { spawn } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import type { EntryData } from '../src/ingest-run/entry-files.ts';
import { writeEntryData } from '../src/ingest-run/write-output.ts';
import { EntriesError } from '../src/site/entries-check.ts';
import { readVerifiedEntries } from './support/read-verified-entries.ts';
import { stateAfter, stateBefore } from './support/entry-states.ts';

const tsx = pathToFileURL(createRequire(import.meta.url).resolve('tsx')).href;
const child = join(import.meta.dirname, 'support/write-entries-child.ts');
const root = mkdtempSync(join(tmpdir(), 'entries-faults-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

interface Run {
  signal: NodeJS.Signals | null;
  code: number | null;
  stdout: string;
  /** Milliseconds from `ready` (the write begins) to the end of the process. */
  writeMs: number;
}

/** Runs the child writing `stateFile` into `dir`; it kills itself after step `killAfter`, or is killed `killAtMs` after it starts writing. */
function write(dir: string, stateFile: string, { killAfter = 0, killAtMs }: { killAfter?: number; killAtMs?: number } = {}): Promise<Run> {
  return new Promise((resolve, reject) => {
    const p = spawn(process.execPath, ['--import', tsx, child, dir, stateFile, String(killAfter)], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    let readyAt = 0;
    p.stdout.on('data', (d: Buffer) => {
      stdout += d.toString();
      if (!readyAt && stdout.includes('ready\n')) {
        readyAt = performance.now();
        if (killAtMs !== undefined) setTimeout(() => p.kill('SIGKILL'), killAtMs);
      }
    });
    p.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    p.on('error', reject);
    p.on('close', (code, signal) => {
      if (code !== 0 && signal === null) reject(new Error(`writer exited with ${code}:\n${stderr}`));
      else resolve({ code, signal, stdout, writeMs: performance.now() - readyAt });
    });
  });
}

/** What the site makes of `dir`: `refused`, or the name of the complete state it holds; anything else fails the test. */
async function outcome(dir: string, states: Record<string, string>): Promise<string> {
  try {
    const read = await readVerifiedEntries(dir);
    const name = Object.keys(states).find((k) => states[k] === read.text);
    expect(name, 'the folder passed the check but its manifest is neither state’s').toBeDefined();
    return name!;
  } catch (error) {
    if (error instanceof EntriesError) return 'refused';
    throw error;
  }
}

/** Writes `state` to a fresh folder and returns its manifest text, the fingerprint of that complete state. */
async function manifestOf(state: EntryData, dir = join(root, `m-${Math.random().toString(36).slice(2)}`)): Promise<string> {
  await writeEntryData(dir, state);
  return readFileSync(join(dir, 'manifest.json'), 'utf8');
}

function saveState(name: string, state: EntryData): string {
  const file = join(root, `${name}.json`);
  writeFileSync(file, JSON.stringify(state));
  return file;
}

describe('an ingest killed while writing entries', () => {
  it('leaves, after each step of the write, the old state, a folder the site refuses, or the new state, in that order', { timeout: 120_000 }, async () => {
    const before = stateBefore();
    const after = stateAfter();
    const states = { before: await manifestOf(before), after: await manifestOf(after) };
    const afterFile = saveState('after', after);
    const clean = await write(join(root, 'count'), afterFile);
    const steps = Number(/done (\d+)/.exec(clean.stdout)?.[1]);
    expect(steps).toBeGreaterThan(4);

    const seen: string[] = [];
    for (let k = 1; k <= steps; k++) {
      const dir = join(root, `step-${k}`);
      await writeEntryData(dir, before);
      const run = await write(dir, afterFile, { killAfter: k });
      expect(run.signal, `step ${k}`).toBe('SIGKILL');
      const got = await outcome(dir, states);
      seen.push(got);
      // A state the site reads is whole: its records are those of one ingest. One it
      // refuses has no manifest at all: the writer removes it before the first rename.
      if (got !== 'refused') {
        const read = await readVerifiedEntries(dir);
        const state = got === 'before' ? before : after;
        expect(read.articles).toEqual(state.articles);
        // The shards the views read hold the same state's records, every one of them.
        expect(read.shards.flatMap((sh) => sh.entries).length).toBe(state.articles.length);
        expect(read.shards.flatMap((sh) => sh.entries)).toEqual(expect.arrayContaining(state.articles as object[]));
        expect(read.shards.flatMap((sh) => sh.pages)).toEqual(expect.arrayContaining(state.pages as object[]));
      } else expect(existsSync(join(dir, 'manifest.json')), `step ${k}`).toBe(false);
    }
    expect(seen.join(' ')).toMatch(/^(before )+(refused )+after$/);

    // The next ingest writes the new state whole and clears what the killed one left.
    const dir = join(root, `step-${Math.ceil(steps / 2)}`);
    const files = () => readdirSync(dir, { recursive: true, withFileTypes: true })
      .filter((d) => d.isFile())
      .map((d) => join(d.parentPath, d.name).slice(dir.length + 1));
    expect(files().some((f) => f.endsWith('.tmp'))).toBe(true);
    await write(dir, afterFile);
    expect(await outcome(dir, states)).toBe('after');
    // Temporary files cleared, in the shard folders too, and the shard of the page gone since removed.
    expect(files().sort()).toEqual(['articles.json', 'entry-index.ndjson', 'files.json', 'manifest.json', 'page-index.ndjson', 'pages.json', 'shards/gangdao/2024-02.json', 'shards/jiangcheng/2023-12.json', 'shards/jiangcheng/2024-03.json']);
  });

  it('at random moments of a large write, leaves the old state, a folder the site refuses, or the new state, never a mix', { timeout: 120_000 }, async () => {
    // About 5 MB of entries, so the write takes long enough to be cut inside a file.
    const grow = (s: EntryData, copies: number): EntryData => ({
      articles: Array.from({ length: copies }, (_, i) => s.articles.map((e) => ({ ...(e as object), id: `${(e as { id: string }).id}-c${i}` }))).flat(),
      pages: Array.from({ length: copies }, (_, i) => s.pages.map((p) => ({ ...(p as object), id: `${(p as { id: string }).id}-c${i}` }))).flat(),
      files: s.files,
    });
    const pristine = join(root, 'random-before');
    const states = { before: await manifestOf(grow(stateBefore(), 250), pristine), after: await manifestOf(grow(stateAfter(), 250)) };
    const afterFile = saveState('after-large', grow(stateAfter(), 250));
    const dir = join(root, 'random');
    cpSync(pristine, dir, { recursive: true });
    const whole = await write(dir, afterFile);
    expect(await outcome(dir, states)).toBe('after');

    for (let i = 0; i < 6; i++) {
      rmSync(dir, { recursive: true });
      cpSync(pristine, dir, { recursive: true });
      const run = await write(dir, afterFile, { killAtMs: Math.random() * whole.writeMs });
      const got = await outcome(dir, states);
      // A writer that finished before the kill came has left the new state whole.
      if (run.signal !== 'SIGKILL') expect(got).toBe('after');
    }
  });
});
