/** Folder of the raw pages, which page scans are read from (ARCHIVE_INPUT overrides, as for ingest). */
export const inputDir = process.env.ARCHIVE_INPUT ?? 'content/raw';
