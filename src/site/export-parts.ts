// The data export of the site, split so that no file outgrows a static host's
// limit on one file (Cloudflare Pages: 25 MiB) however large the archive: one
// gzip-compressed NDJSON file per paper and year, listed in an index. This
// module plans the parts from the manifest alone (counts, no records), so the
// data page can list them before they are written (src/site/write-export.ts).
import type { Manifest } from '../schema/manifest.ts';

/** Folder of the export under the site's base path. */
export const EXPORT_DIR = 'data/articles';

/** Name of the export's index file in EXPORT_DIR. */
export const EXPORT_INDEX = 'index.json';

/**
 * Most entries a part holds: a year of a daily is about 35,000 items, some
 * 60 MB of JSON, which gzip makes about 18 MB, too near 25 MiB; at 20,000 a part
 * stays near 10 MB. A paper's year with more is cut at a month into `-2`, `-3` ….
 */
const ENTRIES_PER_PART = 20_000;

/** One file of the export: the shards (paper × month) it is read from, in order. */
export interface ExportPart {
  /** File name in EXPORT_DIR: `<paper id>-<year>[-<n>].ndjson.gz`, or `unfiled[-<n>].ndjson.gz` for entries of unknown paper or date. */
  file: string;
  paperId: string | null;
  year: number | null;
  shards: string[];
  entries: number;
}

/** The parts of the export of an entries folder: one per paper and year, in paper id and year order, the unfiled last. */
export function planExportParts(manifest: Manifest, perPart = ENTRIES_PER_PART): ExportPart[] {
  const groups = new Map<string, { paperId: string | null; year: number | null; shards: [string, number][] }>();
  for (const [name, shard] of Object.entries(manifest.shards)) {
    if (shard.entries === 0) continue;
    // Shard names are `<paper id>/<YYYY-MM>` or `_unfiled/<NNNN>` (src/ingest-run/shards.ts).
    const [dir, rest] = [name.slice(0, name.lastIndexOf('/')), name.slice(name.lastIndexOf('/') + 1)];
    const dated = dir !== '_unfiled';
    const key = dated ? `${dir}-${rest.slice(0, 4)}` : 'unfiled';
    let g = groups.get(key);
    if (!g) groups.set(key, (g = { paperId: dated ? dir : null, year: dated ? Number(rest.slice(0, 4)) : null, shards: [] }));
    g.shards.push([name, shard.entries]);
  }
  const keys = [...groups.keys()].sort((a, b) => (a === 'unfiled' ? 1 : b === 'unfiled' ? -1 : a < b ? -1 : a > b ? 1 : 0));
  return keys.flatMap((key) => {
    const g = groups.get(key)!;
    const runs: { shards: string[]; entries: number }[] = [];
    for (const [name, entries] of g.shards.sort(([a], [b]) => (a < b ? -1 : 1))) {
      const last = runs.at(-1);
      if (last && last.entries + entries <= perPart) {
        last.shards.push(name);
        last.entries += entries;
      } else runs.push({ shards: [name], entries });
    }
    return runs.map((r, i) => ({ file: `${key}${i ? `-${i + 1}` : ''}.ndjson.gz`, paperId: g.paperId, year: g.year, ...r }));
  });
}
