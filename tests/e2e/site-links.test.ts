// Zero broken internal links or assets over the whole of dist, for the fixture
// site and the sample pages, at the domain root and under a base path.
import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { checkLinks } from '../../scripts/check-links.ts';
import { buildSite, fixtureEntries, repoRoot } from './support/build-site.ts';

const sources = {
  fixture: { entries: fixtureEntries },
  samples: { input: join(repoRoot, 'content/raw') },
};

describe.each(['/', '/archive/'])('links under %s', (base) => {
  it.each(Object.keys(sources) as (keyof typeof sources)[])('%s site has no broken internal link or asset', async (name) => {
    const site = await buildSite({ base, ...sources[name] });
    const report = checkLinks(site.dist, { base, site: 'https://archive.example.org' });
    expect(report.broken).toEqual([]);
    // Every page links to others; a checker that found nothing would be checking nothing.
    expect(report.links).toBeGreaterThan(report.files * 10);
  });
});
