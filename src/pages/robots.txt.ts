// Crawlers may read everything; the sitemap says where the pages are.
import type { APIRoute } from 'astro';
import { absolute, routes } from '../site/urls.ts';

export const GET: APIRoute = ({ site }) =>
  new Response(`User-agent: *\nAllow: /\n\nSitemap: ${absolute(routes.sitemap(), site)}\n`, { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
