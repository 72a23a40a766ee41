// Tests of unreadable files need a process that file permissions apply to. Root
// reads anything through two capabilities (DAC override, DAC read search): as
// root, a command runs under setpriv with both taken out of its bounding set, so
// it stays root (it can still write the test's output and read the repository)
// but a file or folder with mode 000 is closed to it. Other users need nothing.
import { spawnSync } from 'node:child_process';

const DROP = ['setpriv', '--bounding-set=-dac_override,-dac_read_search', '--'];

/** The command prefix that runs a program without the power to read every file, or null when none is at hand (root without setpriv). */
export function unprivilegedPrefix(): string[] | null {
  if (process.getuid?.() !== 0) return [];
  return spawnSync(DROP[0]!, ['--version']).status === 0 ? DROP : null;
}
