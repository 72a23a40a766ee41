// Static hosts' limits: how many items fit, what the build says when its site
// does not fit the host named in ARCHIVE_HOST, and the integration that says it.
import { mkdirSync, mkdtempSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import type { DistStats } from '../../src/site/dist-stats.ts';
import { writeEntryData } from '../../src/ingest-run/write-output.ts';
import { hostCheck } from '../../src/site/host-integration.ts';
import { hostMisfit, hostNamed, HOSTS, itemsThatFit } from '../../src/site/hosts.ts';
import { stateBefore } from '../support/entry-states.ts';

const MiB = 2 ** 20;
const stats = (over: Partial<DistStats>): DistStats => ({
  htmlPages: 0, files: 100, folders: 90, bytes: 1e6, largest: [{ path: 'index.html', bytes: 1000 }], searchFiles: 0, searchBytes: 0, byFolder: {}, ...over,
});

describe('static hosts', () => {
  it('holds as many items as its tightest limit allows, counting folders where the host does', () => {
    const per = { bytes: 25_000, files: 1.25, folders: 1.25 };
    expect(itemsThatFit(HOSTS['github-pages'], per)).toBe(40_000);
    expect(itemsThatFit(HOSTS['cloudflare-free'], per)).toBe(16_000);
    expect(itemsThatFit(HOSTS['cloudflare-paid'], per)).toBe(80_000);
    // 1 GB / 25 KB = 40,000 by size; 200,000 / 2.5 entries = 80,000 by files and folders.
    expect(itemsThatFit(HOSTS['gitlab-pages'], per)).toBe(40_000);
    expect(itemsThatFit(HOSTS['gitlab-pages'], { ...per, bytes: 5000 })).toBe(80_000);
    expect(itemsThatFit(HOSTS.s3, per)).toBe(Infinity);
  });

  it('says nothing of a site that fits', () => {
    expect(hostMisfit(stats({}), 50, 'cloudflare-free')).toBeNull();
    expect(hostMisfit(stats({ files: 5_000_000, bytes: 1e12 }), 1, 's3')).toBeNull();
  });

  it('says which limit is over, by how much, how much of the archive fits, and what to do', () => {
    const message = hostMisfit(stats({ files: 25_000, bytes: 5e8 }), 20_000, 'cloudflare-free')!;
    expect(message).toContain('does not fit Cloudflare Pages (free plan) (ARCHIVE_HOST=cloudflare-free)');
    expect(message).toContain('25,000 files: 5,000 over its limit of 20,000 (25% too many)');
    expect(message).toContain('At 25.0 KB and 1.25 files per item, it holds about 16,000 of this archive\'s 20,000 items.');
    expect(message).toContain('What to do: use the paid plan (ARCHIVE_HOST=cloudflare-paid');
    const github = hostMisfit(stats({ bytes: 1.5e9 }), 50_000, 'github-pages')!;
    expect(github).toContain('1.50 GB in all: 500.0 MB over its limit of 1.00 GB for a site (50% too much)');
    expect(github).toContain('holds about 33,333 of this archive\'s 50,000 items');
    // GitLab counts the entries of the uploaded archive: files and folders.
    expect(hostMisfit(stats({ files: 120_000, folders: 100_000, bytes: 1e8 }), 100_000, 'gitlab-pages')).toContain('220,000 files and folders (120,000 files, 100,000 folders): 20,000 over its limit of 200,000');
  });

  it('names the files too large for the host and the folder they are in', () => {
    const largest = [{ path: 'search-index/a/0.bin', bytes: 32 * MiB }, { path: 'search-index/a/1.bin', bytes: 26 * MiB }, { path: 'index.html', bytes: 1000 }];
    const message = hostMisfit(stats({ largest }), 50, 'cloudflare-paid')!;
    expect(message).toContain('files larger than its limit of 25.0 MiB for one file: search-index/a/0.bin (32.0 MiB), search-index/a/1.bin (26.0 MiB).');
    expect(message).toContain('What to do: the files over 25.0 MiB are in search-index/');
    // Only a file too large: no count of items that would fit, since the count is not what is over.
    expect(message).not.toContain('it holds about');
  });

  it('refuses a host it does not know, naming those it does', () => {
    const named = hostNamed('cloudflare');
    expect('error' in named && named.error).toBe(`ARCHIVE_HOST=cloudflare is not a host this build knows. Set it to one of ${Object.keys(HOSTS).join(', ')}, or leave it unset to check no host's limits.`);
    expect(hostNamed('netlify')).toEqual({ host: HOSTS.netlify });
  });
});

describe('the host check integration', () => {
  const root = mkdtempSync(join(tmpdir(), 'host-check-'));
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  async function build(host: string | undefined): Promise<string[]> {
    const dir = mkdtempSync(join(root, 'p-'));
    await writeEntryData(join(dir, 'content/entries'), stateBefore());
    const dist = join(dir, 'dist');
    mkdirSync(join(dist, 'search-index'), { recursive: true });
    writeFileSync(join(dist, 'index.html'), '<!doctype html>');
    // A sparse file: its size is what counts, not the bytes written.
    writeFileSync(join(dist, 'search-index/0.bin'), '');
    truncateSync(join(dist, 'search-index/0.bin'), 30 * MiB);
    const said: string[] = [];
    const logger = { info: (m: string) => said.push(`info: ${m}`), warn: (m: string) => said.push(`warn: ${m}`), error: () => {} };
    const { hooks } = hostCheck(host);
    await hooks['astro:config:setup']!({ config: { root: pathToFileURL(`${dir}/`) }, command: 'build', logger } as never);
    await hooks['astro:build:done']!({ dir: pathToFileURL(`${dist}/`), logger } as never);
    return said;
  }

  it('warns after the build when the site does not fit the host named, and says when it fits', async () => {
    const warned = await build('cloudflare-free');
    expect(warned).toHaveLength(1);
    expect(warned[0]).toMatch(/^warn: The built site does not fit Cloudflare Pages \(free plan\)/);
    expect(warned[0]).toContain('search-index/0.bin (30.0 MiB)');
    expect(await build('github-pages')).toEqual(['info: the site fits GitHub Pages: 2 files, 31.5 MB']);
    expect(await build(undefined)).toEqual([]);
  });

  it('stops the build before it starts when the host is unknown', async () => {
    await expect(build('pages')).rejects.toThrow('ARCHIVE_HOST=pages is not a host this build knows.');
  });
});
