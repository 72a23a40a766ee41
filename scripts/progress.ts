import type { WriteStream } from 'node:tty';

// Below this many files a run is over before a bar would help.
const MIN_FILES = 50;

/** A one-line progress bar on a terminal, counting `unit`; silent when quiet, when output is not a TTY, or on small inputs. */
export function createProgress(stream: NodeJS.WriteStream | WriteStream, quiet: boolean, unit = 'files') {
  const live = !quiet && stream.isTTY === true;
  let last = 0;
  let shown = false;
  return {
    update: (done: number, total: number): void => {
      if (!live || total < MIN_FILES) return;
      const now = Date.now();
      if (done !== total && now - last < 100) return;
      last = now;
      const width = 30;
      const filled = Math.round((done / total) * width);
      stream.write(`\r[${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${done}/${total} ${unit}`);
      shown = true;
    },
    done(): void {
      if (shown) stream.write('\n');
    },
  };
}
