// Two complete sets of entries for tests of how they are written and read: the
// site fixture as it is, and the state a later ingest would write (one page gone
// with its entries, one title reworded), so a mix of the two shows.
import type { EntryData } from '../../src/ingest-run/entry-files.ts';
import { fileReportRecord } from '../../src/ingest-run/write-output.ts';
import { loadFixture } from '../site/fixture.ts';

/** The site fixture's entries, pages and reports, as the entries folder holds them. */
export function stateBefore(): EntryData {
  const { entries, pages, fileReports } = loadFixture();
  return { articles: entries, pages, files: fileReportRecord(fileReports) };
}

/** The fixture after a later ingest: the unfiled page and its entries gone, the first title reworded. */
export function stateAfter(): EntryData {
  const { entries, pages, fileReports } = loadFixture();
  const gone = pages.at(-1)!.id;
  const kept = entries.filter((e) => e.pageId !== gone);
  kept[0] = { ...kept[0]!, title: `${kept[0]!.title}（更正）` };
  return { articles: kept, pages: pages.filter((p) => p.id !== gone), files: fileReportRecord(fileReports) };
}
