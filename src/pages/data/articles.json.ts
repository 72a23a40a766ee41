// The bulk export: every entry as one JSON array (src/site/data-export.ts).
import type { APIRoute } from 'astro';
import { dataExport } from '../../site/data-export.ts';

export const GET: APIRoute = async () => new Response(await dataExport(), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
