import type { IngestResult } from './run-ingest.ts';
import { UNREADABLE_RULES } from './read-error.ts';

/** Counts for the end-of-run summary: files read and unreadable, items by kind, fragments, warnings, errors. */
export function summarize(r: IngestResult) {
  const byKind = { article: 0, brief: 0, photo: 0, fragment: 0 };
  for (const e of r.entries) byKind[e.kind]++;
  // A page made of article files counts each of its files.
  const files = r.pages.flatMap((p): { encoding: string | null }[] => (p.files.length > 0 ? p.files : [p]));
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

/** The summary as one English line for the terminal. */
export function formatSummary(s: ReturnType<typeof summarize>): string {
  const k = s.byKind;
  const plural = (n: number, one: string) => `${n} ${one}${n === 1 ? '' : 's'}`;
  const others = [s.unreadableFolders && plural(s.unreadableFolders, 'folder'), s.unreadableSidecars && plural(s.unreadableSidecars, 'sidecar')].filter(Boolean);
  return (
    `${s.files} files (${s.unreadable} unreadable)${others.length ? `, ${others.join(' and ')} unreadable` : ''}, ${s.items} items: ` +
    `${k.article} articles, ${k.brief} briefs, ${k.photo} photos, ${k.fragment} fragments; ` +
    `${s.warnings} warnings, ${s.errors} errors`
  );
}
