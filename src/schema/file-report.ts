import { z } from 'zod';
import { MessageSchema } from './message.ts';

/**
 * A file of the input folder that is not a page (a broken or stray sidecar,
 * a file ingest does not read) and what ingest reported about it, so that the
 * site's ingest report shows every message the CLI printed, not only those about pages.
 * @internal Exported for tests/unreadable.test.ts.
 */
export const FileReportSchema = z.object({
  /** Path relative to the input folder, with `/` separators. */
  file: z.string().min(1),
  messages: z.array(MessageSchema).min(1),
});

/** The reports as ingest writes them (`files.json`): an object keyed by file, `{}` when there are none. */
export const FileReportsSchema = z.record(z.string(), FileReportSchema);

export type FileReport = z.infer<typeof FileReportSchema>;
