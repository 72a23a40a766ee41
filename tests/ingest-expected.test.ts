// Full parser output for every sample page, checked in beside the truth: any
// change to what ingest makes of a page shows up here as a diff to review.
// `UPDATE=1 npx vitest run tests/ingest-expected.test.ts` rewrites the files.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runIngest } from '../src/ingest-run/run-ingest.ts';

const root = join(import.meta.dirname, '..');
const expectedDir = join(root, 'tests/fixtures/expected');
const result = await runIngest(join(root, 'content/raw'), { cache: false, workers: 0 });

describe('sample pages, full output', () => {
  for (const page of result.pages) {
    it(page.file, () => {
      const { lines: _lines, ...record } = page;
      const actual = { page: record, entries: result.entries.filter((e) => e.pageId === page.id) };
      const file = join(expectedDir, page.file.replace(/\.txt$/, '.json'));
      if (process.env.UPDATE === '1') {
        mkdirSync(dirname(file), { recursive: true });
        writeFileSync(file, JSON.stringify(actual, null, 2) + '\n');
      }
      // A page without an expectation fails: one written here and compared with itself would pass unseen, in CI too.
      expect(existsSync(file), `${file} is missing: run UPDATE=1 npx vitest run tests/ingest-expected.test.ts and review it`).toBe(true);
      expect(actual).toEqual(JSON.parse(readFileSync(file, 'utf8')));
    });
  }
});
