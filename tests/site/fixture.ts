// The hand-made site fixture, parsed with the schemas, for unit tests of the site modules.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { summarize } from '../../src/ingest-run/entry-files.ts';
import { buildArchive, type Archive } from '../../src/site/build-archive.ts';
import { EntrySchema, type Entry } from '../../src/schema/entry.ts';
import { FileReportsSchema, type FileReport } from '../../src/schema/file-report.ts';
import { PageSchema, type Page } from '../../src/schema/page.ts';

const dir = join(import.meta.dirname, '../fixtures/site');

/** Fresh copies of the fixture's entries, pages and reports on other files (tests may change them). */
export function loadFixture(): { entries: Entry[]; pages: Page[]; fileReports: FileReport[] } {
  return {
    entries: z.array(EntrySchema).parse(JSON.parse(readFileSync(join(dir, 'articles.json'), 'utf8'))),
    pages: z.array(PageSchema).parse(JSON.parse(readFileSync(join(dir, 'pages.json'), 'utf8'))),
    fileReports: Object.values(FileReportsSchema.parse(JSON.parse(readFileSync(join(dir, 'files.json'), 'utf8')))),
  };
}

/** One fixture entry by id, copied, with fields replaced. */
export function entryLike(id: string, patch: Partial<Entry> = {}): Entry {
  const e = loadFixture().entries.find((x) => x.id === id);
  if (!e) throw new Error(`no fixture entry ${id}`);
  return { ...e, ...patch };
}

/** The archive the site builds from these records: their summaries (as ingest writes them), indexed by buildArchive. */
export function archiveOf(entries: Entry[], pages: Page[], fileReports: FileReport[] = []): Archive {
  const s = summarize(pages, entries);
  return buildArchive(s.entries, s.pages, fileReports);
}
