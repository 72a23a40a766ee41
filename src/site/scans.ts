// Page scans (Page.scan) as the site serves them: images in a few widths as WebP,
// made at build by Astro's image service (see src/pages/scans/), PDFs as they are.
// Scans are read from the input folder, where ingest found them beside their text.
import { statSync } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { imageMetadata } from 'astro/assets/utils';
import type { Page } from '../schema/page.ts';
import { inputDir } from './paths.ts';

/** Widths a scan image is served in, for `srcset`: a phone, a column, a large screen. */
const SCAN_WIDTHS = [480, 960, 1600];

/** A page's scan as the site shows it: an image with its size and the widths it is served in, or a PDF. */
export type ShownScan = { kind: 'image'; width: number; height: number; widths: number[] } | { kind: 'pdf' };

/** The bytes of a page's scan, from the input folder. */
export function readScan(page: Omit<Page, 'lines'>): Promise<Uint8Array> {
  return readFile(join(inputDir, page.scan!.file));
}

const shown = new Map<string, Promise<ShownScan | null>>();

/**
 * A page's scan as the site shows it; null for a page without one, or whose scan
 * cannot be read any more (moved since ingest, not an image), which the build warns
 * of once, leaving the page without its scan. Every view asks here, so none links to a scan another lacks.
 */
export function shownScan(page: Omit<Page, 'lines'>): Promise<ShownScan | null> {
  const scan = page.scan;
  if (!scan) return Promise.resolve(null);
  let found = shown.get(page.id);
  if (!found) {
    const look: Promise<ShownScan> =
      scan.kind === 'pdf'
        ? stat(join(inputDir, scan.file)).then(() => ({ kind: 'pdf' }))
        : readScan(page)
            .then((bytes) => imageMetadata(bytes, scan.file))
            .then(({ width, height }) => ({ kind: 'image', width, height, widths: servedWidths(width) }));
    found = look.catch((e: Error) => {
      console.warn(`site: the scan ${scan.file} of page ${page.id} cannot be shown: ${e.message}`);
      return null;
    });
    shown.set(page.id, found);
  }
  return found;
}

/** The widths of SCAN_WIDTHS narrower than the scan, and the scan's own when it is narrower than the widest. */
function servedWidths(width: number): number[] {
  const below = SCAN_WIDTHS.filter((w) => w < width);
  return below.length === SCAN_WIDTHS.length ? below : [...below, width];
}

/** What a cached view must notice of a page's scan file (its size and time), which the page record does not hold; null when none is there. */
export function scanStamp(page: Omit<Page, 'lines'>): string | null {
  if (!page.scan) return null;
  const s = statSync(join(inputDir, page.scan.file), { throwIfNoEntry: false });
  return s ? `${s.size}:${s.mtimeMs}` : null;
}
