// CLI: writes the search index for an entries file into a site folder.
//   npx tsx src/search/indexer/cli.ts --entries content/entries/articles.json --out dist
// Prints one JSON line: what was written, how long it took and the peak memory.
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { EntrySchema } from '../../schema/entry.ts';
import { buildSearchIndex } from './build-search-index.ts';

const { values } = parseArgs({ options: { entries: { type: 'string' }, out: { type: 'string' } } });
if (!values.entries || !values.out) {
  console.error('usage: search-index --entries <articles.json> --out <site folder>');
  process.exit(2);
}
const started = performance.now();
let entries;
try {
  entries = EntrySchema.array().parse(JSON.parse(readFileSync(values.entries, 'utf8')));
} catch (e) {
  // Names the file and, for a record that is not an entry, where it breaks the schema (zod's message).
  console.error(`search-index: ${values.entries} is not a list of entries: ${(e as Error).message}\n  Run npm run ingest again.`);
  process.exit(2);
}
console.error(`search-index: read ${entries.length} entries in ${((performance.now() - started) / 1000).toFixed(1)} s`);
const report = buildSearchIndex(entries.splice(0), values.out, { onStep: (s, t) => console.error(`search-index: ${s} ${t.toFixed(1)} s`) });
console.log(
  JSON.stringify({
    ...report,
    totalSeconds: (performance.now() - started) / 1000,
    peakMB: process.resourceUsage().maxRSS / 1024,
  }),
);
