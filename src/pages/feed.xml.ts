// Atom feed of the latest items (fragments left out: they are not readable on their own).
import type { APIRoute } from 'astro';
import { loadArchive } from '../site/archive.ts';
import { compareNewest } from '../site/build-archive.ts';
import { atomFeed } from '../site/feed.ts';
import { FEED_SIZE, SITE_DESCRIPTION, SITE_NAME } from '../site/site.ts';
import { absolute, routes } from '../site/urls.ts';

export const GET: APIRoute = async ({ site }) => {
  const archive = await loadArchive();
  const latest = archive.entries.filter((e) => e.kind !== 'fragment' && e.date).sort(compareNewest).slice(0, FEED_SIZE);
  const xml = atomFeed(
    {
      title: SITE_NAME,
      subtitle: SITE_DESCRIPTION,
      home: absolute(routes.home(), site),
      self: absolute(routes.feed(), site),
      articleUrl: (id) => absolute(routes.article(id), site),
      titleOf: archive.titleOf,
    },
    latest,
  );
  return new Response(xml, { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
};
