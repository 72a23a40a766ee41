// Atom feed of the latest items (fragments left out: they are not readable on their own;
// advertisements, which a curator marked, are no news):
// dated items newest first, then undated ones page by page (see compareNewest).
import type { APIRoute } from 'astro';
import { loadArchive } from '../site/archive.ts';
import { compareNewest } from '../site/build-archive.ts';
import { entriesWrittenAt } from '../site/entries-written.ts';
import { atomFeed, feedUpdated } from '../site/feed.ts';
import { fullEntries } from '../site/shard-reader.ts';
import { FEED_SIZE, SITE_DESCRIPTION, SITE_NAME } from '../site/site.ts';
import { absolute, routes } from '../site/urls.ts';

export const GET: APIRoute = async ({ site }) => {
  const archive = await loadArchive();
  const latest = archive.entries.filter((e) => e.kind !== 'fragment' && e.kind !== 'advertisement').sort(compareNewest).slice(0, FEED_SIZE);
  const xml = atomFeed(
    {
      title: SITE_NAME,
      subtitle: SITE_DESCRIPTION,
      home: absolute(routes.home(), site),
      self: absolute(routes.feed(), site),
      articleUrl: (id) => absolute(routes.article(id), site),
      titleOf: archive.titleOf,
      updated: feedUpdated(archive.pages.map((p) => p.date), entriesWrittenAt()),
    },
    await fullEntries(latest),
  );
  return new Response(xml, { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
};
