// Random valid corrections on generated pages: whatever a curator writes, the
// page still passes the schema, ids stay unique, and every printed character
// is still in exactly one entry field or page label.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { generateArchive } from '../src/generate/archive.ts';
import { applyCorrections } from '../src/ingest/corrections/apply-corrections.ts';
import { parsePage, type ParsedPage } from '../src/ingest/index.ts';
import { compareCoverage, printedLines } from '../src/ingest/text-coverage.ts';
import { AuthorRoleSchema } from '../src/schema/author.ts';
import { CorrectionSchema, MarkAsSchema, type Correction } from '../src/schema/correction.ts';
import { EntryKindSchema } from '../src/schema/entry-kind.ts';
import { EntrySchema } from '../src/schema/entry.ts';
import { PageSchema } from '../src/schema/page.ts';

const PAGES = [...generateArchive(400, 'corrections-property')].map((g) => JSON.stringify(parsePage({ file: g.file, bytes: g.bytes, sidecar: null })));

/** What a random correction is made from: numbers that pick lines, items, lengths and values on the page. */
const seedOp = fc.record({
  op: fc.constantFrom('split', 'merge', 'set', 'mark', 'move', 'join', 'break'),
  a: fc.nat(),
  b: fc.nat(),
  c: fc.nat(),
  len: fc.integer({ min: 1, max: 14 }),
  hint: fc.constantFrom('none', 'exact', 'off'),
  // Now and then text the page does not print: such corrections must change nothing.
  gone: fc.nat({ max: 9 }).map((n) => n === 0),
});
type Seed = typeof seedOp extends fc.Arbitrary<infer T> ? T : never;

function materialise(p: ParsedPage, lines: { text: string; no: number }[], s: Seed): Correction {
  const pick = <T>(list: T[], k: number) => list[k % list.length]!;
  const line = (k: number) => (lines.length === 0 ? { text: '无', no: 1 } : pick(lines, k));
  const prefix = (text: string) => (s.gone ? '此处并无此文' : [...text].slice(0, s.len).join('') || text);
  const near = (no: number) => (s.hint === 'none' ? undefined : s.hint === 'exact' ? no : no + (s.a % 7) + 1);
  const heads = p.entries.map((e) => e.title ?? e.kicker ?? e.paragraphs[0] ?? e.caption ?? '无');
  const item = (k: number) => (s.gone ? '此处并无此文' : prefix(heads.length === 0 ? '无' : pick(heads, k)));
  const inner = (text: string) => {
    const cs = [...text];
    const from = s.b % Math.max(1, cs.length);
    const part = cs.slice(from, from + s.len).join('');
    return part.trim() ? part : text;
  };
  const l = line(s.a);
  switch (s.op) {
    case 'split':
    case 'join':
      return CorrectionSchema.parse({ op: s.op, line: prefix(l.text), near: near(l.no) });
    case 'break':
      return CorrectionSchema.parse({ op: 'break', line: s.c % 2 && !s.gone ? inner(l.text) : prefix(l.text), near: near(l.no) });
    case 'merge':
      return CorrectionSchema.parse({ op: 'merge', item: item(s.a), ...(s.c % 2 ? { into: item(s.b) } : {}) });
    case 'set': {
      const e = p.entries.length ? pick(p.entries, s.a) : null;
      const text = e ? inner([e.title, ...e.paragraphs, e.caption].filter(Boolean).join('')) || '无' : '无';
      const field = pick(['kicker', 'title', 'subtitle', 'dateline', 'kind', 'authors'] as const, s.c);
      const value = field === 'kind' ? pick(EntryKindSchema.options, s.b) : field === 'authors' ? [{ name: '王海涛', role: pick(AuthorRoleSchema.options, s.b) }, '李静'] : s.b % 5 === 0 ? null : text;
      return CorrectionSchema.parse({ op: 'set', item: item(s.a), [field]: value });
    }
    case 'mark': {
      const last = line(s.a + (s.b % 3));
      return CorrectionSchema.parse({ op: 'mark', line: prefix(l.text), ...(s.c % 3 === 0 ? { through: prefix(last.text) } : {}), as: pick(MarkAsSchema.options, s.c), near: near(l.no) });
    }
    default: {
      const last = line(s.a + (s.b % 4));
      return CorrectionSchema.parse({ op: 'move', lines: s.c % 2 ? prefix(l.text) : [prefix(l.text), prefix(last.text)], to: item(s.c), near: near(l.no) });
    }
  }
}

describe('corrections on generated pages', () => {
  it('keep every page sound and lose no text, whatever valid corrections are applied', () => {
    const tally = new Map<string, number>();
    fc.assert(
      fc.property(fc.nat(), fc.array(seedOp, { minLength: 1, maxLength: 8 }), (k, seeds) => {
        const parsed = JSON.parse(PAGES[k % PAGES.length]!) as ParsedPage;
        const lines = printedLines(parsed.page).filter((l) => l.text.trim() !== '');
        const corrections = seeds.map((s, i) => ({ correction: materialise(parsed, lines, s), line: i + 1 }));
        applyCorrections(parsed, [{ file: 'p.fix.yaml', beside: parsed.page.file, corrections }]);
        expect(PageSchema.safeParse(parsed.page).error).toBeUndefined();
        for (const e of parsed.entries) expect(EntrySchema.safeParse(e).error).toBeUndefined();
        expect(compareCoverage(parsed.page, parsed.entries)).toEqual({ lost: '', extra: '' });
        expect(new Set(parsed.entries.map((e) => e.id)).size).toBe(parsed.entries.length);
        expect(parsed.page.items).toEqual(parsed.entries.map((e) => e.id));
        // A correction that found nothing changed nothing: it names no item it touched.
        const outcomes = parsed.page.corrections![0]!.outcomes;
        expect(outcomes).toHaveLength(seeds.length);
        seeds.forEach((s, i) => {
          if (s.gone) expect(outcomes[i]!.status).toBe('not-applied');
          const key = `${s.op} ${outcomes[i]!.status}`;
          tally.set(key, (tally.get(key) ?? 0) + 1);
        });
      }),
      { numRuns: 1000 },
    );
    // The corrections tried were mostly ones that apply: every operation changed pages.
    for (const op of ['split', 'merge', 'set', 'mark', 'move', 'join', 'break']) expect(tally.get(`${op} applied`) ?? 0).toBeGreaterThan(20);
  });
});
