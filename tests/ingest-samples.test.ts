// The project's sample pages against the truth written by hand for each of them
// (tests/truth/samples.json): items, heads, authors, reading order, metadata.
import { beforeAll, describe, expect, it } from 'vitest';
import { runIngest, type IngestResult } from '../src/ingest-run/run-ingest.ts';
import { compareCoverage } from '../src/ingest/text-coverage.ts';
import { loadSampleTruth, SAMPLES_DIR } from './truth/sample-truth.ts';

// The truth file is read through its schema (tests/truth/sample-truth.ts), whose
// authors and languages are the entry schema's own.
const truth = loadSampleTruth();
let result: IngestResult;

beforeAll(async () => {
  result = await runIngest(SAMPLES_DIR, { cache: false, workers: 0 });
});

describe('sample pages', () => {
  it('are all described by the truth file', () => {
    expect(result.pages.map((p) => p.file).sort()).toEqual(Object.keys(truth).sort());
  });

  for (const [file, want] of Object.entries(truth)) {
    describe(file, () => {
      const page = () => result.pages.find((p) => p.file === file)!;
      const entries = () => result.entries.filter((e) => e.pageId === page().id);

      it('has the metadata of the page', () => {
        expect(page().encoding).toBe(want.encoding.replace('-bom', ''));
        expect(page().lang).toBe(want.lang);
        expect(page().labels.map((l) => l.text.replace(/^【|】$/g, ''))).toEqual(want.labels);
      });

      it('finds every item with its head, authors and reading order', () => {
        const got = entries().map((e) => {
          const body = e.kind === 'photo' ? (e.caption ?? '') : e.paragraphs.join('');
          return {
            kind: e.kind,
            title: e.title,
            subtitle: e.subtitle,
            authors: e.authors,
            dateline: e.dateline,
            first: body.slice(0, want.items[0]?.first.length ?? 12),
            last: body.slice(-(want.items[0]?.last.length ?? 12)),
            subheads: e.subheads.map((i) => e.paragraphs[i]!),
            continuedOn: e.continuedOn?.page ?? null,
            continuedFrom: e.continuedFrom?.page ?? null,
          };
        });
        const expected = want.items.map((t) => ({ ...t, first: t.first, last: t.last }));
        expect(got.map(({ first, last, ...rest }) => ({ ...rest, first: first.slice(0, 8), last: last.slice(-8) }))).toEqual(
          expected.map(({ first, last, ...rest }) => ({ ...rest, first: first.slice(0, 8), last: last.slice(-8) })),
        );
      });

      it('loses no text', () => {
        expect(compareCoverage(page(), entries())).toEqual({ lost: '', extra: '' });
      });
    });
  }

  it('links the continued article across its two pages, both ways', () => {
    const on = result.entries.filter((e) => e.continuedOn);
    expect(on.length).toBeGreaterThan(0);
    for (const e of on) {
      const partner = result.entries.find((x) => x.id === e.continuedOn!.id);
      expect(partner?.continuedFrom?.id).toBe(e.id);
    }
  });
});
