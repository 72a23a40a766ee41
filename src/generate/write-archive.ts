import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
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

/** Writes `<out>/raw/…` (replacing what was there) and `<out>/truth.json` for a generated archive in the given styles (the seeds' style by default). */
export function writeGeneratedArchive(out: string, articles: number, seed: string, styles: readonly StyleName[] = ['seed']): ArchiveSummary {
  const raw = join(out, 'raw');
  rmSync(raw, { recursive: true, force: true });
  const summary: ArchiveSummary = { files: 0, items: 0, bytes: 0, encodings: {}, styles: {} };
  const truthLines: string[] = [];
  const dirs = new Set<string>();
  const ensureDir = (file: string) => {
    const dir = dirname(file);
    if (!dirs.has(dir)) mkdirSync(dir, { recursive: true });
    dirs.add(dir);
  };
  for (const side of styleSidecars(styles)) {
    ensureDir(join(raw, side.file));
    writeFileSync(join(raw, side.file), side.text);
  }
  for (const page of generateStyledArchive(articles, seed, styles)) {
    const path = join(raw, page.file);
    ensureDir(path);
    writeFileSync(path, page.bytes);
    truthLines.push(`${JSON.stringify(page.file)}:${JSON.stringify(page.truth)}`);
    summary.files++;
    summary.items += page.truth.items.length;
    summary.bytes += page.bytes.length;
    summary.encodings[page.truth.encoding] = (summary.encodings[page.truth.encoding] ?? 0) + 1;
    const style = page.truth.style ?? 'seed';
    summary.styles[style] = (summary.styles[style] ?? 0) + 1;
  }
  // Keyed by page file like tests/truth/samples.json, one page per line so it can be read and diffed.
  writeFileSync(join(out, 'truth.json'), `{\n${truthLines.join(',\n')}\n}\n`);
  return summary;
}
