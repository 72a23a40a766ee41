// The parts of a site built in parts (src/site/partition.ts): which part a view goes to, and
// which names ARCHIVE_PART takes.
import { describe, expect, it } from 'vitest';
import { partOf, readPart, SHELL } from '../../src/site/partition.ts';

describe('parts of the site', () => {
  it('puts a record’s views in its paper’s year, or in the shell without paper or date', () => {
    expect(partOf({ paperId: 'qinghe-daily', date: '2024-12-31' })).toBe('qinghe-daily/2024');
    expect(partOf({ paperId: 'qinghe-daily', date: '2025-01-01' })).toBe('qinghe-daily/2025');
    expect(partOf({ paperId: 'qinghe-daily', date: null })).toBe(SHELL);
    expect(partOf({ paperId: null, date: '2024-05-01' })).toBe(SHELL);
  });

  it('takes the shell, a paper’s year or nothing (everything), and names what is wrong with anything else', () => {
    expect(readPart(undefined)).toEqual({ part: null });
    expect(readPart('')).toEqual({ part: null });
    expect(readPart('shell')).toEqual({ part: 'shell' });
    expect(readPart('qinghe-daily/2024')).toEqual({ part: 'qinghe-daily/2024' });
    for (const wrong of ['qinghe-daily', 'qinghe-daily/24', 'Qinghe/2024', 'qinghe-daily/2024/05', 'Shell']) {
      const read = readPart(wrong);
      expect(read, wrong).toHaveProperty('error');
      expect('error' in read && read.error).toContain(`ARCHIVE_PART=${wrong} names no part of the site`);
    }
  });
});
