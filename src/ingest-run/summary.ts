import type { Entry } from '../schema/entry.ts';
import type { Message } from '../schema/message.ts';
import type { Page } from '../schema/page.ts';
import { UNREADABLE_RULES } from './read-error.ts';

/** Counts for the end-of-run summary, taken as messages and pages come, so the pages need not be held. */
export interface Tally {
  addMessages(messages: readonly Message[]): void;
  /** A page's files, not its messages (given apart, as they are said). */
  addPage(page: Page): void;
  addEntries(entries: readonly Entry[]): void;
  /** Files read and unreadable, items by kind, fragments, warnings, errors. */
  summary(): Summary;
  /** Whether any message of rule `ruleId` was counted. */
  has(ruleId: string): boolean;
  /** The files and folders not read, in the order of the line after the summary: refused ones first, then files not text. */
  notRead(): string[];
}

interface Summary {
  files: number;
  unreadable: number;
  /** Sidecars and folders the file system would not read: not pages, but what they hold was not read either. */
  unreadableSidecars: number;
  unreadableFolders: number;
  items: number;
  byKind: Record<Entry['kind'], number>;
  warnings: number;
  errors: number;
}

const REFUSED: Record<string, string> = { [UNREADABLE_RULES.folder]: ' (folder)', [UNREADABLE_RULES.sidecar]: ' (sidecar)', [UNREADABLE_RULES.file]: '' };

/** An empty tally. */
export function createTally(): Tally {
  const byKind = { article: 0, brief: 0, photo: 0, fragment: 0, advertisement: 0 };
  const rules = new Map<string, number>();
  const refused: string[] = [];
  const notText: string[] = [];
  let [files, items, warnings, errors] = [0, 0, 0, 0];
  return {
    addMessages(messages) {
      for (const m of messages) {
        rules.set(m.ruleId, (rules.get(m.ruleId) ?? 0) + 1);
        if (m.severity === 'warning') warnings++;
        if (m.severity === 'error') errors++;
        if (m.ruleId in REFUSED) refused.push(`${m.file}${REFUSED[m.ruleId]}`);
      }
    },
    addEntries(entries) {
      for (const e of entries) byKind[e.kind]++;
      items += entries.length;
    },
    addPage(page) {
      // A page made of article files counts each of its files.
      for (const f of page.files.length > 0 ? page.files : [page]) {
        files++;
        if (f.encoding === null) notText.push(`${f.file} (not text)`);
      }
    },
    summary() {
      const count = (ruleId: string) => rules.get(ruleId) ?? 0;
      // Not text (encoding null), or not read at all: the file system refused it, and it is no page.
      const unread = count(UNREADABLE_RULES.file);
      return {
        files: files + unread,
        unreadable: notText.length + unread,
        unreadableSidecars: count(UNREADABLE_RULES.sidecar),
        unreadableFolders: count(UNREADABLE_RULES.folder),
        items,
        byKind: { ...byKind },
        warnings,
        errors,
      };
    },
    has: (ruleId) => rules.has(ruleId),
    notRead: () => [...refused, ...notText],
  };
}

/**
 * The summary of a whole result: its messages (the pages' among them), pages and entries.
 * @internal For results held whole (tests); the CLI tallies pages as they pass.
 */
export function summarize(r: { pages: readonly Page[]; entries: readonly Entry[]; messages: readonly Message[] }): Summary {
  const tally = createTally();
  tally.addMessages(r.messages);
  for (const p of r.pages) tally.addPage(p);
  tally.addEntries(r.entries);
  return tally.summary();
}

// Past this many, the list of files not read ends with a count: the errors above name them all.
const NOT_READ_SHOWN = 10;

/**
 * The files and folders ingest could not read, for the line after the summary:
 * files not text or refused by the file system, sidecars and folders so marked.
 * Null when there are none.
 */
export function formatNotRead(all: readonly string[]): string | null {
  if (all.length === 0) return null;
  const more = all.length > NOT_READ_SHOWN ? ` and ${all.length - NOT_READ_SHOWN} more` : '';
  return `not read (see the errors above): ${all.slice(0, NOT_READ_SHOWN).join(', ')}${more}`;
}

/** The summary as one English line for the terminal. */
export function formatSummary(s: Summary): string {
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
