// Writes the site's data export (planned in src/site/export-parts.ts): each part
// streamed from its shards through gzip to its file, one shard in memory at a
// time, then the index that lists every part with its size and digest, so a
// reader can fetch one paper's year and check what arrived.
import { createHash } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { createGzip } from 'node:zlib';
import type { Manifest } from '../schema/manifest.ts';
import { escapeJsonControls } from '../text/control-chars.ts';
import { readManifest, readShard } from './entries-check.ts';
import { EXPORT_DIR, EXPORT_INDEX, planExportParts, type ExportPart } from './export-parts.ts';

/** One part as the index lists it. */
interface ExportIndexPart {
  paper: string | null;
  paperId: string | null;
  year: number | null;
  items: number;
  bytes: number;
  sha256: string;
  /** Where it is served: under the site's base path. */
  url: string;
}

/** The export's index file (`data/articles/index.json`). */
export interface ExportIndex {
  format: 'ndjson+gzip';
  items: number;
  parts: ExportIndexPart[];
}

/** Writes the export of the entries in `entries` to `<dist>/data/articles/` (replacing what was there), with URLs under `base`; returns its index. */
export async function writeDataExport(entries: string, dist: string, base: string, perPart?: number): Promise<ExportIndex> {
  const { manifest } = await readManifest(entries);
  const out = join(dist, EXPORT_DIR);
  await rm(out, { recursive: true, force: true });
  await mkdir(out, { recursive: true });
  const parts: ExportIndexPart[] = [];
  for (const part of planExportParts(manifest, perPart)) {
    const paper: { name: string | null } = { name: null };
    const written = await writePart(join(out, part.file), entryLines(entries, part, manifest, paper));
    parts.push({ paper: paper.name, paperId: part.paperId, year: part.year, items: part.entries, ...written, url: `${base}${EXPORT_DIR}/${part.file}` });
  }
  const index: ExportIndex = { format: 'ndjson+gzip', items: parts.reduce((n, p) => n + p.items, 0), parts };
  await writeFile(join(out, EXPORT_INDEX), JSON.stringify(index, null, 1) + '\n');
  return index;
}

// The part's entries, one JSON record a line, control characters escaped as in
// the one-array export; the paper's name is taken from its first entry.
async function* entryLines(dir: string, part: ExportPart, manifest: Manifest, paper: { name: string | null }): AsyncGenerator<string> {
  for (const name of part.shards) {
    const shard = await readShard(dir, name, manifest);
    paper.name ??= part.paperId === null ? null : (shard.entries[0]?.paper ?? null);
    // One string a shard: a month is a few MB, and one write a shard keeps gzip busy.
    yield shard.entries.map((e) => escapeJsonControls(JSON.stringify(e)) + '\n').join('');
  }
}

async function writePart(file: string, lines: AsyncIterable<string>): Promise<{ bytes: number; sha256: string }> {
  const hash = createHash('sha256');
  let bytes = 0;
  await pipeline(
    Readable.from(lines),
    createGzip({ level: 9 }),
    async function* (chunks: AsyncIterable<Buffer>) {
      for await (const chunk of chunks) {
        hash.update(chunk);
        bytes += chunk.length;
        yield chunk;
      }
    },
    createWriteStream(file),
  );
  return { bytes, sha256: hash.digest('hex') };
}
