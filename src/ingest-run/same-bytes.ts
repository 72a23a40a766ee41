import { createHash } from 'node:crypto';
import type { Message } from '../schema/message.ts';
import { MessageSink } from '../ingest/messages.ts';

/**
 * Finds article files whose bytes equal an earlier file's: crawlers save an article
 * continued on another page once per page it is listed on. Each copy after the
 * first is named in a warning with the file it repeats, and read no further.
 * Empty files are left to the parser, which says they are empty.
 */
export function createSameBytes(): { check(file: string, bytes: Uint8Array): Message | null } {
  const firstOf = new Map<string, string>();
  return {
    check(file, bytes) {
      if (bytes.length === 0) return null;
      const key = createHash('sha256').update(bytes).digest('hex');
      const first = firstOf.get(key);
      if (first === undefined) {
        firstOf.set(key, file);
        return null;
      }
      const sink = new MessageSink(file);
      sink.report('warning', 'same-bytes', { line: null }, `the same bytes as ${first}; read once, as ${first}`, 'Crawlers save an article continued on another page once for each page; nothing to do, or delete the copy.');
      return sink.messages[0]!;
    },
  };
}
