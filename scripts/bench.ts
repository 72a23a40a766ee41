// Benchmark: the whole pipeline (ingest, site build, search index) on generated
// archives of several sizes; prints wall time and peak memory of each step, ingest
// throughput, the size of dist/, an incremental rebuild after one page changed and after a day added, and the parser's accuracy;
// with --parts, each site build is made again in parts (npm run build:parts) and compared with it.
// Exit codes: 0 every step ran (goals are reported, not enforced); 1 a step failed; 2 bad usage.
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, readdirSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { astroBuildCommand, type AstroBuildPaths } from '../src/site/astro-build.ts';
import { dataStoreBytes, distStats } from '../src/site/dist-stats.ts';
import { describeMachine, loadNow } from '../src/bench/machine.ts';
import { runMeasured, type Measured } from '../src/bench/run-measured.ts';
import { scoreAccuracy } from '../src/ingest-run/accuracy.ts';
import { parserVersion } from '../src/ingest-run/parse-cache.ts';
import { formatAccuracy, formatAccuracyLine, percent } from '../src/ingest-run/accuracy-format.ts';
import { parseStyles, STYLE_NAMES } from '../src/generate/styles.ts';
import { TruthSchema, type Truth } from '../src/generate/truth.ts';
import { writeGeneratedArchive } from '../src/generate/write-archive.ts';
import { ENTRIES_FILE, PAGES_FILE } from '../src/schema/archive-files.ts';
import { EntrySchema } from '../src/schema/entry.ts';
import { PageSchema } from '../src/schema/page.ts';
import { HOSTS, itemsThatFit, type HostId } from '../src/site/hosts.ts';
import { readArgs } from './read-args.ts';

/** `astro build` on the given entries, measured (time, peak memory of the process tree). */
function astroBuild(paths: AstroBuildPaths): Promise<Measured> {
  const { command, args, cwd, env } = astroBuildCommand(paths);
  return runMeasured(command, args, { cwd, env });
}

const BUILD_PARTS = new URL('./build-parts.ts', import.meta.url).pathname;

/** `npm run build:parts` on the given entries into `base`'s dist-parts/ (its parts in parts/), measured; the parts it built. */
async function buildParts(entries: string, base: string): Promise<{ run: Measured; built: string }> {
  const run = await runMeasured(process.execPath, ['--import', TSX, BUILD_PARTS, '--out', join(base, 'dist-parts'), '--work', join(base, 'parts')], { env: { ARCHIVE_ENTRIES: entries } });
  return { run, built: /\d+ parts, \d+ to build \(\d+ unchanged\)/.exec(run.stdout)?.[0] ?? '' };
}

/** Whether the site built in parts is the single build's, file for file; what differs if not. */
function sameSite(base: string): string {
  const [a, b] = [fileDigests(join(base, 'dist')), fileDigests(join(base, 'dist-parts'))];
  const differ = [...new Set([...a.keys(), ...b.keys()])].filter((f) => a.get(f) !== b.get(f));
  return differ.length === 0 ? `the same ${a.size} files as the single build` : `**${differ.length} files differ from the single build's**, e.g. ${differ[0]}`;
}

function fileDigests(root: string): Map<string, string> {
  const files = readdirSync(root, { recursive: true, withFileTypes: true }).filter((d) => d.isFile());
  return new Map(files.map((d) => [join(d.parentPath, d.name).slice(root.length), createHash('sha256').update(readFileSync(join(d.parentPath, d.name))).digest('hex')]));
}

const usage = `Usage: npm run bench -- [--sizes 1000,10000,50000] [--seed <text>] [--styles <list>] [--out <dir>]

  --sizes <list>   archive sizes in items (default 1000,10000,50000; 50k takes several minutes)
  --seed <text>    generator seed (default "bench")
  --styles <list>  raw styles of the generated archive, as npm run generate takes them (default seed: the
                   archive earlier runs measured); accuracy is reported per style (${STYLE_NAMES.join(', ')})
  --out <dir>      working folder, replaced per size (default bench-out)
  --parts          also build the site in parts (npm run build:parts) after each site build, and compare`;

const args = readArgs('bench', usage, {
  sizes: { type: 'string', default: '1000,10000,50000' },
  seed: { type: 'string', default: 'bench' },
  styles: { type: 'string', default: 'seed' },
  out: { type: 'string', default: 'bench-out' },
  parts: { type: 'boolean', default: false },
});
const sizes = args.sizes.split(',').map(Number);
const styles = parseStyles(args.styles);
if (sizes.some((n) => !Number.isInteger(n) || n < 1) || !styles) {
  console.error(`bench: --sizes must be whole numbers and --styles names from ${STYLE_NAMES.join(', ')}, each separated by commas.\n\n${usage}`);
  process.exit(2);
}

const TSX = createRequire(import.meta.url).resolve('tsx');
const INGEST = new URL('./ingest.ts', import.meta.url).pathname;
const MB = 1e6;
const GOALS: Record<number, { seconds: number; peakBytes: number }> = {
  10000: { seconds: 60, peakBytes: Infinity },
  50000: { seconds: 300, peakBytes: 4 * 2 ** 30 },
};

const stepRows: string[] = ['| items | step | wall s | CPU s | peak RSS MB | load | notes |', '| ---: | --- | ---: | ---: | ---: | ---: | --- |'];
const sumRows: string[] = [
  '| items | raw pages | raw MB | ingest MB/s | end to end s | peak MB | content data store MB | dist pages | dist files | dist MB | dist KB per item | build again after 1 page changed (ingest + site) | a day added (ingest + site) | title+authors right | text lost | goal |',
  '| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- | --- | ---: | ---: | --- |',
];
const folderRows: string[] = ['| items | folder of dist | files | MB | KB per file |', '| ---: | --- | ---: | ---: | ---: |'];
const hostIds = Object.keys(HOSTS) as HostId[];
const hostRows: string[] = [`| measured at | KB per item | files per item | ${hostIds.map((id) => HOSTS[id].name).join(' | ')} |`, `| ---: | ---: | ---: | ${hostIds.map(() => '---:').join(' | ')} |`];
const reports: string[] = [];
let failed = false;
const machine = describeMachine();
console.log(`bench: ${machine}\n`);

const step = (n: number, name: string, m: Measured, notes: string) => {
  const ok = m.code === 0;
  if (!ok) failed = true;
  stepRows.push(`| ${n} | ${name} | ${m.seconds.toFixed(1)} | ${m.cpuSeconds.toFixed(1)} | ${(m.peakRss / MB).toFixed(0)} | ${loadNow()} | ${ok ? notes : `**failed (exit ${m.code})** ${lastLine(m.stderr)}`} |`);
  console.log(`  ${name}: ${m.seconds.toFixed(1)} s (CPU ${m.cpuSeconds.toFixed(1)} s), peak ${(m.peakRss / MB).toFixed(0)} MB${ok ? '' : ` — FAILED (exit ${m.code})\n${m.stderr.slice(-3000)}`}`);
  return ok;
};

for (const n of sizes) {
  const base = join(args.out, String(n));
  rmSync(base, { recursive: true, force: true });
  console.log(`bench: ${n} items`);
  const g0 = performance.now();
  const gen = writeGeneratedArchive(base, n, args.seed, styles);
  const genSeconds = (performance.now() - g0) / 1000;
  console.log(`  generate: ${gen.files} files, ${(gen.bytes / MB).toFixed(1)} MB in ${genSeconds.toFixed(1)} s`);
  const raw = join(base, 'raw');
  const entries = join(base, 'entries');
  const parseCache = join(base, 'parse-cache');
  const ingest = () => runMeasured(process.execPath, ['--import', TSX, INGEST, '--input', raw, '--out', entries, '--quiet'], { env: { ARCHIVE_PARSE_CACHE: parseCache } });

  // A day added, as a daily update brings it: one paper's last issue is held out of the cold
  // build and added back at the end. The cold figures are for the archive without it.
  const truth = TruthSchema.parse(JSON.parse(readFileSync(join(base, 'truth.json'), 'utf8')));
  const day = holdOutLastIssue(raw, truth, join(base, 'held-out'));
  for (const file of day?.files ?? []) delete truth[file];
  if (day) console.log(`  held out for "a day added": ${day.issue}, ${day.files.length} pages, ${day.items} items`);

  const cold = await ingest();
  const version = await parserVersion();
  // The CLI exits 1 when an entry fails the schema (a parser bug) but still writes everything.
  const ingestOk = step(n, 'ingest (cold: parse every page)', { ...cold, code: cold.code === 1 ? 0 : cold.code }, `${(gen.bytes / MB / cold.seconds).toFixed(1)} MB/s; ${summaryOf(cold.stdout)}`);
  if (!ingestOk) continue;

  const site = await astroBuild({ entries, outDir: join(base, 'dist'), cacheDir: join(base, 'astro-cache') });
  // The build check prints its own time (src/site/integrity-integration.ts).
  const checked = /match the entries \(([\d.]+) s\)/.exec(site.stdout)?.[1];
  const siteOk = step(n, 'site build (astro build, cold)', site, checked ? `of which the build check ${checked} s` : '');
  const dist = siteOk ? distStats(join(base, 'dist')) : null;
  // The same entries built in parts; each step after a site build below does the same.
  const inParts = async (name: string) => {
    if (!args.parts || !siteOk) return;
    const { run, built } = await buildParts(entries, base);
    step(n, `site build in parts${name}`, run, run.code === 0 ? `${built}; ${sameSite(base)}` : '');
  };
  await inParts(' (build:parts, cold)');
  const store = dataStoreBytes(join(base, 'astro-cache'));
  for (const [folder, f] of Object.entries(dist?.byFolder ?? {}).sort((a, b) => b[1].bytes - a[1].bytes)) {
    folderRows.push(`| ${n} | ${folder === '.' ? '(top)' : `${folder}/`} | ${f.files} | ${(f.bytes / MB).toFixed(1)} | ${(f.bytes / f.files / 1e3).toFixed(1)} |`);
  }
  if (dist) {
    const per = { bytes: dist.bytes / n, files: dist.files / n, folders: dist.folders / n };
    const fits = hostIds.map((id) => itemsThatFit(HOSTS[id], per)).map((k) => (Number.isFinite(k) ? k.toLocaleString('en-US') : 'no limit'));
    hostRows.push(`| ${n} | ${(per.bytes / 1e3).toFixed(1)} | ${per.files.toFixed(2)} | ${fits.join(' | ')} |`);
  }
  stepRows.push(
    `| ${n} | search index | – | – | – | – | ${dist && dist.searchFiles > 0 ? `built inside the site build: ${dist.searchFiles} files, ${(dist.searchBytes / MB).toFixed(1)} MB` : 'missing: no search index files in dist/'} |`,
  );

  // Scored before the change below, which makes the page differ from its truth.
  const writtenPages = PageSchema.array().parse(readJson(join(entries, PAGES_FILE)));
  const acc = scoreAccuracy(truth, writtenPages, EntrySchema.array().parse(readJson(join(entries, ENTRIES_FILE))));
  reports.push(`### ${n} items\n\n${formatAccuracy(acc, 2)}`);
  console.log(`  accuracy: ${formatAccuracyLine(acc)}`);

  // One page is corrected (one full stop becomes an exclamation mark, so one
  // paragraph's text changes): the re-ingest must parse that page only, and the
  // incremental site build must render again only what shows that entry.
  const changed = correctOnePage(raw, truth);
  const warmStart = Date.now();
  const warm = await ingest();
  const reparsed = filesWrittenSince(parseCache, warmStart);
  const moved = (await parserVersion()) !== version ? '; **the parser sources changed since the cold run, so every page was parsed again**' : '';
  step(n, 'ingest again, 1 page changed', { ...warm, code: warm.code === 1 ? 0 : warm.code }, `${reparsed} page(s) parsed (${changed}), the rest from the cache${moved}`);
  const warmSite = siteOk ? await astroBuild({ entries, outDir: join(base, 'dist'), cacheDir: join(base, 'astro-cache') }) : null;
  if (warmSite) step(n, 'site build again (incremental)', warmSite, 'views whose render key is unchanged are reused');
  await inParts(' again, 1 page changed');
  const again = warmSite ? `${(warm.seconds + warmSite.seconds).toFixed(1)} s (${reparsed} parsed)` : '–';

  // The held-out issue comes back: ingest parses its pages only, and the site renders what shows them.
  let dayAdded = '–';
  if (day) {
    day.restore();
    const dayStart = Date.now();
    const dayIngest = await ingest();
    const dayParsed = filesWrittenSince(parseCache, dayStart);
    const notes = `${day.issue}: ${day.files.length} pages, ${day.items} items; ${dayParsed} page(s) parsed, the rest from the cache`;
    step(n, 'ingest again, a day added', { ...dayIngest, code: dayIngest.code === 1 ? 0 : dayIngest.code }, notes);
    const daySite = warmSite ? await astroBuild({ entries, outDir: join(base, 'dist'), cacheDir: join(base, 'astro-cache') }) : null;
    if (daySite) step(n, 'site build again (incremental), a day added', daySite, 'views whose render key is unchanged are reused');
    await inParts(' again, a day added');
    if (daySite) dayAdded = `${(dayIngest.seconds + daySite.seconds).toFixed(1)} s (${day.items} items)`;
  }

  const e2e = cold.seconds + site.seconds;
  const peak = Math.max(cold.peakRss, site.peakRss);
  const goal = GOALS[n];
  const goalText = goal
    ? `${e2e <= goal.seconds && peak <= goal.peakBytes ? 'met' : '**missed**'}: ≤ ${goal.seconds} s${goal.peakBytes < Infinity ? `, ≤ ${goal.peakBytes / 2 ** 30} GB` : ''}`
    : '–';
  sumRows.push(
    `| ${n} | ${gen.files} | ${(gen.bytes / MB).toFixed(1)} | ${(gen.bytes / MB / cold.seconds).toFixed(1)} | ${e2e.toFixed(1)} | ${(peak / MB).toFixed(0)} | ` +
      `${store === null ? '–' : (store / MB).toFixed(1)} | ${dist?.htmlPages ?? '–'} | ${dist?.files ?? '–'} | ${dist ? (dist.bytes / MB).toFixed(1) : '–'} | ${dist ? (dist.bytes / n / 1e3).toFixed(1) : '–'} | ${again} | ${dayAdded} | ` +
      `${percent(acc.titleAndAuthorsRight, acc.items)} | ${acc.charsLost} of ${acc.chars} chars | ${goalText} |`,
  );
}

const command = `npm run bench -- --sizes ${sizes.join(',')} --seed ${args.seed}${args.styles === 'seed' ? '' : ` --styles ${styles.join(',')}`}`;
const report = [
  `Machine: ${machine}. Command: \`${command}\`. Date: ${new Date().toISOString().slice(0, 10)}.`,
  '',
  ...sumRows,
  '',
  ...stepRows,
  '',
  ...folderRows,
  '',
  'Items of this archive each host holds, from its limits on site size and files (src/site/hosts.ts) and the bytes and files per item measured:',
  '',
  ...hostRows,
  '',
  'End to end = cold ingest + cold site build (the search index is built inside it when present), of the archive without one paper\'s last issue, which is added back at the end (a day added: ingest and incremental site build). Build again = ingest and incremental site build after one page was corrected. Peak = highest peak of those steps (RSS of the process tree, sampled every 50 ms). CPU = user + system seconds of the processes of the step: about twice the wall time when both cores were used. Load = one-minute load average after the step: above the core count, other work shared the CPU.',
  '',
  '## Parser accuracy on generated pages',
  '',
  ...reports,
].join('\n');
console.log(`\n${report}`);
writeFileSync(join(args.out, 'latest.md'), report + '\n');
console.log(`\nbench: report written to ${join(args.out, 'latest.md')}`);
process.exit(failed ? 1 : 0);

function summaryOf(stdout: string): string {
  const m = /ingest: (\d+ files.*?items)/.exec(stdout);
  return m ? m[1]! : lastLine(stdout);
}

function lastLine(s: string): string {
  return s.trim().split('\n').at(-1)?.slice(0, 200) ?? '';
}

function readJson(path: string): unknown {
  return JSON.parse(readFileSync(path, 'utf8'));
}

// Cache entries written since a time: the pages a run parsed (it writes one per parse).
function filesWrittenSince(dir: string, since: number): number {
  return readdirSync(dir, { recursive: true, withFileTypes: true }).filter(
    (d) => d.isFile() && d.name.endsWith('.json') && statSync(join(d.parentPath, d.name)).mtimeMs >= since - 1,
  ).length;
}

// Changes one page in the middle of the archive: its first full stop becomes an
// exclamation mark. Returns its path.
function correctOnePage(raw: string, truth: Truth): string {
  const files = Object.keys(truth).filter((f) => truth[f]!.encoding === 'utf-8');
  const file = files[Math.floor(files.length / 2)]!;
  const path = join(raw, file);
  writeFileSync(path, readFileSync(path, 'utf8').replace('。', '！'));
  return file;
}

/**
 * Moves the last issue (date folder) of the first paper out of `raw` into `to`, with a
 * `restore` that moves it back; its page files and item count come from the truth. Null
 * when no page sits in a date folder.
 */
function holdOutLastIssue(raw: string, truth: Truth, to: string) {
  const files = Object.keys(truth).filter((f) => /^[^/]+\/\d{4}-\d{2}-\d{2}\//.test(f));
  if (files.length === 0) return null; // no page under a paper's date folder (article files or flat folders only)
  const paper = files.map((f) => f.split('/')[0]!).sort()[0]!;
  const issue = files.filter((f) => f.startsWith(`${paper}/`)).map((f) => dirname(f)).sort().at(-1)!;
  const held = files.filter((f) => dirname(f) === issue);
  mkdirSync(join(to, paper), { recursive: true });
  renameSync(join(raw, issue), join(to, issue));
  return {
    issue,
    files: held,
    items: held.reduce((k, f) => k + truth[f]!.items.length, 0),
    restore: () => renameSync(join(to, issue), join(raw, issue)),
  };
}
