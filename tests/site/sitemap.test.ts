import { describe, expect, it } from 'vitest';
import { sitemapIndex, urlset } from '../../src/site/sitemap.ts';

describe('sitemap', () => {
  const when = new Date('2026-12-03T05:06:07.890Z');

  it('dates every URL with lastmod', () => {
    const xml = urlset(['https://x.org/a/', 'https://x.org/b/'], when);
    expect(xml.match(/<url>.*?<\/url>/g)).toEqual([
      '<url><loc>https://x.org/a/</loc><lastmod>2026-12-03T05:06:07Z</lastmod></url>',
      '<url><loc>https://x.org/b/</loc><lastmod>2026-12-03T05:06:07Z</lastmod></url>',
    ]);
  });

  it('dates every sitemap file of the index', () => {
    expect(sitemapIndex(['https://x.org/sitemaps/1.xml'], when)).toContain('<sitemap><loc>https://x.org/sitemaps/1.xml</loc><lastmod>2026-12-03T05:06:07Z</lastmod></sitemap>');
  });
});
