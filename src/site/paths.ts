/** Folder the ingest step writes entries to and the site reads them from (ARCHIVE_ENTRIES overrides). */
export const entriesDir = process.env.ARCHIVE_ENTRIES ?? 'content/entries';
