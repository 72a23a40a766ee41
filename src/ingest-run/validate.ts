import { EntrySchema } from '../schema/entry.ts';
import type { Message } from '../schema/message.ts';
import { PageSchema } from '../schema/page.ts';
import { fileLineOf } from '../schema/page-file.ts';
import type { ParsedPage } from '../ingest/index.ts';

/**
 * Checks a parsed page against the schema the site will load it with. A failure
 * here is a parser bug, reported with the entry's first line so it can be found.
 */
export function validateParsed(p: ParsedPage): Message[] {
  const out: Message[] = [];
  const page = PageSchema.safeParse(p.page);
  if (!page.success) out.push(...toMessages(p.page.file, null, `page ${p.page.id}`, page.error.issues));
  for (const e of p.entries) {
    const r = EntrySchema.safeParse(e);
    if (r.success) continue;
    // Named by the file and line the entry starts at: an article file's own, on a page made of several.
    const first = e.source.lines[0]?.[0];
    const at = first === undefined ? { file: p.page.file, line: null } : fileLineOf(p.page, first);
    out.push(...toMessages(at.file, at.line, `entry ${e.id}`, r.error.issues));
  }
  return out;
}

function toMessages(file: string, line: number | null, what: string, issues: { path: PropertyKey[]; message: string }[]): Message[] {
  return issues.map((i) => ({
    file,
    line,
    column: line === null ? null : 1,
    severity: 'error' as const,
    ruleId: 'schema',
    reason: `${what}: field "${i.path.map(String).join('.')}" ${i.message}`,
    hint: 'This is a parser bug; please report it with the page file.',
  }));
}
