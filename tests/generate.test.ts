import { describe, expect, it } from 'vitest';
import { generateArchive, type GeneratedPage } from '../src/generate/archive.ts';
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
