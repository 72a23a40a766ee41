import { createHash } from 'node:crypto';
import type { Entry } from '../schema/entry.ts';
import type { Page } from '../schema/page.ts';
import { HEAD_CHARS, LEAD_CHARS, type EntrySummary, type PageSummary } from '../schema/summary.ts';
import { stripControls } from '../text/control-chars.ts';

/** Digest of a full record as its shard holds it (RecordDigestSchema), from its JSON text. */
function recordDigest(json: string): string {
  return createHash('sha256').update(json).digest('base64url').slice(0, 22);
}

/** The summary of an entry stored in shard `shard` (EntrySummarySchema); `json` is its JSON text, when made already. */
export function summarizeEntry(e: Entry, shard: string, json = JSON.stringify(e)): EntrySummary {
  const { paragraphs, subheads, authorNote: _note, datelineParts: _parts, furniture: _furniture, ...kept } = e;
  // Cut after control characters are left out, as the site shows the text, so a
  // list's cut and its ellipsis fall where they would on the full text.
  const first = (text: string | null | undefined, n: number) => (text ? Array.from(stripControls(text)).slice(0, n).join('') : null);
  const body = paragraphs.find((_, i) => !subheads.includes(i));
  return { ...kept, head: first(e.caption ?? paragraphs[0], HEAD_CHARS), lead: first(e.caption ?? body, LEAD_CHARS) ?? '', shard, digest: recordDigest(json) };
}

/** The summary of a page record stored in shard `shard` (PageSummarySchema); `json` is its JSON text, when made already. */
export function summarizePage(p: Page, shard: string, json = JSON.stringify(p)): PageSummary {
  const { lines, ...kept } = p;
  return { ...kept, lineCount: lines.length, shard, digest: recordDigest(json) };
}
