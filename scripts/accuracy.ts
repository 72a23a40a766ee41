// CLI: compares ingest output (articles.json, pages.json) with the truth of its
// input and prints the parser's accuracy overall, by raw style and by layout
// feature, and its commonest mistakes.
// Exit codes: 0 printed; 2 bad usage or unreadable files.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { scoreAccuracy } from '../src/ingest-run/accuracy.ts';
import { formatAccuracy } from '../src/ingest-run/accuracy-format.ts';
import { TruthSchema } from '../src/generate/truth.ts';
import { ENTRIES_FILE, entriesDir, PAGES_FILE } from '../src/schema/archive-files.ts';
import { EntrySchema } from '../src/schema/entry.ts';
import { PageSchema } from '../src/schema/page.ts';
import { readArgs } from './read-args.ts';

const usage = `Usage: npm run accuracy -- --truth <truth.json> [--entries <dir>] [--examples <n>]

  --truth <file>    truth of the input: <dir>/truth.json from npm run generate, or tests/truth/samples.json
  --entries <dir>   folder holding the ingest output articles.json and pages.json (default: $ARCHIVE_ENTRIES or content/entries)
  --examples <n>    examples shown per kind of mistake (default 3)`;

const args = readArgs('accuracy', usage, {
  truth: { type: 'string' },
  entries: { type: 'string', default: entriesDir },
  examples: { type: 'string', default: '3' },
});
if (!args.truth) {
  console.error(`accuracy: give --truth <file>.\n\n${usage}`);
  process.exit(2);
}

let truth, pages, entries;
try {
  truth = TruthSchema.parse(JSON.parse(readFileSync(args.truth, 'utf8')));
  pages = PageSchema.array().parse(JSON.parse(readFileSync(join(args.entries, PAGES_FILE), 'utf8')));
  entries = EntrySchema.array().parse(JSON.parse(readFileSync(join(args.entries, ENTRIES_FILE), 'utf8')));
} catch (e) {
  console.error(`accuracy: cannot read the truth or the entries: ${(e as Error).message}\n  Run npm run ingest first, and check the paths given.`);
  process.exit(2);
}
const examples = Number(args.examples);
console.log(formatAccuracy(scoreAccuracy(truth, pages, entries), Number.isInteger(examples) && examples >= 0 ? examples : 3));
