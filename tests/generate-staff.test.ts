import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { generateArchive } from '../src/generate/archive.ts';
import { staffOf, type Desk } from '../src/generate/staff.ts';
import { generateStyledArchive } from '../src/generate/styles.ts';
import { writeGeneratedArchive } from '../src/generate/write-archive.ts';

const everyone = (seed: string, paper: string, year: number) => new Set(Object.values(staffOf(seed, paper, year).desks).flat());
const shared = (a: Set<string>, b: Set<string>) => [...a].filter((n) => b.has(n)).length / a.size;

describe('generated staff', () => {
  it('credits each paper with tens to a few hundred names, not a new name for nearly every item', () => {
    const byPaper = new Map<string, { items: number; names: Set<string> }>();
    for (const p of generateArchive(4000, 'staff')) {
      const paper = p.file.slice(0, p.file.indexOf('/'));
      const tally = byPaper.get(paper) ?? byPaper.set(paper, { items: 0, names: new Set() }).get(paper)!;
      tally.items += p.truth.items.length;
      for (const i of p.truth.items) for (const a of i.authors) tally.names.add(a.name);
    }
    expect(byPaper.size).toBe(3);
    for (const [paper, { items, names }] of byPaper) {
      expect(names.size, paper).toBeGreaterThanOrEqual(20);
      expect(names.size, paper).toBeLessThan(Math.min(600, items / 3));
    }
  });

  it('credits the real styles from their staff too', () => {
    const names = new Set<string>();
    let items = 0;
    for (const p of generateStyledArchive(2000, 'staff', ['P'])) {
      items += p.truth.items.length;
      // Readers sign letters with names of their own; everyone else is staff.
      for (const i of p.truth.items) if (!i.features?.includes('letter')) for (const a of i.authors) names.add(a.name);
    }
    expect(names.size).toBeLessThan(items / 3);
  });

  it('keeps most of a staff from one year to the next and renews it over decades', () => {
    const y2021 = everyone('staff', '清禾日报', 2021);
    expect(y2021.size).toBeGreaterThanOrEqual(130);
    expect(shared(y2021, everyone('staff', '清禾日报', 2022))).toBeGreaterThan(0.75);
    expect(shared(y2021, everyone('staff', '清禾日报', 2022))).toBeLessThan(1);
    expect(shared(y2021, everyone('staff', '清禾日报', 2051))).toBeLessThan(0.25);
    // Another paper has another staff.
    expect(shared(y2021, everyone('staff', '石岭工人报', 2021))).toBeLessThan(0.05);
  });

  it('draws distinct names from a desk, leaving out those given', () => {
    const staff = staffOf('staff', '清禾日报', 2021);
    const rng = { next: (() => { let x = 0; return () => (x = (x + 0.379) % 1); })() };
    for (const desk of Object.keys(staff.desks) as Desk[]) {
      const not = staff.desks[desk].slice(0, 2);
      const names = staff.names(rng as never, desk, 4, not);
      expect(new Set(names).size, desk).toBe(4);
      for (const n of names) expect(staff.desks[desk], desk).toContain(n);
      for (const n of not) expect(names, desk).not.toContain(n);
    }
  });
});

describe('writing a generated archive', () => {
  const dirs: string[] = [];
  afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

  it('writes each page and its truth as it is made, not all at the end, and the truth equals the pages', () => {
    const out = mkdtempSync(join(tmpdir(), 'gen-stream-'));
    dirs.push(out);
    const truthSizes: number[] = [];
    const summary = writeGeneratedArchive(out, 300, 'stream', ['seed'], () => truthSizes.push(statSync(join(out, 'truth.json')).size));
    expect(truthSizes.length).toBe(summary.files);
    // Every page's truth was on disk when the page was reported written.
    for (let i = 1; i < truthSizes.length; i++) expect(truthSizes[i]!).toBeGreaterThan(truthSizes[i - 1]!);
    const pages = [...generateArchive(300, 'stream')];
    const truth = JSON.parse(readFileSync(join(out, 'truth.json'), 'utf8')) as Record<string, unknown>;
    expect(Object.keys(truth)).toEqual(pages.map((p) => p.file));
    pages.forEach((p) => expect(truth[p.file]).toEqual(JSON.parse(JSON.stringify(p.truth))));
    for (const p of pages) expect(readFileSync(join(out, 'raw', p.file)).equals(Buffer.from(p.bytes)), p.file).toBe(true);
  });
});
