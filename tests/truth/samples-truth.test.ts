import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SidecarSchema } from '../../src/ingest/page-meta.ts';
import { loadSampleTruth, SAMPLES_DIR, type TruthItem, type TruthPage } from './sample-truth.ts';

// These tests hold the hand-written truth to the sample bytes, without the
// parser: a typo in the truth must fail here, not as a parser bug.

const truth = loadSampleTruth();
const files = Object.keys(truth);

function listPages(dir: string, prefix = ''): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return listPages(path, `${prefix}${name}/`);
    return name.endsWith('.txt') ? [`${prefix}${name}`] : [];
  });
}

const strict = (label: string) => new TextDecoder(label, { fatal: true, ignoreBOM: true });

function startsWithBytes(b: Uint8Array, prefix: number[]): boolean {
  return prefix.every((x, i) => b[i] === x);
}

/** Decodes a page as its truth says it is stored, failing when the bytes say otherwise. */
function decodeDeclared(bytes: Uint8Array, encoding: TruthPage['encoding']): string {
  const utf8Bom = startsWithBytes(bytes, [0xef, 0xbb, 0xbf]);
  const utf16Bom = startsWithBytes(bytes, [0xff, 0xfe]);
  switch (encoding) {
    case 'utf-8':
      expect(utf8Bom).toBe(false);
      return strict('utf-8').decode(bytes);
    case 'utf-8-bom':
      expect(utf8Bom).toBe(true);
      return strict('utf-8').decode(bytes.subarray(3));
    case 'utf-16le':
      expect(utf16Bom).toBe(true);
      return strict('utf-16le').decode(bytes.subarray(2));
    case 'gb18030':
      expect(() => strict('utf-8').decode(bytes)).toThrow();
      return strict('gb18030').decode(bytes);
  }
}

function lineEndsOf(text: string): string {
  const crlf = (text.match(/\r\n/g) ?? []).length;
  const cr = (text.match(/\r(?!\n)/g) ?? []).length;
  const lf = (text.match(/(?<!\r)\n/g) ?? []).length;
  if (crlf && !cr && !lf) return 'crlf';
  if (cr && !crlf && !lf) return 'cr';
  if (lf && !crlf && !cr) return 'lf';
  return `mixed (lf ${lf}, crlf ${crlf}, cr ${cr})`;
}

interface Printed {
  raw: string[];
  /** Lines without layout markup (`#`, `■`, surrounding spaces); blank lines dropped. */
  lines: string[];
  /** The stripped lines joined without separator, with the offsets where each line starts and ends. */
  flat: string;
  starts: Set<number>;
  ends: Set<number>;
  /** Offsets in `flat` where a line starts after a blank line or a finished sentence. */
  blockStarts: Set<number>;
  /** Offsets in `flat` where a line ends that a blank line (or the end of the page) follows. */
  blockEnds: Set<number>;
}

function printedText(text: string): Printed {
  const raw = text.split(/\r\n|\r|\n/);
  const stripped = raw.map((l) => l.replace(/^[\s\u3000]*(#{1,6}\s+)?(■)?[\s\u3000]*/u, '').trimEnd());
  let flat = '';
  const starts = new Set<number>();
  const ends = new Set<number>();
  const blockStarts = new Set<number>();
  const blockEnds = new Set<number>();
  stripped.forEach((l, i) => {
    if (l === '') return;
    starts.add(flat.length);
    if (!stripped[i - 1] || /[。！？][”」]?$/u.test(stripped[i - 1]!)) blockStarts.add(flat.length);
    flat += l;
    ends.add(flat.length);
    if (!stripped[i + 1]) blockEnds.add(flat.length);
  });
  return { raw, lines: stripped.filter((l) => l !== ''), flat, starts, ends, blockStarts, blockEnds };
}

function occurrences(hay: string, needle: string): number[] {
  const at: number[] = [];
  for (let i = hay.indexOf(needle); i !== -1; i = hay.indexOf(needle, i + 1)) at.push(i);
  return at;
}

/** True when `s` is printed as a block of whole consecutive lines, as titles and subheads are. */
function isWholeLines(p: Printed, s: string): boolean {
  return occurrences(p.flat, s).some((i) => p.blockStarts.has(i) && p.blockEnds.has(i + s.length));
}

function bodyStartsAtLine(p: Printed, item: TruthItem): boolean {
  return p.lines.some((l) => {
    if (l.startsWith(item.first)) return true;
    return item.dateline !== null && l.startsWith(item.dateline) && l.slice(item.dateline.length).trimStart().startsWith(item.first);
  });
}

// The body ends a line, or only a photo credit (`张某摄`) follows it on that line.
function bodyEndsAtLine(p: Printed, item: TruthItem): boolean {
  return occurrences(p.flat, item.last).some((i) => {
    const end = i + item.last.length;
    if (p.ends.has(end)) return true;
    return item.authors.some((a) => {
      const credit = /^ ?[摄攝]/u;
      const rest = p.flat.slice(end);
      if (!rest.startsWith(a.name) || !credit.test(rest.slice(a.name.length))) return false;
      const len = a.name.length + credit.exec(rest.slice(a.name.length))![0].length;
      return p.ends.has(end + len);
    });
  });
}

const cache = new Map<string, Printed>();
function printed(file: string): Printed {
  let p = cache.get(file);
  if (!p) {
    p = printedText(decodeDeclared(readFileSync(join(SAMPLES_DIR, file)), truth[file]!.encoding));
    cache.set(file, p);
  }
  return p;
}

describe('sample truth', () => {
  it('describes every sample page and nothing else', () => {
    expect(files.slice().sort()).toEqual(listPages(SAMPLES_DIR).sort());
  });

  it.each(files)('%s: bytes, line ends and labels are as declared', (file) => {
    const page = truth[file]!;
    const bytes = readFileSync(join(SAMPLES_DIR, file));
    expect(bytes.length).toBeGreaterThanOrEqual(1500);
    expect(bytes.length).toBeLessThanOrEqual(6000);
    expect(lineEndsOf(decodeDeclared(bytes, page.encoding))).toBe(page.lineEnds);
    const rawLines = printed(file).raw.map((l) => l.trim());
    for (const label of page.labels) {
      expect(rawLines.includes(`### ${label}`) || rawLines.includes(`【${label}】`), label).toBe(true);
    }
  });

  it.each(files)('%s: every item is printed as the truth says', (file) => {
    const p = printed(file);
    for (const item of truth[file]!.items) {
      const where = `${file} item "${item.title ?? item.first}"`;
      for (const whole of [item.title, item.subtitle, ...item.subheads]) {
        if (whole !== null) expect(isWholeLines(p, whole), `${where}: whole lines "${whole}"`).toBe(true);
      }
      if (item.dateline !== null) expect(p.lines.some((l) => l.startsWith(item.dateline!)), `${where}: dateline`).toBe(true);
      for (const a of item.authors) expect(p.flat.includes(a.name), `${where}: author ${a.name}`).toBe(true);
      expect(bodyStartsAtLine(p, item), `${where}: first "${item.first}"`).toBe(true);
      expect(bodyEndsAtLine(p, item), `${where}: last "${item.last}"`).toBe(true);
    }
  });

  it('pairs every continuation with its other half on the same paper and date', () => {
    let pairs = 0;
    for (const file of files) {
      const dir = file.slice(0, file.lastIndexOf('/') + 1);
      const pageNo = Number(file.slice(dir.length, -'.txt'.length));
      for (const item of truth[file]!.items) {
        if (item.continuedOn === null) continue;
        const other = `${dir}${String(item.continuedOn).padStart(2, '0')}.txt`;
        expect(printed(file).lines).toContain(`下转第${item.continuedOn}版`);
        expect(printed(other).lines.some((l) => l.endsWith(`上接第${pageNo}版`))).toBe(true);
        expect(truth[other]!.items.filter((i) => i.continuedFrom === pageNo)).toHaveLength(1);
        pairs++;
      }
    }
    const from = files.flatMap((f) => truth[f]!.items).filter((i) => i.continuedFrom !== null).length;
    expect(pairs).toBeGreaterThan(0);
    expect(from).toBe(pairs);
  });

  it('covers what issue 2 asks of the sample set', () => {
    const pages = files.map((f) => truth[f]!);
    const items = pages.flatMap((p) => p.items);
    const papers = new Map<string, Map<string, number>>();
    for (const f of files) {
      const [paper, date] = f.split('/') as [string, string];
      const dates = papers.get(paper) ?? new Map<string, number>();
      dates.set(date, (dates.get(date) ?? 0) + 1);
      papers.set(paper, dates);
    }
    expect(papers.size).toBeGreaterThanOrEqual(2);
    for (const dates of papers.values()) {
      expect(dates.size).toBeGreaterThanOrEqual(2);
      for (const count of dates.values()) expect(count).toBeGreaterThanOrEqual(3);
    }
    expect(new Set(pages.map((p) => p.encoding))).toEqual(new Set(['utf-8', 'utf-8-bom', 'utf-16le', 'gb18030']));
    expect(new Set(pages.map((p) => p.lineEnds))).toEqual(new Set(['lf', 'crlf', 'cr']));
    expect(new Set(pages.map((p) => p.lang))).toEqual(new Set(['zh-CN', 'zh-Hant']));
    expect(new Set(items.map((i) => i.kind))).toEqual(new Set(['article', 'brief', 'photo']));
    const roles = new Set(items.flatMap((i) => i.authors.map((a) => a.role)));
    for (const role of ['记者', '首席记者', '特约记者', '通讯员', '摄影', null]) expect(roles).toContain(role);
    expect(items.some((i) => i.kind === 'photo' && i.title === null && i.authors.length === 0)).toBe(true);
    expect(items.some((i) => i.dateline === '本报讯')).toBe(true);
  });

  it('has paper and page sidecars that the ingest sidecar schema accepts', () => {
    const papers = new Set(files.map((f) => f.split('/')[0]!));
    for (const paper of papers) {
      const sidecar = SidecarSchema.parse(JSON.parse(readFileSync(join(SAMPLES_DIR, paper, 'paper.json'), 'utf8')));
      expect(sidecar.name).toBeTruthy();
    }
    for (const file of files) {
      let text: string;
      try {
        text = readFileSync(join(SAMPLES_DIR, file.replace(/\.txt$/, '.json')), 'utf8');
      } catch {
        continue;
      }
      expect(() => SidecarSchema.parse(JSON.parse(text)), file).not.toThrow();
    }
  });
});
