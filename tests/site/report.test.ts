import { describe, expect, it } from 'vitest';
import { reportRows } from '../../src/site/report.ts';
import { archiveOf, loadFixture } from './fixture.ts';

describe('ingest report', () => {
  const { entries, pages, fileReports } = loadFixture();

  it('puts the files the parser was unsure of first, then the rest by file name', () => {
    const { rows } = reportRows(archiveOf(entries, pages, fileReports));
    const doubtful = rows.filter((r) => r.errors + r.warnings + r.fragments > 0);
    expect(rows.slice(0, doubtful.length)).toEqual(doubtful);
    const rest = rows.slice(doubtful.length).map((r) => r.page.file);
    expect(rest).toEqual([...rest].sort());
    expect(rows.map((r) => r.page.file).sort()).toEqual(pages.map((p) => p.file).sort());
  });

  it('counts messages about sidecars in the totals, beside those about pages', () => {
    const pagesOnly = reportRows(archiveOf(entries, pages)).totals;
    const all = reportRows(archiveOf(entries, pages, fileReports)).totals;
    const sidecarErrors = fileReports.flatMap((f) => f.messages).filter((m) => m.severity === 'error').length;
    expect(sidecarErrors).toBeGreaterThan(0);
    expect(all.errors).toBe(pagesOnly.errors + sidecarErrors);
    expect(all.files).toBe(pages.length);
  });

  it('lists the reports on other files in file order', () => {
    const two = [...fileReports, { file: 'a/paper.json', messages: fileReports[0]!.messages }];
    expect(archiveOf(entries, pages, two).fileReports.map((f) => f.file)).toEqual(['a/paper.json', 'misc/scan-017.json']);
  });
});
