// Runs Lighthouse (mobile settings: emulated phone, simulated slow 4G and CPU)
// over the home page, a page view, an article and a search of a built site,
// prints each category's score and exits 1 when one is below the floor. A
// check, not a test: it takes a minute and its performance score moves with
// the machine's load. Chromium is Debian's (as for the browser tests).
// Usage: npm run check:lighthouse -- [--dist <built site>] [--base /archive/] [--min 98]
// Without --dist it builds the browser tests' fixture site (tests/fixtures/site).
import { spawn } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { parseArgs } from 'node:util';
import { chromiumPath } from '../tests/e2e/support/browser.ts';
import { buildSite, cleanEnv, fixtureEntries } from '../tests/e2e/support/build-site.ts';
import { serveDist } from '../tests/e2e/support/serve-dist.ts';

const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;

interface LighthouseResult {
  categories: Record<(typeof CATEGORIES)[number], { score: number | null }>;
  audits: Record<string, { numericValue?: number }>;
  runtimeError?: { message: string };
}

// Lighthouse is not among the project's dependencies: installed beside them, npm
// takes out the packages that bring the project's Node 24. It is installed
// apart, and LIGHTHOUSE names its CLI.
const HOW_TO_INSTALL = 'npm install --prefix /tmp/lighthouse lighthouse@12 && LIGHTHOUSE=/tmp/lighthouse/node_modules/lighthouse/cli/index.js npm run check:lighthouse';

/** The Lighthouse CLI to run: LIGHTHOUSE, else one the project can resolve; null when there is none. */
function lighthouseCli(): string | null {
  if (process.env.LIGHTHOUSE) return existsSync(process.env.LIGHTHOUSE) ? process.env.LIGHTHOUSE : null;
  try {
    return createRequire(import.meta.url).resolve('lighthouse/cli/index.js');
  } catch {
    return null;
  }
}

/** Runs the Lighthouse CLI on one URL and returns its report. */
function lighthouse(cli: string, url: string): Promise<LighthouseResult> {
  const args = [cli, url, '--quiet', '--output=json', '--output-path=stdout', '--form-factor=mobile', `--only-categories=${CATEGORIES.join(',')}`, '--chrome-flags=--headless=new --no-sandbox --disable-gpu'];
  return new Promise((ok, fail) => {
    const child = spawn(process.execPath, args, { env: { ...cleanEnv(), CHROME_PATH: chromiumPath() }, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    child.stdout.on('data', (d) => (out += d));
    child.stderr.on('data', (d) => (err += d));
    child.on('error', fail);
    child.on('close', (code) => (code === 0 ? ok(JSON.parse(out) as LighthouseResult) : fail(new Error(`lighthouse exited with ${code} on ${url}:\n${err.slice(-2000)}`))));
  });
}

/** The first built page under `dir/` (a page view, an article), as a path relative to the base. */
function firstUnder(dist: string, dir: string): string {
  const name = readdirSync(`${dist}/${dir}`).sort()[0];
  if (!name) throw new Error(`the site has no ${dir}/ pages`);
  return `${dir}/${name}/`;
}

const cli = lighthouseCli();
if (!cli) {
  console.error(`check:lighthouse: Lighthouse is not installed${process.env.LIGHTHOUSE ? ` at ${process.env.LIGHTHOUSE}` : ''}. Install it apart from the project, then run the check:\n  ${HOW_TO_INSTALL}`);
  process.exit(2);
}
const { values } = parseArgs({ options: { dist: { type: 'string' }, base: { type: 'string', default: '/archive/' }, min: { type: 'string', default: '98' } } });
const min = Number(values.min);
const dist = values.dist ?? (await buildSite({ base: values.base, entries: fixtureEntries })).dist;
const served = await serveDist(dist, values.base);
const pages: [string, string][] = [
  ['home', ''],
  ['page view', firstUnder(dist, 'page')],
  ['article', firstUnder(dist, 'article')],
  ['search', `search/?q=${encodeURIComponent('江城')}`],
];
let failed = 0;
try {
  console.log(`lighthouse, mobile, minimum ${min}: ${CATEGORIES.join(' / ')}`);
  for (const [label, path] of pages) {
    const r = await lighthouse(cli, served.url(path));
    if (r.runtimeError) throw new Error(`${label}: ${r.runtimeError.message}`);
    const scores = CATEGORIES.map((c) => Math.round((r.categories[c].score ?? 0) * 100));
    const low = CATEGORIES.filter((_, i) => scores[i]! < min);
    failed += low.length;
    const cls = r.audits['cumulative-layout-shift']?.numericValue ?? 0;
    console.log(`${label.padEnd(10)} ${scores.join(' / ')}  (CLS ${cls.toFixed(3)})${low.length ? `  below ${min}: ${low.join(', ')}` : ''}  ${path || '/'}`);
  }
} finally {
  await served.close();
}
process.exit(failed ? 1 : 0);
