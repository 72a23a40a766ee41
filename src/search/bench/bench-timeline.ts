// The per-request timeline of a benchmark query: what was fetched, how big it
// was on the wire, and when it started and ended relative to the query's start.

/** One fetch the search client made, as the benchmark page logged it (times from `performance.now()`). */
export interface FetchCall {
  url: string;
  range: string | null;
  start: number;
  end: number;
}

/** One resource as the browser's resource timing reports it. */
export interface ResourceEntry {
  name: string;
  encodedBodySize: number;
  startTime: number;
  /** When the request went out on a connection (after waiting for a free one). */
  requestStart: number;
  responseEnd: number;
}

/** A request of a query's timeline: its part of the index, bytes on the wire, and times in ms from the query's start. */
export interface RequestSpan {
  kind: string;
  path: string;
  range: string | null;
  bytes: number;
  /** Asked for, sent on a connection, and its body read by the client. */
  start: number;
  sent: number;
  end: number;
}

/** What part of the index a path is: the dictionary's root or a block, postings, a document, code, or a table. */
function requestKind(path: string): string {
  if (path.endsWith('.js')) return 'code';
  const inBuild = /search-index\/[0-9a-f]+\/(.*)$/.exec(path)?.[1];
  if (inBuild === undefined) return 'other';
  if (inBuild === 'keys.bin') return 'dictionary root';
  if (inBuild.startsWith('k/')) return 'dictionary block';
  if (inBuild.startsWith('p/')) return 'postings';
  if (inBuild.startsWith('d/')) return 'documents';
  return inBuild;
}

/**
 * Pairs the page's fetch log with the browser's resource entries (in start
 * order for each URL) so that each request has its range and its wire size;
 * resources the client did not fetch itself (code) are kept with no range.
 */
export function timeline(calls: FetchCall[], entries: ResourceEntry[], started: number): RequestSpan[] {
  const byUrl = new Map<string, FetchCall[]>();
  for (const c of [...calls].sort((a, b) => a.start - b.start)) byUrl.set(c.url, [...(byUrl.get(c.url) ?? []), c]);
  return [...entries]
    .sort((a, b) => a.startTime - b.startTime)
    .map((e) => {
      const call = byUrl.get(e.name)?.shift();
      const path = new URL(e.name).pathname;
      const range = call?.range ?? null;
      return {
        kind: requestKind(path), path, range, bytes: e.encodedBodySize,
        start: e.startTime - started, sent: e.requestStart - started, end: (call?.end ?? e.responseEnd) - started,
      };
    });
}
