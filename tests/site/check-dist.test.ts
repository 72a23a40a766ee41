// The build check (src/site/check-dist.ts and the integration that runs it after
// `astro build`), on built sites made here: the article and page views as the
// site's templates write them, reduced to what the check reads.
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { writeEntryData } from '../../src/ingest-run/write-output.ts';
import type { Entry } from '../../src/schema/entry.ts';
import { checkDist } from '../../src/site/check-dist.ts';
import { entriesIntegrity } from '../../src/site/integrity-integration.ts';
import { stateAfter, stateBefore } from '../support/entry-states.ts';
import { archiveOf, loadFixture } from './fixture.ts';

const root = mkdtempSync(join(tmpdir(), 'check-dist-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
let n = 0;

const escape = (s: string) => s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

/** An article view as src/pages/article/[id].astro writes it: head, breadcrumbs, the <article> with headline and body, then the rest of the page. */
function articleHtml(e: Entry, title: string): string {
  const body = e.paragraphs.map((p, i) => (e.subheads.includes(i) ? `<h2 class="subhead">${escape(p)}</h2>` : `<p>${escape(p)}</p>`)).join('');
  const caption = e.caption ? `<figure class="photo"><figcaption><span class="photo__caption">${escape(e.caption)}</span></figcaption></figure>` : '';
  return `<!DOCTYPE html><html lang="${e.lang}"><head><title>${escape(title)} · 报纸档案馆</title></head><body><main><nav class="breadcrumbs"><ol><li><span aria-current="page">${escape(title)}</span></li></ol></nav><article class="article" data-entry="${e.id}"><header class="article__head"><hgroup class="article__headline"><h1>${escape(title)}</h1></hgroup></header><div class="article__body">${caption}${body}</div></article><nav class="pager"></nav></main></body></html>`;
}

/** A built site showing every entry and page of the fixture as it should. */
function builtSite(entries = loadFixture().entries, pages = loadFixture().pages): string {
  const dist = join(root, `dist-${n++}`);
  const archive = archiveOf(entries, pages);
  for (const e of entries) {
    mkdirSync(join(dist, 'article', e.id), { recursive: true });
    writeFileSync(join(dist, 'article', e.id, 'index.html'), articleHtml(e, archive.titleOf(e)));
  }
  for (const p of pages) {
    mkdirSync(join(dist, 'page', p.id), { recursive: true });
    writeFileSync(join(dist, 'page', p.id, 'index.html'), `<!DOCTYPE html><title>${p.id}</title>`);
  }
  return dist;
}

const view = (dist: string, id: string) => join(dist, 'article', id, 'index.html');

describe('checkDist', () => {
  const { entries, pages } = loadFixture();
  const [a, b] = entries as [Entry, Entry];

  it('finds nothing wrong with a site that shows every entry (markup in titles, supplied titles and photos included)', () => {
    expect(entries.some((e) => /[<&]/.test(e.title ?? '')) && entries.some((e) => !e.title) && entries.some((e) => e.kind === 'photo')).toBe(true);
    expect(checkDist(builtSite(), entries, pages)).toEqual([]);
  });

  it('names an entry that has no page, with the file it came from', () => {
    const dist = builtSite();
    rmSync(join(dist, 'article', a.id), { recursive: true });
    expect(checkDist(dist, entries, pages)).toEqual([
      `the site has ${entries.length - 1} article pages for ${entries.length} entries, and ${pages.length} page views for ${pages.length} page records.`,
      `article/${a.id}/index.html is missing: entry ${a.id} (from ${a.source.file}) has no page.`,
    ]);
  });

  it('counts two entries that share an id (and so one page) against the pages', () => {
    const twin = { ...b, id: a.id, source: { ...b.source, file: 'jiangcheng/2024-03-01/01 (1).txt' } };
    expect(checkDist(builtSite(), [...entries, twin], pages)[0]).toBe(
      `the site has ${entries.length} article pages for ${entries.length + 1} entries, and ${pages.length} page views for ${pages.length} page records.`,
    );
  });

  it('names a page that shows another entry', () => {
    const dist = builtSite();
    cpSync(view(dist, b.id), view(dist, a.id));
    expect(checkDist(dist, entries, pages)).toEqual([`article/${a.id}/index.html shows entry ${b.id}, not ${a.id}.`]);
  });

  it('names a page that says it is the entry but shows another’s headline or text', () => {
    const dist = builtSite();
    const html = readFileSync(view(dist, a.id), 'utf8');
    const other = articleHtml({ ...b, id: a.id }, b.title!);
    writeFileSync(view(dist, a.id), other);
    expect(checkDist(dist, entries, pages)).toEqual([`article/${a.id}/index.html shows the headline “${b.title}”, but the entry's title is “${a.title}”.`]);
    writeFileSync(view(dist, a.id), html.replace(escape(a.paragraphs[0]!.slice(0, 30)), escape(b.paragraphs[0]!.slice(0, 30))));
    expect(checkDist(dist, entries, pages)).toEqual([`article/${a.id}/index.html does not show the entry's opening words “${Array.from(a.paragraphs[0]!).slice(0, 24).join('')}”.`]);
  });

  it('names article and page views no record has, and page records without a view', () => {
    const dist = builtSite();
    mkdirSync(join(dist, 'article', 'deleted-20240101-01-01'));
    rmSync(join(dist, 'page', pages[0]!.id), { recursive: true });
    expect(checkDist(dist, entries, pages)).toEqual([
      `the site has ${entries.length + 1} article pages for ${entries.length} entries, and ${pages.length - 1} page views for ${pages.length} page records.`,
      `page/${pages[0]!.id}/index.html is missing: the page from ${pages[0]!.file} has no page view.`,
      'article/deleted-20240101-01-01/ is in the site, but no entry has the id deleted-20240101-01-01.',
    ]);
  });

  it('lists every stale view of an output folder reused after a large part of the archive was removed', () => {
    // 200,000 stale views: the list was once spread into push(), past what the call stack holds.
    const dist = builtSite();
    const stale = 200_000;
    for (let i = 0; i < stale; i++) mkdirSync(join(dist, 'article', `gone-${i}`));
    const problems = checkDist(dist, entries, pages);
    rmSync(dist, { recursive: true, force: true });
    expect(problems).toHaveLength(stale + 1);
    expect(problems).toContain(`article/gone-${stale - 1}/ is in the site, but no entry has the id gone-${stale - 1}.`);
  }, 120_000);

  it('does not take text the site leaves out of HTML (control characters) for another entry’s', () => {
    const raw = { ...a, title: `江城\u0000春季植树`, paragraphs: [`\u001b[31m三月的江城，\u000b细雨初歇。昨日上午，全市春季义务植树活动在江滨公园拉开帷幕。`] };
    const shown = { ...raw, title: raw.title.replace(/\p{Cc}/gu, ''), paragraphs: raw.paragraphs.map((p) => p.replace(/\p{Cc}/gu, '')) };
    const dist = builtSite([shown, ...entries.slice(1)]);
    expect(checkDist(dist, [raw, ...entries.slice(1)], pages)).toEqual([]);
  });

  it('reads an article longer than its read buffer to its end', () => {
    const long = { ...a, paragraphs: ['长'.repeat(70_000), ...a.paragraphs], subheads: [] };
    const dist = builtSite([long, ...entries.slice(1)]);
    expect(checkDist(dist, [long, ...entries.slice(1)], pages)).toEqual([]);
    writeFileSync(view(dist, a.id), readFileSync(view(dist, a.id), 'utf8').replace('</article>', ''));
    expect(checkDist(dist, [long, ...entries.slice(1)], pages)).toEqual([`article/${a.id}/index.html has no <article> element.`]);
  });
});

describe('the build check integration', () => {
  const logger = { info: () => {}, warn: () => {}, error: () => {} };

  /** A project folder with entries in content/entries (the default ARCHIVE_ENTRIES) and its built site. */
  async function project(): Promise<{ root: URL; dir: string; dist: URL }> {
    const dir = join(root, `project-${n++}`);
    await writeEntryData(join(dir, 'content/entries'), stateBefore());
    return { root: pathToFileURL(`${dir}/`), dir, dist: pathToFileURL(builtSite()) };
  }

  async function build(p: { root: URL; dist: URL }, between: () => Promise<void> = async () => {}): Promise<void> {
    const { hooks } = entriesIntegrity();
    await hooks['astro:config:setup']!({ config: { root: p.root }, command: 'build', logger } as never);
    await between();
    await hooks['astro:build:done']!({ dir: p.dist, logger } as never);
  }

  it('passes a site that shows its entries, and fails one that does not, listing what is wrong', async () => {
    const p = await project();
    await expect(build(p)).resolves.toBeUndefined();
    rmSync(join(fileURLToPath(p.dist), 'article', (stateBefore().articles[0] as Entry).id), { recursive: true });
    const count = stateBefore().articles.length;
    await expect(build(p)).rejects.toThrow(
      new RegExp(`The built site does not show the entries it was built from \\(2 problems\\):\n {2}the site has ${count - 1} article pages for ${count} entries[^]*\n {2}article/.*index\\.html is missing[^]*Delete the output folder`),
    );
  });

  it('refuses to start without a manifest, and fails a build whose entries an ingest replaced meanwhile', async () => {
    const p = await project();
    rmSync(join(p.dir, 'content/entries/manifest.json'));
    await expect(build(p)).rejects.toThrow(/manifest\.json is missing/);
    const q = await project();
    await expect(build(q, () => writeEntryData(join(q.dir, 'content/entries'), stateAfter()))).rejects.toThrow(/changed while the site was being built/);
  });
});
