import { closeSync, mkdirSync, openSync, rmSync, writeFileSync, writeSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { generateStyledArchive, styleSidecars, type StyleName } from './styles.ts';

/** What was written: counts for the summary line. */
export interface ArchiveSummary {
  files: number;
  items: number;
  bytes: number;
  encodings: Record<string, number>;
  /** Files written per style. */
  styles: Record<string, number>;
}

/**
 * Writes `<out>/raw/…` (replacing what was there) and `<out>/truth.json` for a
 * generated archive in the given styles (the seeds' style by default). Each page
 * and its line of truth go to disk as they are made, so a million items take
 * the memory of one issue; `progress` hears of every page written.
 */
export function writeGeneratedArchive(
  out: string, articles: number, seed: string, styles: readonly StyleName[] = ['seed'], progress?: (items: number) => void,
): ArchiveSummary {
  const raw = join(out, 'raw');
  rmSync(raw, { recursive: true, force: true });
  mkdirSync(out, { recursive: true });
  const summary: ArchiveSummary = { files: 0, items: 0, bytes: 0, encodings: {}, styles: {} };
  // Pages come folder by folder: remembering the last folder made is enough, and holds nothing per page.
  let lastDir = '';
  const write = (file: string, bytes: Uint8Array | string) => {
    const path = join(raw, file);
    if (dirname(path) !== lastDir) mkdirSync(dirname(path), { recursive: true });
    lastDir = dirname(path);
    writeFileSync(path, bytes);
  };
  // Keyed by page file like tests/truth/samples.json, one page per line so it can be read and diffed.
  const truth = openSync(join(out, 'truth.json'), 'w');
  try {
    writeSync(truth, '{\n');
    for (const side of styleSidecars(styles)) write(side.file, side.text);
    for (const page of generateStyledArchive(articles, seed, styles)) {
      write(page.file, page.bytes);
      writeSync(truth, `${summary.files ? ',\n' : ''}${JSON.stringify(page.file)}:${JSON.stringify(page.truth)}`);
      summary.files++;
      summary.items += page.truth.items.length;
      summary.bytes += page.bytes.length;
      summary.encodings[page.truth.encoding] = (summary.encodings[page.truth.encoding] ?? 0) + 1;
      const style = page.truth.style ?? 'seed';
      summary.styles[style] = (summary.styles[style] ?? 0) + 1;
      progress?.(summary.items);
    }
    writeSync(truth, '\n}\n');
  } finally {
    closeSync(truth);
  }
  return summary;
}
