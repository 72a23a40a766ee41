// Benchmark of the parser alone: MB/s of raw text over a generated corpus of at
// least 50 MB, on one core and on every core, with memory measured while pages
// stream through (parse each and drop it), then the ingest CLI on the same corpus.
// Exit codes: 0 measured; 1 a run failed; 2 bad usage.
import { readFile } from 'node:fs/promises';
import { rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { describeMachine } from '../src/bench/machine.ts';
import { runMeasured } from '../src/bench/run-measured.ts';
import { createParsePool } from '../src/ingest-run/parse-pool.ts';
import { listInput } from '../src/ingest-run/read-input.ts';
import { writeGeneratedArchive } from '../src/generate/write-archive.ts';
import { parsePage } from '../src/ingest/index.ts';
import { readArgs } from './read-args.ts';

const usage = `Usage: npm run bench:ingest -- [--mb <n>] [--seed <text>] [--out <dir>]

  --mb <n>        size of the generated corpus in MB of raw text (default 50)
  --seed <text>   generator seed (default "bench")
  --out <dir>     where the corpus is written (default bench-out/ingest)`;

const args = readArgs('bench:ingest', usage, {
  mb: { type: 'string', default: '50' },
  seed: { type: 'string', default: 'bench' },
  out: { type: 'string', default: 'bench-out/ingest' },
  // Internal: the measured child runs this same script with --stream <dir> --workers <n>.
  stream: { type: 'string' },
  workers: { type: 'string', default: '0' },
});

const MB = 1e6;

/** The streaming measurement, run in a child process so its memory figures are its own. */
interface StreamResult {
  files: number;
  bytes: number;
  largest: number;
  seconds: number;
  parseSeconds: number;
  /**
   * CPU seconds of the parsing thread over the stream (the reads' share is small:
   * the thread waits for them): what the parser costs when other work shares the cores.
   */
  parseCpuSeconds: number;
  rssAtQuarters: number[];
  peakRss: number;
  /** User + system CPU seconds of all threads: near 2 × wall time when two cores did the work. */
  cpuSeconds: number;
}

if (args.stream) {
  console.log(JSON.stringify(await streamParse(args.stream, Number(args.workers))));
  process.exit(0);
}

const target = Number(args.mb) * MB;
if (!(target > 0)) {
  console.error(`bench:ingest: --mb must be a positive number.\n\n${usage}`);
  process.exit(2);
}
console.log(`bench:ingest: ${describeMachine()}`);
// About 1.5 kB of raw text per generated item; grow until the corpus is big enough.
let items = Math.ceil(target / 1400);
let corpus = writeGeneratedArchive(args.out, items, args.seed);
while (corpus.bytes < target) {
  items = Math.ceil((items * target) / corpus.bytes) + 100;
  corpus = writeGeneratedArchive(args.out, items, args.seed);
}
const raw = join(args.out, 'raw');
console.log(`bench:ingest: corpus of ${corpus.files} pages, ${items} items, ${(corpus.bytes / MB).toFixed(1)} MB in ${raw}\n`);

const TSX = createRequire(import.meta.url).resolve('tsx');
const self = new URL(import.meta.url).pathname;
const rows = ['| run | wall s | CPU s | MB/s | peak RSS MB | notes |', '| --- | ---: | ---: | ---: | ---: | --- |'];
let failed = false;
for (const workers of [0, 2]) {
  const m = await runMeasured(process.execPath, ['--import', TSX, self, '--stream', raw, '--workers', String(workers)]);
  if (m.code !== 0) {
    failed = true;
    rows.push(`| stream, ${workers || 'no'} workers | – | – | – | – | failed: ${m.stderr.trim().split('\n').at(-1)} |`);
    continue;
  }
  const r = JSON.parse(m.stdout) as StreamResult;
  const quarters = r.rssAtQuarters.map((b) => (b / MB).toFixed(0)).join(' / ');
  if (workers === 0) {
    rows.push(
      `| parser on one core, pages streamed (parse only) | ${r.parseSeconds.toFixed(1)} | ${r.parseCpuSeconds.toFixed(1)} | **${(r.bytes / MB / r.parseSeconds).toFixed(1)}** | ${(r.peakRss / MB).toFixed(0)} | ${r.files} files, largest ${(r.largest / 1e3).toFixed(0)} kB; ${(r.bytes / MB / r.parseCpuSeconds).toFixed(1)} MB/s by the parsing thread's CPU time over the stream, reads included (wall time also counts waiting for a core that other work holds); RSS at 25/50/75/100% of the corpus: ${quarters} MB |`,
      `| same, with reading the files | ${r.seconds.toFixed(1)} | ${r.cpuSeconds.toFixed(1)} | ${(r.bytes / MB / r.seconds).toFixed(1)} | ${(r.peakRss / MB).toFixed(0)} | |`,
    );
  } else {
    rows.push(`| parse pool, ${workers} workers, pages streamed | ${r.seconds.toFixed(1)} | ${r.cpuSeconds.toFixed(1)} | ${(r.bytes / MB / r.seconds).toFixed(1)} | ${(m.peakRss / MB).toFixed(0)} | RSS (all threads) at 25/50/75/100%: ${quarters} MB |`);
  }
}
const cache = join(args.out, 'parse-cache');
rmSync(cache, { recursive: true, force: true });
const cli = await runMeasured(process.execPath, ['--import', TSX, new URL('./ingest.ts', import.meta.url).pathname, '--input', raw, '--out', join(args.out, 'entries'), '--quiet'], {
  env: { ARCHIVE_PARSE_CACHE: cache },
});
if (cli.code > 1) failed = true;
rows.push(
  `| npm run ingest (whole CLI: every core, pages spooled and written as they come, writes JSON and the parse cache) | ${cli.seconds.toFixed(1)} | ${cli.cpuSeconds.toFixed(1)} | ${(corpus.bytes / MB / cli.seconds).toFixed(1)} | ${(cli.peakRss / MB).toFixed(0)} | ${cli.code > 1 ? `failed (exit ${cli.code})` : (/ingest: (.*?) ->/.exec(cli.stdout)?.[1] ?? '')} |`,
);
console.log(rows.join('\n'));
console.log(`\nGoal: at least 20 MB/s on one core, memory bounded by the largest file (flat RSS over the stream). Command: npm run bench:ingest -- --mb ${args.mb}`);
process.exit(failed ? 1 : 0);

/** Reads and parses every page under `input`, dropping each result, and samples memory as the corpus streams by. */
async function streamParse(input: string, workers: number): Promise<StreamResult> {
  const { files } = await listInput(input);
  const pool = createParsePool(workers);
  const r: StreamResult = {
    ...{ files: files.length, bytes: 0, largest: 0 },
    ...{ seconds: 0, parseSeconds: 0, parseCpuSeconds: 0, cpuSeconds: 0, rssAtQuarters: [], peakRss: 0 },
  };
  const started = performance.now();
  const quarter = (i: number) => {
    if (Math.floor(((i + 1) * 4) / files.length) > Math.floor((i * 4) / files.length)) r.rssAtQuarters.push(process.memoryUsage.rss());
  };
  if (workers === 0) {
    // The thread's CPU time is counted in ticks, too coarse for one page: it is taken over the whole stream.
    const cpu = process.threadCpuUsage();
    for (let i = 0; i < files.length; i++) {
      const f = files[i]!;
      const bytes = new Uint8Array(await readFile(f.absolute));
      r.bytes += bytes.length;
      r.largest = Math.max(r.largest, bytes.length);
      const t = performance.now();
      parsePage({ file: f.file, bytes, sidecar: f.sidecar });
      r.parseSeconds += (performance.now() - t) / 1000;
      quarter(i);
    }
    const used = process.threadCpuUsage(cpu);
    r.parseCpuSeconds = (used.user + used.system) / 1e6;
  } else {
    // As run-ingest does: a window of pages in flight, results dropped as they come.
    const running = new Set<Promise<void>>();
    for (let i = 0; i < files.length; i++) {
      const f = files[i]!;
      const bytes = new Uint8Array(await readFile(f.absolute));
      r.bytes += bytes.length;
      r.largest = Math.max(r.largest, bytes.length);
      const task = pool.parse({ file: f.file, bytes, sidecar: f.sidecar }).then(() => void running.delete(task));
      running.add(task);
      if (running.size >= 64) await Promise.race(running);
      quarter(i);
    }
    await Promise.all(running);
    await pool.close();
  }
  r.seconds = (performance.now() - started) / 1000;
  r.parseSeconds ||= r.seconds;
  r.peakRss = process.resourceUsage().maxRSS * 1024;
  const cpu = process.cpuUsage();
  r.cpuSeconds = (cpu.user + cpu.system) / 1e6;
  return r;
}
