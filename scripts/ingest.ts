// CLI: raw newspaper pages -> typed entries for the site and the data export.
// Exit codes: 0 every file was read; 1 a file or folder could not be read (not
// text, or the file system refused it) or an entry failed the schema (everything
// else was still written); 2 bad usage.
import { existsSync } from 'node:fs';
import { formatMessage } from '../src/ingest/messages.ts';
import { escapeControls } from '../src/text/control-chars.ts';
import { startIngest } from '../src/ingest-run/run-ingest.ts';
import { createTally, formatNotRead, formatSummary } from '../src/ingest-run/summary.ts';
import { formatLayouts } from '../src/ingest-run/layout-report.ts';
import { compilePattern } from '../src/ingest/path-layout.ts';
import type { EntryBatch } from '../src/ingest-run/entry-files.ts';
import { fileReportRecord, writeEntryBatches } from '../src/ingest-run/write-output.ts';
import type { Message } from '../src/schema/message.ts';
import { entriesDir } from '../src/schema/archive-files.ts';
import { createProgress } from './progress.ts';
import { readArgs } from './read-args.ts';

const usage = `Usage: npm run ingest -- [--input <dir>] [--out <dir>] [--json <file>] [--layout <pattern>] [--no-cache] [--quiet]

  --input <dir>   folder of raw pages, <paper>/<YYYY-MM-DD>/<NN>.txt, or of article files as crawlers save them (default: $ARCHIVE_INPUT or content/raw)
  --layout <pattern>  how the files' paths name paper, date and page where detection cannot tell, e.g.
                  '{paper}/{yyyymmdd}/{page}.txt' or '{date}/{page}/{n}.txt' (default: $ARCHIVE_LAYOUT; see README)
  --out <dir>     where the site's entries are written (default: $ARCHIVE_ENTRIES or content/entries)
  --json <file>   also write every entry as one JSON array (the data export)
  --no-cache      parse every page again instead of reusing unchanged pages from the parse cache
  --quiet         print only errors and the summary`;

const args = readArgs('ingest', usage, {
  input: { type: 'string' },
  out: { type: 'string' },
  json: { type: 'string' },
  layout: { type: 'string' },
  quiet: { type: 'boolean', default: false },
  'no-cache': { type: 'boolean', default: false },
});

const input = args.input ?? process.env.ARCHIVE_INPUT ?? 'content/raw';
const out = args.out ?? entriesDir;
if (!existsSync(input)) {
  console.error(`ingest: input folder "${escapeControls(input)}" does not exist.\n  Give the folder of your raw pages with --input <dir> (or set ARCHIVE_INPUT).`);
  process.exit(2);
}

const layoutText = args.layout ?? process.env.ARCHIVE_LAYOUT ?? null;
const layout = layoutText ? compilePattern(layoutText) : null;
if (layout && 'error' in layout) {
  console.error(`ingest: --layout "${escapeControls(layoutText!)}": ${layout.error}.\n\n${usage}`);
  process.exit(2);
}

const progress = createProgress(process.stderr, args.quiet);
const run = await startIngest(input, { onProgress: progress.update, layout, ...(args['no-cache'] ? { cache: false as const } : {}) });
progress.done();

// Messages are said as the pages come, input-level ones first: the order runIngest gives them.
const tally = createTally();
const say = (messages: readonly Message[]) => {
  tally.addMessages(messages);
  for (const m of messages) {
    if (m.severity === 'error' || !args.quiet) console.error(formatMessage(m));
  }
};
say(run.messages);
// Each page is written as it is read back, so the archive is never in memory whole.
let pageCount = 0;
function* batches(): Generator<EntryBatch> {
  for (const { page, entries } of run.pages()) {
    pageCount++;
    say(page.messages);
    tally.addPage(page);
    tally.addEntries(entries);
    yield { pages: [page], entries };
  }
}
try {
  await writeEntryBatches(out, fileReportRecord(run.fileReports), batches(), args.json ? { exportFile: args.json } : {});
} finally {
  run.close();
}

const summary = tally.summary();
const { parsed, fromCache, workers } = run.stats;
for (const line of formatLayouts(run.layouts)) console.log(`ingest: ${escapeControls(line)}`);
if (layout && !run.layouts.some((l) => l.pattern === layout.pattern)) {
  console.error(`ingest: warning: --layout "${escapeControls(layout.pattern)}" matched no file; every folder was read as detected.\n  A layout matches the end of each path, e.g. {paper}/{yyyymmdd}/{page}.txt for jiangcheng-daily/20240312/01.txt.`);
}
console.log(`ingest: ${formatSummary(summary)} -> ${escapeControls(out)}${args.json ? ` and ${escapeControls(args.json)}` : ''}`);
const notRead = formatNotRead(tally.notRead());
if (notRead) console.error(escapeControls(`ingest: ${notRead}`));
console.log(`ingest: ${parsed} pages parsed${workers > 0 ? ` on ${workers} worker threads` : ''}, ${fromCache} unchanged pages taken from the parse cache`);
if (pageCount === 0) {
  console.error(`ingest: warning: no pages found in "${escapeControls(input)}"; the archive is empty.\n  Pages are plain-text .txt files laid out as <paper>/<YYYY-MM-DD>/<NN>.txt under the input folder,\n  or one .txt or .md file per article as crawlers save them (see --layout).`);
}
const schemaErrors = tally.has('schema');
process.exit(summary.unreadable + summary.unreadableSidecars + summary.unreadableFolders > 0 || schemaErrors ? 1 : 0);
