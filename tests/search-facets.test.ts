// Facet counts over a result list (src/search/browser/result-facets.ts).
import { describe, expect, it } from 'vitest';
import { decodeDocFacets, encodeDocFacets } from '../src/search/core/doc-codec.ts';
import type { SearchManifest } from '../src/search/core/layout.ts';
import { countFacets } from '../src/search/browser/result-facets.ts';

describe('facet counts', () => {
  // Six documents in date order: two in 2023, three in 2024, one undated.
  const rows = [
    { paper: 0, kind: 0, reporters: [0] },
    { paper: 1, kind: 0, reporters: [0, 1] },
    { paper: 0, kind: 1, reporters: [] },
    { paper: 0, kind: 0, reporters: [1] },
    { paper: 1, kind: 1, reporters: [1] },
    { paper: -1, kind: 1, reporters: [] },
  ];
  const facets = decodeDocFacets(encodeDocFacets(rows), rows.length);
  const m = { papers: [{ name: '江城日报', count: 3 }, { name: '港島時報', count: 2 }], kinds: [{ kind: 'article', count: 3 }, { kind: 'brief', count: 3 }] } as SearchManifest;
  const dates = { dates: ['2023-12-30', '2023-12-31', '2024-03-01', '2024-03-02'], starts: [0, 1, 2, 4], undated: 5 };
  const names = [{ name: '王小明', pinyin: 'wang xiao ming', count: 2 }, { name: '李华', pinyin: 'li hua', count: 3 }];

  it('counts papers, kinds, years and reporters over the given documents only, most common first, years newest first', () => {
    expect(countFacets(Int32Array.of(0, 1, 3, 4, 5), facets, m, dates, names)).toEqual({
      paper: [{ value: '江城日报', count: 2 }, { value: '港島時報', count: 2 }],
      kind: [{ value: 'article', count: 3 }, { value: 'brief', count: 2 }],
      year: [{ value: '2024', count: 2 }, { value: '2023', count: 2 }],
      reporter: [{ value: '李华', count: 3 }, { value: '王小明', count: 2 }],
    });
    expect(countFacets(Int32Array.of(2), facets, m, dates, names)).toEqual({ paper: [{ value: '江城日报', count: 1 }], kind: [{ value: 'brief', count: 1 }], year: [{ value: '2024', count: 1 }], reporter: [] });
  });
});
