import { describe, expect, it } from 'vitest';
import { mkdtemp, mkdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { checkLinks } from '../../scripts/check-links.ts';

async function site(files: Record<string, string>): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'links-'));
  for (const [path, text] of Object.entries(files)) {
    await mkdir(join(dir, path, '..'), { recursive: true });
    await writeFile(join(dir, path), text);
  }
  return dir;
}

describe('checkLinks', () => {
  it('accepts links to files, folders with index.html, ids, and the site’s own absolute URLs', async () => {
    const dist = await site({
      'index.html':
        '<a href="/b/a/">a</a><a href="/b/a/#x">x</a><link href="/b/s.css"><a href="https://site.org/b/a/">abs</a><a href="https://other.org/">ext</a><img src="data:image/png;base64,AA">' +
        // Inert until a script fills it in: not a link of the page.
        '<template data-card><li><a href="/b/article/__ID__/">card</a></li></template>',
      'a/index.html': '<h1 id="x">A</h1><a href="../">up</a><a href="#x">self</a>',
      's.css': '',
      'feed.xml': '<feed><link href="https://site.org/b/a/"/></feed>',
    });
    const r = checkLinks(dist, { base: '/b/', site: 'https://site.org' });
    expect(r.broken).toEqual([]);
    expect(r.links).toBe(9);
  });

  it('reports missing files, missing ids, paths outside the base and javascript: URLs', async () => {
    const dist = await site({
      'index.html': '<a href="/b/gone/">1</a><a href="/b/a/#nope">2</a><a href="/a/">3</a><a href="javascript:alert(1)">4</a><a href="https://site.org/b/gone.xml">5</a><p>&lt;a href=&quot;javascript:x&quot;&gt; is text</p>',
      'a/index.html': '<h1 id="x">A</h1>',
      'sitemap.xml': '<urlset><url><loc>https://site.org/b/missing/</loc></url></urlset>',
    });
    const r = checkLinks(dist, { base: '/b/', site: 'https://site.org' });
    expect(r.broken.map((b) => [b.file, b.url, b.reason])).toEqual([
      ['index.html', '/b/gone/', 'no such file'],
      ['index.html', '/b/a/#nope', 'no element with id "nope"'],
      ['index.html', '/a/', 'outside the base path /b/'],
      ['index.html', 'javascript:alert(1)', 'javascript: URL'],
      ['index.html', 'https://site.org/b/gone.xml', 'no such file'],
      ['sitemap.xml', 'https://site.org/b/missing/', 'no such file'],
    ]);
  });
});
