/** Folder the ingest step writes entries to and the site reads them from (ARCHIVE_ENTRIES overrides). */
export const entriesDir = process.env.ARCHIVE_ENTRIES ?? 'content/entries';

/** Folder of the raw pages, which page scans are read from (ARCHIVE_INPUT overrides, as for ingest). */
export const inputDir = process.env.ARCHIVE_INPUT ?? 'content/raw';
