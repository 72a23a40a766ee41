import { defineCollection } from 'astro:content';
import { file } from 'astro/loaders';
import { EntrySchema, PageSchema } from './schema/index.ts';
import { entriesDir } from './site/paths.ts';
import { parseSiteJson } from './site/site-json.ts';

// The collections read what `scripts/ingest.ts` wrote, validated by the same
// schemas the ingest step used: one contract between the two halves. What the
// site shows leaves control characters out (src/site/site-json.ts). Ingest's
// reports on files that are not pages (`files.json`, often empty) are read by
// src/site/archive.ts.
type Parsed = Record<string, Record<string, unknown>> | Record<string, unknown>[];
const parser = (text: string) => parseSiteJson(text) as Parsed;

export const collections = {
  articles: defineCollection({ loader: file(`${entriesDir}/articles.json`, { parser }), schema: EntrySchema }),
  pages: defineCollection({ loader: file(`${entriesDir}/pages.json`, { parser }), schema: PageSchema }),
};
