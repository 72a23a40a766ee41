import type { Message } from '../schema/message.ts';
import { MessageSink } from '../ingest/messages.ts';

/** What could not be read: a page or article file, a sidecar, or a folder (whose files were then not seen). */
export type Unreadable = 'file' | 'sidecar' | 'folder';

/** Rule ids of the messages `unreadableMessage` makes, by what could not be read: the summary counts them. */
export const UNREADABLE_RULES: Record<Unreadable, string> = { file: 'unreadable-file', sidecar: 'unreadable-sidecar', folder: 'unreadable-folder' };

// The file system's reasons, said for a user; the code follows, for a search.
const REASONS: Record<string, string> = {
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  EIO: 'input/output error (a failing disk or a lost network share?)',
  ENOENT: 'it is gone (moved or deleted while ingest ran?)',
  ENOTDIR: 'it is not a folder',
  EISDIR: 'it is a folder, not a file',
  ELOOP: 'too many symbolic links in a row (a link to itself?)',
  ENAMETOOLONG: 'its path is too long',
  EMFILE: 'too many files open at once',
  ENFILE: 'too many files open at once',
};

const FOLLOWS: Record<Unreadable, string> = {
  file: 'its text is not in the archive',
  sidecar: 'its pages are read without it',
  folder: 'nothing in it is in the archive',
};

/** The error message for a file or folder the file system would not read, with the reason and what to do. */
export function unreadableMessage(file: string, what: Unreadable, error: unknown): Message {
  const code = (error as NodeJS.ErrnoException | null)?.code ?? '';
  const reason = REASONS[code] ?? (error instanceof Error ? error.message : String(error));
  const noun = what === 'folder' ? 'folder' : what === 'sidecar' ? 'sidecar' : 'file';
  const sink = new MessageSink(file);
  sink.report('error', UNREADABLE_RULES[what], { line: null }, `${noun} cannot be read: ${reason}${code && REASONS[code] ? ` (${code})` : ''}; ${FOLLOWS[what]}`, hintFor(code, what));
  return sink.messages[0]!;
}

function hintFor(code: string, what: Unreadable): string {
  if (code === 'EACCES' || code === 'EPERM') {
    return what === 'folder'
      ? 'Let the user running ingest list and enter the folder (chmod a+rx on it) or check who owns it (ls -ld), then run ingest again.'
      : 'Let the user running ingest read the file (chmod a+r on it) or check who owns it (ls -l), then run ingest again.';
  }
  if (code === 'EIO') return 'Check the disk or the network share the input is on, then run ingest again.';
  if (code === 'ENOENT') return 'Run ingest again once nothing else is changing the input folder.';
  return `Check the ${what} (ls -l), then run ingest again.`;
}
