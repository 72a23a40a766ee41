// Every record kind of the index written and read back (fast-check round
// trips), the dictionary's block rule, and the planner's choice of pairs.
import { deflateRawSync } from 'node:zlib';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compareKeys, decodeBlock, decodeRoot, encodeBlock, encodeRoot, findBlock, type BlockRef, type KeyEntry } from '../src/search/core/dictionary-codec.ts';
import { decodeDoc, decodeDocFacets, decodeSlot, encodeDoc, encodeDocFacets, encodeDocPack, OPENING_CHARS, slotRange } from '../src/search/core/doc-codec.ts';
import { DOCS_PER_PACK } from '../src/search/core/layout.ts';
import { chooseCover, SKIP_DOCS } from '../src/search/core/planner.ts';
import { decodeDocs, decodePositions, decodeTop, encodeDocs, encodePositions, encodeSkips, encodeTop, type DocPostings } from '../src/search/core/postings-codec.ts';
import { ByteReader, ByteWriter } from '../src/search/core/varint.ts';

const key = fc.array(fc.integer({ min: 0, max: 0x10ffff }), { minLength: 1, maxLength: 6 });

describe('varints', () => {
  it('read back every number up to 2^53 and every byte run, in order', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.maxSafeNat(), fc.uint8Array({ maxLength: 8 }))), (items) => {
        const w = new ByteWriter(1);
        for (const x of items) {
          if (typeof x === 'number') w.uint(x);
          else w.bytes(x);
        }
        const r = new ByteReader(w.view());
        for (const x of items) expect(typeof x === 'number' ? r.uint() : r.take(x.length)).toEqual(x);
        expect(r.done()).toBe(true);
      }),
    );
  });
});

describe('postings', () => {
  // Documents ascending, each with its positions ascending and how many of them fall in the headline and the lead.
  const doc = fc.tuple(fc.nat(50), fc.uniqueArray(fc.nat(5000), { minLength: 1, maxLength: 12 }), fc.nat(), fc.nat());
  const postings = fc.array(doc, { maxLength: 40 }).map((docs) => {
    let doc = -1;
    return docs.map(([gap, ps, t, l]) => {
      doc += gap + 1;
      const positions = [...ps].sort((a, b) => a - b);
      const inTitle = t % (positions.length + 1);
      return { doc, positions, inTitle, inLead: l % (positions.length - inTitle + 1) };
    });
  });

  it('read back documents, counts and zone counts, and positions by document', () => {
    fc.assert(
      fc.property(postings, (docs) => {
        const p: DocPostings = {
          docs: Int32Array.from(docs, (d) => d.doc), counts: Int32Array.from(docs, (d) => d.positions.length),
          inTitle: Int32Array.from(docs, (d) => d.inTitle), inLead: Int32Array.from(docs, (d) => d.inLead),
        };
        const w = new ByteWriter();
        encodeDocs(w, p);
        const docsPart = w.view().slice();
        w.reset();
        encodePositions(w, p.counts, docs.flatMap((d) => d.positions));
        const back = decodeDocs(docsPart, docs.length);
        expect(back).toEqual({ ...p, skips: null });
        const { start, positions } = decodePositions(w.view(), back.counts);
        docs.forEach((d, i) => expect(Array.from(positions.subarray(start[i], start[i + 1]))).toEqual(d.positions));
      }),
    );
  });

  it('read back the positions of any run of blocks alone, from the skips after the documents', () => {
    fc.assert(
      // Documents of several blocks, and two numbers that choose a run of blocks.
      fc.property(fc.array(doc, { minLength: SKIP_DOCS + 1, maxLength: 5 * SKIP_DOCS }), fc.nat(), fc.nat(), (raw, x, y) => {
        let at = -1;
        const docs = raw.map(([gap, ps]) => ({ doc: (at += gap + 1), positions: [...ps].sort((a, b) => a - b) }));
        const p: DocPostings = {
          docs: Int32Array.from(docs, (d) => d.doc), counts: Int32Array.from(docs, (d) => d.positions.length),
          inTitle: new Int32Array(docs.length), inLead: new Int32Array(docs.length),
        };
        const w = new ByteWriter();
        encodeDocs(w, p);
        const positionsPart = new ByteWriter();
        encodeSkips(w, encodePositions(positionsPart, p.counts, docs.flatMap((d) => d.positions)));
        const back = decodeDocs(w.view(), docs.length);
        expect({ ...back, skips: null }).toEqual({ ...p, skips: null });
        const blocks = Math.ceil(docs.length / SKIP_DOCS);
        const [from, to] = [Math.min(x, y) % blocks, (Math.max(x, y) % blocks) + 1].sort((a, b) => a - b) as [number, number];
        const end = to < blocks ? back.skips![to]! : positionsPart.length;
        const into = decodePositions(new Uint8Array(0), back.counts, undefined, 0, 0);
        decodePositions(positionsPart.view().subarray(back.skips![from], end), back.counts, into, from * SKIP_DOCS, Math.min(to * SKIP_DOCS, docs.length));
        docs.forEach((d, i) => {
          const inRun = i >= from * SKIP_DOCS && i < to * SKIP_DOCS;
          expect(Array.from(into.positions.subarray(into.start[i], into.start[i + 1]))).toEqual(inRun ? d.positions : d.positions.map(() => 0));
        });
      }),
    );
  });

  it('read back a top list in its order', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.nat(1e7), fc.integer({ min: 1, max: 5000 }), fc.constantFrom(0, 1, 2)), { maxLength: 20 }), (list) => {
        const top = { docs: Int32Array.from(list, (x) => x[0]), counts: Int32Array.from(list, (x) => x[1]), zones: Uint8Array.from(list, (x) => x[2]) };
        const w = new ByteWriter();
        encodeTop(w, top);
        expect(decodeTop(w.view())).toEqual(top);
      }),
    );
  });
});

describe('dictionary', () => {
  const entries = fc.uniqueArray(key, { minLength: 1, maxLength: 60, comparator: (a, b) => compareKeys(a, b) === 0 }).chain((keys) =>
    fc.tuple(...[...keys].sort(compareKeys).map((k) => fc.record({
      key: fc.constant(k), df: fc.nat(1e6), topLength: fc.oneof(fc.constant(0), fc.nat(300)),
      docsLength: fc.nat(300), positionsLength: fc.nat(300), inline: fc.boolean(),
    }))),
  );

  it('reads a block back: keys, counts, lengths, inline postings, and the pack offsets of the others', () => {
    fc.assert(
      fc.property(entries, fc.nat(20), fc.nat(1e9), (raw, pack, base) => {
        let offset = base;
        const list: KeyEntry[] = raw.map((e) => {
          const size = e.topLength + e.docsLength + e.positionsLength;
          const inline = e.inline ? Uint8Array.from({ length: size }, (_, i) => i % 251) : null;
          const out = { ...e, inline, pack: e.inline ? 0 : pack, offset: e.inline ? 0 : offset };
          if (!e.inline) offset += size;
          return out;
        });
        const w = new ByteWriter();
        encodeBlock(w, list);
        // An inline entry's place in a pack means nothing.
        const place = (e: KeyEntry) => (e.inline ? { ...e, pack: -1, offset: -1 } : e);
        expect(decodeBlock(w.view()).map(place)).toEqual(list.map(place));
      }),
    );
  });

  it('reads the root back, and finds for any key the one block that can hold it', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(key, { minLength: 1, maxLength: 50, comparator: (a, b) => compareKeys(a, b) === 0 }),
        fc.array(fc.boolean(), { minLength: 50, maxLength: 50 }),
        key,
        (keys, newFile, probe) => {
        const firsts = [...keys].sort(compareKeys);
        let file = 0;
        let offset = 0;
        const blocks: BlockRef[] = firsts.map((first, i) => {
          if (i > 0 && newFile[i]) {
            file++;
            offset = 0;
          }
          const b = { first, file, offset, length: 10 + i };
          offset += b.length;
          return b;
        });
        const w = new ByteWriter();
        encodeRoot(w, blocks);
        const root = decodeRoot(w.view());
        expect(root).toEqual(blocks);
        for (const k of [probe, ...firsts]) {
          const n = findBlock(root, k);
          const expected = firsts.filter((f) => compareKeys(f, k) <= 0).length - 1;
          expect(n).toBe(expected);
        }
      }),
    );
  });
});

describe('documents', () => {
  const text = fc.string({ unit: fc.constantFrom(...'乡村振兴发展ABC 𠀋"“”\n\u200b'), maxLength: 300 });
  const record = fc.record({
    header: fc.record({ id: fc.string(), title: text, paper: fc.option(text), date: fc.option(fc.constant('2024-03-01')), page: fc.option(fc.nat(99)), kind: fc.constantFrom('article', 'brief'), authors: fc.array(text, { maxLength: 3 }), lang: fc.constantFrom('zh-CN', 'zh-Hant') }),
    fields: fc.array(text, { minLength: 2, maxLength: 6 }),
    head: fc.integer({ min: 1, max: 2 }),
    // Subtitle, bylines and dateline between the headline and the body.
    preamble: fc.nat(2),
  }).map(({ preamble, ...r }) => ({ ...r, lead: Math.min(r.fields.length, r.head + preamble) }));

  it('read a document back whole from its two parts, and its opening alone as the start of it', async () => {
    await fc.assert(
      fc.asyncProperty(record, async (r) => {
        const { opening, rest } = encodeDoc(r, deflateRawSync);
        expect(await decodeDoc(opening, rest)).toEqual({ ...r, more: false });
        const first = await decodeDoc(opening);
        expect(first.more).toBe(rest.length > 0);
        // The headline and what stands before the body are in the opening whole.
        expect([first.head, first.lead]).toEqual([r.head, r.lead]);
        expect(first.fields.slice(0, r.lead)).toEqual(r.fields.slice(0, r.lead));
        // The opening's body is the body's first characters, cut inside a field at most once.
        const body = r.fields.slice(r.lead).join('\u0000');
        expect(body.startsWith(first.fields.slice(r.lead).join('\u0000'))).toBe(true);
        expect(first.fields.slice(r.lead).join('').length).toBeGreaterThanOrEqual(Math.min(OPENING_CHARS - 1, r.fields.slice(r.lead).join('').length));
      }),
      { numRuns: 80 },
    );
  });

  it('find each document’s opening and rest in its pack from its slot, openings too long for it included', () => {
    const part = (max: number) => fc.uint8Array({ maxLength: max });
    const opening = fc.oneof({ arbitrary: part(60), weight: 30 }, { arbitrary: part(400), weight: 1 });
    const readBack = (docs: { opening: Uint8Array; rest: Uint8Array }[]) => {
      const { bytes, slot } = encodeDocPack(docs);
      return docs.map((d, i) => {
        // A pack's first document is a multiple of DOCS_PER_PACK: only the number within the pack counts.
        const { start, length } = slotRange(DOCS_PER_PACK * 3 + i, slot);
        const s = decodeSlot(bytes.subarray(start, start + length));
        const rest = bytes.subarray(s.restStart, s.restStart + s.restLength);
        expect([...s.opening, ...rest.subarray(0, s.overflow)]).toEqual([...d.opening]);
        expect([...rest.subarray(s.overflow)]).toEqual([...d.rest]);
        return s.overflow;
      });
    };
    fc.assert(fc.property(fc.array(fc.record({ opening, rest: part(200) }), { minLength: 1, maxLength: 300 }), (docs) => void readBack(docs)), { numRuns: 60 });
    // One opening far longer than the others' does not fit its slot.
    const docs = Array.from({ length: 200 }, (_, i) => ({ opening: new Uint8Array(i === 7 ? 500 : 10).fill(i), rest: new Uint8Array(i % 3) }));
    expect(readBack(docs).map((o, i) => (o > 0 ? i : -1)).filter((i) => i >= 0)).toEqual([7]);
  });
});

describe('the facets table', () => {
  it('reads back each document’s paper (or none), kind and reporters, in order', () => {
    const row = fc.record({ paper: fc.integer({ min: -1, max: 300 }), kind: fc.nat(5), reporters: fc.array(fc.nat(100_000), { maxLength: 6 }) });
    fc.assert(
      fc.property(fc.array(row, { maxLength: 200 }), (rows) => {
        const f = decodeDocFacets(encodeDocFacets(rows), rows.length);
        const back = rows.map((_, d) => ({
          paper: f.paper[d],
          kind: f.kind[d],
          reporters: Array.from(f.reporters.subarray(f.reporterStart[d], f.reporterStart[d + 1])),
        }));
        expect(back).toEqual(rows);
        expect(f.reporterStart[rows.length]).toBe(f.reporters.length);
      }),
      { numRuns: 60 },
    );
  });
});

describe('the planner’s cover', () => {
  it('covers every character from an anchor at offset 0, at the least cost of all covers', () => {
    const term = fc.integer({ min: 3, max: 9 }).chain((n) =>
      fc.tuple(fc.constant(n), fc.array(fc.record({ offset: fc.nat(n - 2), length: fc.integer({ min: 2, max: 4 }), cost: fc.nat(1000) }), { maxLength: 10 })),
    );
    fc.assert(
      fc.property(term, ([n, extra]) => {
        // The term's pairs, and longer keys inside it.
        const pairs = Array.from({ length: n - 1 }, (_, o) => ({ offset: o, length: 2, cost: (o * 37) % 11 }));
        const keys = [...pairs, ...extra.filter((k) => k.offset + k.length <= n)];
        const cover = chooseCover(n, keys)!;
        const covers = (set: typeof keys) => Array.from({ length: n }, (_, c) => set.some((k) => k.offset <= c && c < k.offset + k.length)).every(Boolean);
        expect(covers(cover)).toBe(true);
        expect(cover[0]!.offset).toBe(0);
        let best = Infinity;
        for (let mask = 0; mask < 1 << keys.length; mask++) {
          const set = keys.filter((_, i) => mask & (1 << i));
          if (covers(set)) best = Math.min(best, set.reduce((s, k) => s + k.cost, 0));
        }
        expect(cover.reduce((s, k) => s + k.cost, 0)).toBe(best);
      }),
      { numRuns: 60 },
    );
  });
});
