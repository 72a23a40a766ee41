// Compares the parsers of several checkouts of this project in one process:
// each parses the same pages in turn, the order reversed every other round, and
// the CPU time of this thread is taken per pass. On a machine shared with other
// work, figures taken back to back in separate runs differ by more than the
// parsers do; side by side in one process they share the load.
// Exit codes: 0 measured; 2 bad usage.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describeMachine } from '../src/bench/machine.ts';
import { listInput } from '../src/ingest-run/read-input.ts';
import { readArgs } from './read-args.ts';

const usage = `Usage: npm run bench:compare -- --input <raw pages> --checkouts <dir>,<dir>… [--rounds <n>]

  --input <dir>       page files to parse (e.g. bench-out/ingest/raw, written by npm run bench:ingest)
  --checkouts <dirs>  checkouts of this project, comma-separated (e.g. git worktree add ../old <commit>)
  --rounds <n>        passes per parser (default 5)`;

const args = readArgs('bench:compare', usage, {
  input: { type: 'string' },
  checkouts: { type: 'string' },
  rounds: { type: 'string', default: '5' },
});
const rounds = Number(args.rounds);
if (!args.input || !args.checkouts || !(rounds >= 1)) {
  console.error(`bench:compare: --input and --checkouts are needed, and --rounds must be at least 1.\n\n${usage}`);
  process.exit(2);
}

type ParsePage = (raw: { file: string; bytes: Uint8Array; sidecar: unknown }) => unknown;
const checkouts = args.checkouts.split(',').map((dir) => resolve(dir));
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
