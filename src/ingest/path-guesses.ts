import type { MessageSink } from './messages.ts';
import type { PathMeta } from './path-layout.ts';
import { MAX_PAGE, whyNotADate } from './real-date.ts';

/**
 * Says what a file's path named that is no date or page number
 * (`PathMeta.rejected`), and what was used instead: unknown (a warning), or what
 * a sidecar, the front matter or the page itself said (a note).
 */
export function reportRejectedPath(file: string, path: PathMeta, used: { date: string | null; page: number | null }, sink: MessageSink): void {
  const { rejected } = path;
  if (!rejected) return;
  const sidecar = `${file.split('/').pop()!.replace(/\.[^.]*$/, '')}.json`;
  if (rejected.date !== undefined) {
    const what = `the path's date ${rejected.date} is no day of the calendar (${whyNotADate(rejected.date)})`;
    if (used.date === null) {
      sink.report('warning', 'path-date', { line: null }, `${what}; date unknown`, `Rename the folder to the day the page was printed (YYYY-MM-DD), or give the date in a sidecar beside the file (${sidecar}: {"date": "YYYY-MM-DD"}).`);
    } else {
      sink.report('info', 'path-date', { line: null }, `${what}; ${used.date}, said elsewhere, is used`, 'Rename the folder to that date.');
    }
  }
  if (rejected.page !== undefined) {
    const what = `the path's page number ${rejected.page} is out of range (pages are numbered 1 to ${MAX_PAGE})`;
    if (used.page === null) {
      sink.report('warning', 'path-page', { line: null }, `${what}; page unknown`, `Rename the file to its page number (01.txt for 第1版), or give the page in a sidecar beside the file (${sidecar}: {"page": 1}).`);
    } else {
      sink.report('info', 'path-page', { line: null }, `${what}; page ${used.page}, said elsewhere, is used`, 'Rename the file to that page number.');
    }
  }
}
