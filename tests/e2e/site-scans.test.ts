// Page scans: an image or PDF saved beside a page's text is recorded by ingest
// (not warned of as a file not read), optimised at build into a few WebP widths,
// shown beside the text in the page view (srcset, lazy) and linked from its articles;
// those page views and articles are valid HTML.
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { crc32, deflateSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PageSchema } from '../../src/schema/page.ts';
import { htmlErrors } from './support/html-errors.ts';
import { follow, startSite, type SiteSession } from './support/site-session.ts';

/** A grey PNG of the given size, written by hand (8-bit greyscale). */
function png(width: number, height: number): Buffer {
  const chunk = (type: string, data: Buffer) => {
    const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
    const len = Buffer.alloc(4);
    len.writeUInt32BE(data.length);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(body));
    return Buffer.concat([len, body, crc]);
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 0, 0, 0, 0], 8);
  // Each row: filter byte 0, then a gradient so the image is not blank.
  const rows = Buffer.alloc((width + 1) * height);
  for (let y = 0; y < height; y++) for (let x = 0; x < width; x++) rows[y * (width + 1) + 1 + x] = (x + y) % 256;
  return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk('IHDR', header), chunk('IDAT', deflateSync(rows)), chunk('IEND', Buffer.alloc(0))]);
}

const PDF = '%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj 2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n';
const page = (title: string) => [title, '本报记者 方晓', `${title}的消息传来，街坊们都很高兴。`, '大家说，这件事办到了心坎上。'].join('\n\n') + '\n';

let s: SiteSession;
beforeAll(async () => {
  const input = mkdtempSync(join(tmpdir(), 'scans-'));
  const day = join(input, 'nanhu/2024-05-06');
  mkdirSync(day, { recursive: true });
  writeFileSync(join(input, 'nanhu/paper.json'), '{"name": "南湖日报"}');
  writeFileSync(join(day, '01.txt'), page('南湖公园完成改造'));
  writeFileSync(join(day, '01.png'), png(1200, 1700));
  writeFileSync(join(day, '02.txt'), page('老街夜市重新开张'));
  writeFileSync(join(day, '02.pdf'), PDF);
  writeFileSync(join(day, '03.txt'), page('社区食堂开门迎客'));
  s = await startSite({ base: '/', input });
});
afterAll(() => s?.close());

describe('page scans', () => {
  it('are recorded on their pages by ingest, not reported as files not read', () => {
    const pages = PageSchema.array().parse(JSON.parse(readFileSync(join(s.site.entries, 'pages.json'), 'utf8')));
    expect(pages.map((p) => [p.file, p.scan ?? null])).toEqual([
      ['nanhu/2024-05-06/01.txt', { file: 'nanhu/2024-05-06/01.png', kind: 'image' }],
      ['nanhu/2024-05-06/02.txt', { file: 'nanhu/2024-05-06/02.pdf', kind: 'pdf' }],
      ['nanhu/2024-05-06/03.txt', null],
    ]);
    const files = readFileSync(join(s.site.entries, 'files.json'), 'utf8');
    expect(files).not.toContain('not read');
  });

  it('are optimised at build into WebP files no wider than the scan', () => {
    const dir = join(s.site.dist, 'scans');
    for (const w of [480, 960]) {
      const webp = readFileSync(join(dir, `nanhu-20240506-01-${w}.webp`));
      expect(webp.subarray(0, 4).toString('latin1')).toBe('RIFF');
      expect(webp.subarray(8, 12).toString('latin1')).toBe('WEBP');
    }
    // The scan is 1200 px wide: served at its own width, never enlarged to 1600.
    expect(existsSync(join(dir, 'nanhu-20240506-01-1200.webp'))).toBe(true);
    expect(existsSync(join(dir, 'nanhu-20240506-01-1600.webp'))).toBe(false);
    expect(readFileSync(join(dir, 'nanhu-20240506-02.pdf'), 'latin1')).toBe(PDF);
  });

  it('show beside the text in the page view, in widths the browser chooses from, loaded lazily', async () => {
    const { page } = await s.open(1280);
    await page.goto(s.served.url('page/nanhu-20240506-01/'));
    const img = page.locator('.page-scan img');
    expect(await img.getAttribute('loading')).toBe('lazy');
    expect(await img.getAttribute('srcset')).toBe('/scans/nanhu-20240506-01-480.webp 480w, /scans/nanhu-20240506-01-960.webp 960w, /scans/nanhu-20240506-01-1200.webp 1200w');
    expect(await img.getAttribute('sizes')).toBeTruthy();
    expect([await img.getAttribute('width'), await img.getAttribute('height')]).toEqual(['1200', '1700']);
    expect(await img.getAttribute('alt')).toBe('南湖日报 2024年5月6日 第1版 版面原图');
    await img.scrollIntoViewIfNeeded();
    await expect.poll(() => img.evaluate((el: HTMLImageElement) => el.complete && el.naturalWidth)).toBeGreaterThan(0);
    expect(await img.evaluate((el: HTMLImageElement) => el.currentSrc)).toMatch(/nanhu-20240506-01-(480|960|1200)\.webp$/);
    // Beside the items, not under them, on a wide screen.
    const [scanBox, itemsBox] = [await page.locator('.page-scan').boundingBox(), await page.locator('.page-items').boundingBox()];
    expect(scanBox!.x + scanBox!.width).toBeLessThanOrEqual(itemsBox!.x);
    expect(Math.abs(scanBox!.y - itemsBox!.y)).toBeLessThan(50);

    await page.goto(s.served.url('page/nanhu-20240506-02/'));
    expect(await page.locator('.page-scan iframe').getAttribute('src')).toBe('/scans/nanhu-20240506-02.pdf');
    await page.goto(s.served.url('page/nanhu-20240506-03/'));
    expect(await page.locator('.page-scan').count()).toBe(0);
  });

  it('leave the page views and articles valid HTML (html-validate, as site-valid checks every other page kind)', async () => {
    const pages = ['01', '02', '03'].flatMap((n) => [`page/nanhu-20240506-${n}/index.html`, `article/nanhu-20240506-${n}-01/index.html`]);
    expect(await htmlErrors(s.site.dist, pages)).toEqual([]);
  });

  it('are linked from the articles printed on the page', async () => {
    const { page } = await s.open();
    await page.goto(s.served.url('article/nanhu-20240506-01-01/'));
    await follow(page, page.locator('.source').getByRole('link', { name: '查看版面原图' }));
    expect(page.url()).toBe(s.served.url('page/nanhu-20240506-01/#scan'));
    await page.goto(s.served.url('article/nanhu-20240506-03-01/'));
    expect(await page.locator('.source').getByRole('link', { name: '查看版面原图' }).count()).toBe(0);
  });
});
