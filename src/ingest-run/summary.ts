import type { IngestResult } from './run-ingest.ts';
import { UNREADABLE_RULES } from './read-error.ts';

// A page made of article files counts each of its files.
function pageFiles(r: IngestResult): { file: string; encoding: string | null }[] {
  return r.pages.flatMap((p): { file: string; encoding: string | null }[] => (p.files.length > 0 ? p.files : [p]));
}

/** Counts for the end-of-run summary: files read and unreadable, items by kind, fragments, warnings, errors. */
export function summarize(r: IngestResult) {
  const byKind = { article: 0, brief: 0, photo: 0, fragment: 0, advertisement: 0 };
  for (const e of r.entries) byKind[e.kind]++;
  const files = pageFiles(r);
  const count = (ruleId: string) => r.messages.filter((m) => m.ruleId === ruleId).length;
  // Not text (encoding null), or not read at all: the file system refused it, and it is no page.
  const unread = count(UNREADABLE_RULES.file);
  return {
    files: files.length + unread,
    unreadable: files.filter((f) => f.encoding === null).length + unread,
    /** Sidecars and folders the file system would not read: not pages, but what they hold was not read either. */
    unreadableSidecars: count(UNREADABLE_RULES.sidecar),
    unreadableFolders: count(UNREADABLE_RULES.folder),
    items: r.entries.length,
    byKind,
    warnings: r.messages.filter((m) => m.severity === 'warning').length,
    errors: r.messages.filter((m) => m.severity === 'error').length,
  };
}

// Past this many, the list of files not read ends with a count: the errors above name them all.
const NOT_READ_SHOWN = 10;

/**
 * The files and folders ingest could not read, for the line after the summary:
 * files not text or refused by the file system, sidecars and folders so marked.
 * Null when there are none.
 */
export function formatNotRead(r: IngestResult): string | null {
  const kinds: Record<string, string> = { [UNREADABLE_RULES.folder]: ' (folder)', [UNREADABLE_RULES.sidecar]: ' (sidecar)', [UNREADABLE_RULES.file]: '' };
  const notText = pageFiles(r).flatMap((f) => (f.encoding === null ? [`${f.file} (not text)`] : []));
  const refused = r.messages.flatMap((m) => (m.ruleId in kinds ? [`${m.file}${kinds[m.ruleId]}`] : []));
  const all = [...refused, ...notText];
  if (all.length === 0) return null;
  const more = all.length > NOT_READ_SHOWN ? ` and ${all.length - NOT_READ_SHOWN} more` : '';
  return `not read (see the errors above): ${all.slice(0, NOT_READ_SHOWN).join(', ')}${more}`;
}

/** The summary as one English line for the terminal. */
export function formatSummary(s: ReturnType<typeof summarize>): string {
  const k = s.byKind;
  const plural = (n: number, one: string) => `${n} ${one}${n === 1 ? '' : 's'}`;
  const others = [s.unreadableFolders && plural(s.unreadableFolders, 'folder'), s.unreadableSidecars && plural(s.unreadableSidecars, 'sidecar')].filter(Boolean);
  return (
    `${s.files} files (${s.unreadable} unreadable)${others.length ? `, ${others.join(' and ')} unreadable` : ''}, ${s.items} items: ` +
    // Advertisements are only ever a curator's word, so the line names them only when there are some.
    `${k.article} articles, ${k.brief} briefs, ${k.photo} photos, ${k.fragment} fragments${k.advertisement ? `, ${k.advertisement} advertisements` : ''}; ` +
    `${s.warnings} warnings, ${s.errors} errors`
  );
}
