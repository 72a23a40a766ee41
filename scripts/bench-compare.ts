// Compares the parsers of several checkouts of this project in one process:
// each parses the same pages in turn, the order reversed every other round, and
// the CPU time of this thread is taken per pass. On a machine shared with other
// work, figures taken back to back in separate runs differ by more than the
// parsers do; side by side in one process they share the load. With --ingest,
// the whole ingest CLI of each checkout instead, in child processes, rounds
// alternating the same way: wall and CPU time, peak memory, the load beside
// each, and whether the checkouts wrote the same entries folder.
// Exit codes: 0 measured; 1 an ingest failed or the entries differ; 2 bad usage.
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { describeMachine, loadNow } from '../src/bench/machine.ts';
import { runMeasured } from '../src/bench/run-measured.ts';
import { listInput } from '../src/ingest-run/read-input.ts';
import { readArgs } from './read-args.ts';

const usage = `Usage: npm run bench:compare -- --input <raw pages> --checkouts <dir>,<dir>… [--rounds <n>] [--ingest [--out <dir>]]

  --input <dir>       page files to parse (e.g. bench-out/ingest/raw, written by npm run bench:ingest)
  --checkouts <dirs>  checkouts of this project, comma-separated (e.g. git worktree add ../old <commit>)
  --rounds <n>        passes per parser (default 5; with --ingest, runs per checkout, default 1)
  --ingest            run each checkout's npm run ingest (cold: --no-cache) instead of its parser alone
  --out <dir>         with --ingest, where the entries folders are written (default bench-out/compare)`;

const args = readArgs('bench:compare', usage, {
  input: { type: 'string' },
  checkouts: { type: 'string' },
  rounds: { type: 'string' },
  ingest: { type: 'boolean', default: false },
  out: { type: 'string', default: 'bench-out/compare' },
});
const rounds = Number(args.rounds ?? (args.ingest ? 1 : 5));
if (!args.input || !args.checkouts || !(rounds >= 1)) {
  console.error(`bench:compare: --input and --checkouts are needed, and --rounds must be at least 1.\n\n${usage}`);
  process.exit(2);
}

const checkouts = args.checkouts.split(',').map((dir) => resolve(dir));
if (args.ingest) process.exit(await compareIngest(args.input, args.out));

type ParsePage = (raw: { file: string; bytes: Uint8Array; sidecar: unknown }) => unknown;
const parsers = await Promise.all(
  checkouts.map(async (dir) => ((await import(`${dir}/src/ingest/index.ts`)) as { parsePage: ParsePage }).parsePage),
);
const { files } = await listInput(args.input);
const pages = files.map((f) => ({ file: f.file, bytes: new Uint8Array(readFileSync(f.absolute)), sidecar: f.sidecar }));
const mb = pages.reduce((s, p) => s + p.bytes.length, 0) / 1e6;

console.log(`bench:compare: ${describeMachine()}`);
console.log(`bench:compare: ${pages.length} pages, ${mb.toFixed(1)} MB, ${rounds} passes each\n`);
const seconds: number[][] = checkouts.map(() => []);
for (let round = 0; round < rounds; round++) {
  const order = checkouts.map((_, k) => k);
  if (round % 2 === 1) order.reverse();
  for (const k of order) {
    const before = process.threadCpuUsage();
    for (const p of pages) parsers[k]!(p);
    const used = process.threadCpuUsage(before);
    seconds[k]!.push((used.user + used.system) / 1e6);
  }
}
console.log('| checkout | first pass MB/s | median MB/s | best MB/s |');
console.log('| --- | ---: | ---: | ---: |');
checkouts.forEach((dir, k) => {
  const s = seconds[k]!;
  const sorted = [...s].sort((a, b) => a - b);
  const rate = (t: number) => (mb / t).toFixed(1);
  console.log(`| ${dir} | ${rate(s[0]!)} | ${rate(sorted[Math.floor(sorted.length / 2)]!)} | ${rate(sorted[0]!)} |`);
});

/** Runs each checkout's ingest CLI on `input` `rounds` times, the order reversed every other round; prints the figures; returns the exit code. */
async function compareIngest(input: string, out: string): Promise<number> {
  const tsx = createRequire(import.meta.url).resolve('tsx');
  console.log(`bench:compare: ${describeMachine()}`);
  console.log(`bench:compare: npm run ingest -- --input ${input} --no-cache --quiet, ${rounds} run(s) each\n`);
  console.log('| checkout | run | wall s | CPU s | peak RSS MB | load after | summary |');
  console.log('| --- | ---: | ---: | ---: | ---: | ---: | --- |');
  let failed = false;
  const entriesOf = (k: number) => join(out, String(k), 'entries');
  for (let round = 0; round < rounds; round++) {
    const order = checkouts.map((_, k) => k);
    if (round % 2 === 1) order.reverse();
    for (const k of order) {
      rmSync(entriesOf(k), { recursive: true, force: true });
      const dir = checkouts[k]!;
      const m = await runMeasured(process.execPath, ['--import', tsx, join(dir, 'scripts/ingest.ts'), '--input', resolve(input), '--out', resolve(entriesOf(k)), '--no-cache', '--quiet'], { cwd: dir });
      // Exit 1 is an input with unreadable files, which a generated archive has on purpose.
      if (m.code > 1) failed = true;
      const summary = m.code > 1 ? `failed (exit ${m.code}): ${m.stderr.trim().split('\n').at(-1)}` : (/ingest: (.*?) ->/.exec(m.stdout)?.[1] ?? '');
      console.log(`| ${dir} | ${round + 1} | ${m.seconds.toFixed(1)} | ${m.cpuSeconds.toFixed(1)} | ${(m.peakRss / 1e6).toFixed(0)} | ${loadNow()} | ${summary} |`);
    }
  }
  // The manifest holds the size and digest of every file of the folder: the same manifest, the same folder.
  const manifests = checkouts.map((_, k) => join(entriesOf(k), 'manifest.json')).map((f) => (existsSync(f) ? readFileSync(f, 'utf8') : null));
  const same = manifests.every((m) => m !== null && m === manifests[0]);
  console.log(`\nentries folders ${same ? 'identical (the same manifest, which holds every file\'s digest)' : 'DIFFER'} across the checkouts`);
  return failed || !same ? 1 : 0;
}
