import { chromium, type Page } from 'playwright-core';
import type { BenchQuery } from './bench-queries.ts';
import { timeline, type FetchCall, type RequestSpan, type ResourceEntry } from './bench-timeline.ts';

/** What one query cost in the browser. */
export interface QueryRun {
  q: string;
  kind: BenchQuery['kind'];
  found: number;
  /** Bytes fetched (gzipped bodies) for this query. */
  bytes: number;
  /** Of which code (scripts). */
  codeBytes: number;
  requests: number;
  ms: number;
  /** Every request of the query, in start order. */
  spans: RequestSpan[];
}

/**
 * Cold runs (a fresh browser context each: nothing cached, code included) and warm runs (one page,
 * one query after another), the warm sequence run `warmRuns` times.
 */
export interface BrowserFigures {
  cold: QueryRun[];
  warm: QueryRun[][];
}

declare global {
  interface Window {
    benchSearch(q: string): Promise<{ ms: number; total: number; started: number; calls: FetchCall[] }>;
  }
}

// The resources the page fetched after the first `from` entries (the page itself included when `from` is 0).
async function fetched(page: Page, from: number): Promise<{ fresh: ResourceEntry[]; count: number }> {
  return page.evaluate(async (skip) => {
    await new Promise((ok) => setTimeout(ok, 0));
    const all = [...performance.getEntriesByType('navigation'), ...performance.getEntriesByType('resource')] as PerformanceResourceTiming[];
    const fresh = all.slice(skip).map((e) => ({
      name: e.name, encodedBodySize: e.encodedBodySize, startTime: e.startTime, requestStart: e.requestStart, responseEnd: e.responseEnd,
    }));
    return { fresh, count: all.length };
  }, from);
}

async function run(page: Page, query: BenchQuery, from: number): Promise<{ run: QueryRun; count: number }> {
  const r = await page.evaluate((q) => window.benchSearch(q), query.q);
  const f = await fetched(page, from);
  const spans = timeline(r.calls, f.fresh, r.started);
  const sum = (xs: RequestSpan[]) => xs.reduce((s, x) => s + x.bytes, 0);
  return { run: { q: query.q, kind: query.kind, found: r.total, bytes: sum(spans), codeBytes: sum(spans.filter((s) => s.kind === 'code')), requests: spans.length, ms: r.ms, spans }, count: f.count };
}

/** Runs the queries against the benchmark page at `url` in headless Chromium: `coldRuns` of them cold, all of them warm `warmRuns` times. */
export async function measureInBrowser(url: string, queries: BenchQuery[], coldRuns: number, warmRuns = 1): Promise<BrowserFigures> {
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  try {
    const open = async () => {
      // The HTTP/2 server's certificate is made for the run.
      const context = await browser.newContext({ ignoreHTTPSErrors: url.startsWith('https:') });
      const page = await context.newPage();
      await page.goto(url);
      await page.waitForFunction(() => typeof window.benchSearch === 'function');
      await page.evaluate(() => performance.setResourceTimingBufferSize(100000));
      return { context, page };
    };
    const cold: QueryRun[] = [];
    for (const q of queries.filter((_, i) => i % Math.ceil(queries.length / coldRuns) === 0).slice(0, coldRuns)) {
      const { context, page } = await open();
      cold.push((await run(page, q, 0)).run);
      await context.close();
    }
    const warm: QueryRun[][] = [];
    for (let k = 0; k < warmRuns; k++) {
      const runs: QueryRun[] = [];
      const { context, page } = await open();
      // A first query loads the code and the manifest; the measured ones come after it.
      let { count } = await run(page, { q: '工作', kind: 'word' }, 0);
      for (const q of queries) {
        const r = await run(page, q, count);
        runs.push(r.run);
        count = r.count;
      }
      await context.close();
      warm.push(runs);
    }
    return { cold, warm };
  } finally {
    await browser.close();
  }
}
