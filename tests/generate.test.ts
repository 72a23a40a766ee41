import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { generateArchive, type GeneratedPage } from '../src/generate/archive.ts';
import { generateStyledArchive, parseStyles, styleSidecars, type StyleName } from '../src/generate/styles.ts';
import { normalizeText, TruthPageSchema } from '../src/generate/truth.ts';
import { decodeBytes } from '../src/ingest/decode.ts';
import { splitLines } from '../src/ingest/lines.ts';
import { MessageSink } from '../src/ingest/messages.ts';

const pages = (n: number, seed: string): GeneratedPage[] => [...generateArchive(n, seed)];

function pageText(p: GeneratedPage): string {
  const decoded = decodeBytes(p.bytes, new MessageSink(p.file));
  expect(decoded.text, p.file).not.toBeNull();
  return decoded.text!;
}

describe('generated archive', () => {
  const archive = pages(1500, 'test-seed');

  it('holds exactly the number of items asked for', () => {
    expect(archive.reduce((n, p) => n + p.truth.items.length, 0)).toBe(1500);
    expect(pages(7, 'x').reduce((n, p) => n + p.truth.items.length, 0)).toBe(7);
  });

  it('is the same for the same seed, and different for another', () => {
    const again = pages(1500, 'test-seed');
    expect(again.map((p) => p.file)).toEqual(archive.map((p) => p.file));
    again.forEach((p, i) => {
      expect(Buffer.from(p.bytes).equals(Buffer.from(archive[i]!.bytes)), p.file).toBe(true);
      expect(p.truth).toEqual(archive[i]!.truth);
    });
    const other = pages(1500, 'other-seed');
    expect(Buffer.from(other[0]!.bytes).equals(Buffer.from(archive[0]!.bytes))).toBe(false);
  });

  it('makes a smaller archive a prefix of a larger one', () => {
    const small = pages(400, 'test-seed');
    small.slice(0, -1).forEach((p, i) => expect(Buffer.from(p.bytes).equals(Buffer.from(archive[i]!.bytes)), p.file).toBe(true));
    // The last page is cut short, so it is laid out afresh, but it holds the same items.
    const gist = (p: GeneratedPage) => p.truth.items.map((i) => `${i.kind} ${i.first} ${i.authors.map((a) => a.name).join()}`);
    const last = small.at(-1)!;
    expect(gist(last)).toEqual(gist(archive[small.length - 1]!).slice(0, last.truth.items.length));
  });

  it('writes paths the ingest reads: <paper>/<YYYY-MM-DD>/<NN>.txt', () => {
    for (const p of archive) expect(p.file).toMatch(/^[^/]+\/\d{4}-\d{2}-\d{2}\/\d{2}\.txt$/);
    expect(new Set(archive.map((p) => p.file)).size).toBe(archive.length);
  });

  it('writes truth of the shared shape that agrees with the page text', () => {
    for (const p of archive) {
      TruthPageSchema.parse(p.truth);
      const lines = splitLines(pageText(p));
      const text = normalizeText(lines.map((l) => l.text).join(''));
      for (const item of p.truth.items) {
        const where = `${p.file}: ${item.first}`;
        expect(text.includes(normalizeText(item.first)), where).toBe(true);
        expect(text.includes(normalizeText(item.last)), where).toBe(true);
        if (item.title) expect(text.includes(normalizeText(item.title)), where).toBe(true);
        if (item.subtitle) expect(item.subtitle.startsWith('——') && text.includes(normalizeText(item.subtitle)), where).toBe(true);
        if (item.dateline) expect(text.includes(normalizeText(item.dateline)), where).toBe(true);
        for (const a of item.authors) expect(text.includes(a.name), `${where} ${a.name}`).toBe(true);
        for (const s of item.subheads) expect(lines.some((l) => normalizeText(l.text) && normalizeText(s).startsWith(normalizeText(l.text))), `${where} ${s}`).toBe(true);
      }
      for (const label of p.truth.labels) expect(lines.some((l) => l.text === label), `${p.file} ${label}`).toBe(true);
      // Bodies are disjoint parts of the page: together no longer than it.
      expect(p.truth.items.reduce((n, i) => n + (i.chars ?? 0), 0)).toBeLessThanOrEqual(text.length);
    }
  });

  it('prints every difficulty it claims, in every encoding, line ending and script', () => {
    const features = new Set(archive.flatMap((p) => p.truth.items.flatMap((i) => i.features ?? [])));
    for (const f of ['column-break', 'interleaved', 'reversed-blocks', 'lead-before-title', 'byline-before-title', 'multiline-title', 'two-line-byline', 'split-subhead', 'dateline', 'credit-line', 'credit-inline', 'no-credit', 'continued', 'markdown', 'traditional']) {
      expect(features, f).toContain(f);
    }
    expect(new Set(archive.map((p) => p.truth.encoding))).toEqual(new Set(['utf-8', 'utf-8-bom', 'utf-16le', 'gb18030']));
    expect(new Set(archive.map((p) => p.truth.lineEnds))).toEqual(new Set(['lf', 'crlf', 'cr']));
    expect(new Set(archive.map((p) => p.truth.lang))).toEqual(new Set(['zh-CN', 'zh-Hant']));
    expect(new Set(archive.flatMap((p) => p.truth.items.map((i) => i.kind)))).toEqual(new Set(['article', 'brief', 'photo']));
  });

  it('links both halves of an item printed on two pages', () => {
    const on = archive.flatMap((p) => p.truth.items.filter((i) => i.continuedOn !== null).map((i) => ({ p, i })));
    expect(on.length).toBeGreaterThan(0);
    for (const { p, i } of on) {
      const target = p.file.replace(/\d{2}\.txt$/, `${String(i.continuedOn).padStart(2, '0')}.txt`);
      const there = archive.find((x) => x.file === target);
      if (!there) continue; // the archive ended before that page
      expect(there.truth.items.some((x) => x.continuedFrom === 1 && x.title === null), target).toBe(true);
      expect(normalizeText(pageText(p))).toContain(`下转第${i.continuedOn}版`);
    }
  });
});

describe('generated archive in the real styles', () => {
  const REAL = ['P', 'K', 'G', 'md', 'txt', 'flat'] as const;
  const styled = (n: number, seed: string, styles: readonly StyleName[]) => [...generateStyledArchive(n, seed, styles)];
  const byStyle = new Map(REAL.map((s) => [s, styled(600, 'styles', [s])]));
  const text = (p: GeneratedPage) => new TextDecoder(p.truth.encoding === 'gb18030' ? 'gb18030' : 'utf-8').decode(p.bytes);

  it('keeps the default output what it was before styles: the same bytes for the same seed', () => {
    // Benchmarks compare runs over time: a change here must be deliberate (update the hash and say so).
    // Changed 2026-12-03: bylines and credits name each paper's staff (src/generate/staff.ts).
    const hash = createHash('sha256');
    for (const p of styled(300, 'test-seed', ['seed'])) hash.update(p.file).update(p.bytes);
    expect(hash.digest('hex')).toBe('f30344376e95afcb6504c6daf9c5a1dfa44673e1a2b45776c347769a74e3e4c5');
    expect(parseStyles('seed,P,K,G,md,txt,flat')).toEqual(['seed', ...REAL]);
    expect(parseStyles('P,X')).toBeNull();
  });

  it('holds the items asked for, shared out over the styles', () => {
    const mixed = styled(701, 'styles', ['seed', ...REAL]);
    expect(mixed.reduce((n, p) => n + p.truth.items.length, 0)).toBe(701);
    const items = Map.groupBy(mixed, (p) => p.truth.style).entries().map(([s, ps]) => [s, ps.reduce((n, p) => n + p.truth.items.length, 0)]);
    expect(Object.fromEntries(items)).toEqual({ seed: 101, P: 100, K: 100, G: 100, md: 100, txt: 100, flat: 100 });
  });

  for (const style of REAL) {
    it(`${style}: is the same for the same seed, another for another, and a smaller archive is a prefix`, () => {
      const archive = byStyle.get(style)!;
      expect(archive.reduce((n, p) => n + p.truth.items.length, 0)).toBe(600);
      const again = styled(600, 'styles', [style]);
      expect(again.map((p) => p.file)).toEqual(archive.map((p) => p.file));
      again.forEach((p, i) => {
        expect(Buffer.from(p.bytes).equals(Buffer.from(archive[i]!.bytes)), p.file).toBe(true);
        expect(p.truth).toEqual(archive[i]!.truth);
      });
      expect(Buffer.from(styled(600, 'other', [style])[0]!.bytes).equals(Buffer.from(archive[0]!.bytes))).toBe(false);
      const small = styled(150, 'styles', [style]);
      small.slice(0, -1).forEach((p, i) => expect(Buffer.from(p.bytes).equals(Buffer.from(archive[i]!.bytes)), p.file).toBe(true));
    });

    it(`${style}: writes truth that says only what is printed in the file`, () => {
      for (const p of byStyle.get(style)!) {
        TruthPageSchema.parse(p.truth);
        expect(p.truth.style).toBe(style);
        const raw = text(p);
        const page = normalizeText(raw);
        const lines = raw.split(/\r?\n/).map((l) => l.replace(/^[\s\u3000\u00a0>#]+|[\s\u3000\u00a0]+$/gu, ''));
        const printed = (s: string, what: string) => expect(page.includes(normalizeText(s)), `${p.file}: ${what} «${s}»`).toBe(true);
        for (const item of p.truth.items) {
          // Every field a truth item states, and each is in the file.
          expect(item.kicker, p.file).not.toBeUndefined();
          expect(item.column, p.file).not.toBeUndefined();
          expect(item.authorNote, p.file).not.toBeUndefined();
          expect(item.datelineParts, p.file).not.toBeUndefined();
          const stated = {
            first: item.first, last: item.last, title: item.title, subtitle: item.subtitle, kicker: item.kicker,
            dateline: item.dateline, authorNote: item.authorNote, column: item.column?.line ?? item.column?.name,
          };
          for (const [what, s] of Object.entries(stated)) {
            if (s) printed(s, what);
          }
          for (const a of item.authors) printed(a.name, 'author');
          for (const s of item.subheads) printed(s, 'subhead');
          for (const part of Object.values(item.datelineParts ?? {})) if (part) expect(item.dateline, p.file).toContain(part);
          if (item.column?.line === null) expect(item.title, p.file).toContain(item.column.name);
          // Heads stand on lines of their own.
          for (const head of [item.kicker, item.title, item.subtitle]) if (head) expect(lines, `${p.file}: ${head}`).toContain(head);
        }
        for (const label of p.truth.labels) expect(lines, `${p.file}: ${label}`).toContain(label);
        expect(p.truth.items.reduce((n, i) => n + (i.chars ?? 0), 0)).toBeLessThanOrEqual(page.length);
        // Where the file was printed: only what the file, its path or a sidecar says.
        const says = [p.file, raw, ...styleSidecars([style]).map((s) => s.text)].join('\n');
        for (const v of [p.truth.paper, p.truth.pageName]) if (v) expect(says, p.file).toContain(v);
        if (p.truth.date) expect(says, p.file).toMatch(new RegExp(dateForms(p.truth.date)));
        if (style === 'flat') expect([p.truth.paper, p.truth.date, p.truth.page]).toEqual([null, null, null]);
      }
    });
  }

  it('writes the paths each crawler writes', () => {
    const patterns: Record<(typeof REAL)[number], RegExp> = {
      P: /^松川日报\/\d{4}-\d{2}-\d{2}\/\d{2}\.txt$/u,
      K: /^baihe-daily\/\d{4}-\d{2}-\d{2}\/\d{2}\.txt$/u,
      G: /^jinyuan-daily\/\d{4}-\d{2}-\d{2}\/\d{2}\.txt$/u,
      md: /^vault\/\d{4}\/\d{2}\/\d{4}-\d{2}-\d{2}\/\d{2}-[^/]+\/[^/]+\.md$/u,
      txt: /^nanxi-txt\/\d{4}年\d{1,2}月\/\d{8}\/\d{8}-\d{2}-\d{2}\.txt$/u,
      flat: /^flat\/\d{3,}_[0-9a-f]{8}\.txt$/u,
    };
    for (const style of REAL) {
      const files = byStyle.get(style)!.map((p) => p.file);
      for (const f of files) expect(f).toMatch(patterns[style]);
      expect(new Set(files).size).toBe(files.length);
    }
  });

  it('prints the difficulties of each style', () => {
    const want: Record<(typeof REAL)[number], string[]> = {
      P: ['letter', 'kicker', 'kicker-dash', 'collective-byline', 'padded-name', 'trailing-credit', 'author-note', 'chart-note', 'photo-package', 'photos-on-one-line', 'box', 'column-tag', 'subtitle-no-dash', 'double-space-title'],
      K: ['letter', 'kicker', 'kicker-dash', 'trailing-credit', 'place-credit', 'author-note', 'photo-package', 'box', 'blank-indent-line', 'column-tag'],
      G: ['kicker', 'three-line-headline', 'indented-headline', 'subtitle-no-dash'],
      md: ['front-matter', 'bold-subhead', 'series', 'kicker'],
      txt: ['kicker', 'trailing-credit'],
      flat: ['kicker', 'trailing-credit'],
    };
    for (const style of REAL) {
      const features = new Set(byStyle.get(style)!.flatMap((p) => p.truth.items.flatMap((i) => i.features ?? [])));
      for (const f of want[style]) expect(features, `${style} ${f}`).toContain(f);
    }
    const k = byStyle.get('K')!;
    expect(k.every((p) => p.truth.lineEnds === 'crlf' && !text(p).replace(/\r\n/g, '').includes('\n'))).toBe(true);
    // K joins article files with nothing between them: a head line follows a body line directly.
    expect(k.some((p) => /\u3000\u3000[^\r]+\r\n[^\u3000\r][^\r]*\r\n/u.test(text(p)))).toBe(true);
    const g = byStyle.get('G')!;
    // Two unmarked headline lines are title and subtitle there: an unmarked kicker comes with three.
    expect(g.flatMap((p) => p.truth.items).filter((i) => i.kicker && !i.kicker.endsWith('——')).every((i) => i.subtitle !== null)).toBe(true);
    expect(g.every((p) => !/[，：（）]/u.test(text(p)) && /^\d{4}年\d{1,2}月\d{1,2}日金源日报 第\d+版$/mu.test(text(p)))).toBe(true);
    expect(new Set(byStyle.get('flat')!.map((p) => p.truth.encoding))).toEqual(new Set(['utf-8', 'gb18030']));
    // The txt crawler's copies of continued articles: byte copies, saying so, with no items of their own.
    const txt = byStyle.get('txt')!;
    const copies = txt.filter((p) => p.truth.duplicateOf !== undefined);
    expect(copies.length).toBeGreaterThan(0);
    for (const c of copies) {
      const original = txt.find((p) => p.file === c.truth.duplicateOf)!;
      expect(Buffer.from(c.bytes).equals(Buffer.from(original.bytes)), c.file).toBe(true);
      expect(c.truth.items).toEqual([]);
      expect(c.file.replace(/-\d+\.txt$/, '')).not.toBe(original.file.replace(/-\d+\.txt$/, ''));
    }
  });
});

// The forms a date is printed in: 2025-04-11, 20250411, 1957年7月20日, 2025年04月11日.
function dateForms(date: string): string {
  const [y, m, d] = date.split('-');
  return [date, `${y}${m}${d}`, `${y}年${Number(m)}月${Number(d)}日`, `${y}年${m}月${d}日`, `${y}年${Number(m)}月/${y}${m}${d}`].join('|');
}
