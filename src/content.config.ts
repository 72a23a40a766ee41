import { defineCollection } from 'astro:content';
import { file } from 'astro/loaders';
import { EntrySchema, PageSchema } from './schema/index.ts';
import { entriesDir } from './site/paths.ts';

// The collections read what `scripts/ingest.ts` wrote, validated by the same
// schemas the ingest step used: one contract between the two halves. Ingest's reports on
// files that are not pages (`files.json`, often empty) are read by src/site/archive.ts.
export const collections = {
  articles: defineCollection({ loader: file(`${entriesDir}/articles.json`), schema: EntrySchema }),
  pages: defineCollection({ loader: file(`${entriesDir}/pages.json`), schema: PageSchema }),
};
