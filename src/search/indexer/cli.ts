// CLI: writes the search index for an entries folder (or a JSON array of entries) into a site folder.
//   npx tsx src/search/indexer/cli.ts --entries content/entries --out dist
// Prints one JSON line: what was written, how long it took and the peak memory.
import { parseArgs } from 'node:util';
import { buildSearchIndex } from './build-search-index.ts';
import { EntriesError, openEntries } from './read-entries.ts';

const { values } = parseArgs({ options: { entries: { type: 'string' }, out: { type: 'string' } } });
if (!values.entries || !values.out) {
  console.error('usage: search-index --entries <entries folder, or a JSON array of entries> --out <site folder>');
  process.exit(2);
}
const started = performance.now();
let report;
try {
  report = buildSearchIndex(openEntries(values.entries), values.out, { onStep: (s, t) => console.error(`search-index: ${s} ${t.toFixed(1)} s`) });
} catch (e) {
  if (!(e instanceof EntriesError)) throw e;
  // Names the file and, for a record that is not an entry, where it breaks the schema (zod's message).
  console.error(`search-index: cannot read the entries in ${values.entries}: ${e.message}\n  Run npm run ingest again.`);
  process.exit(2);
}
console.log(
  JSON.stringify({
    ...report,
    totalSeconds: (performance.now() - started) / 1000,
    peakMB: process.resourceUsage().maxRSS / 1024,
  }),
);
