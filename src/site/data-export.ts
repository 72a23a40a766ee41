import { ENTRIES_FILE, entriesDir, formatExport } from '../schema/archive-files.ts';
import { readDataFile, readManifest } from './entries-check.ts';

/**
 * The data export as the site serves it: every entry, read from the entries folder
 * and checked against its manifest like the rest, in the export's format, byte for
 * byte what `npm run ingest -- --json <file>` writes for the same input.
 */
export async function dataExport(dir = entriesDir): Promise<string> {
  const { manifest } = await readManifest(dir);
  return formatExport((await readDataFile(dir, ENTRIES_FILE, manifest)) as unknown[]);
}
