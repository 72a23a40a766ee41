import { defineCollection } from 'astro:content';
import { EntrySchema, PageSchema } from './schema/index.ts';
import { checkedFile } from './site/checked-loader.ts';
import { entriesDir } from './site/paths.ts';

// The collections read what `scripts/ingest.ts` wrote, validated by the same
// schemas the ingest step used: one contract between the two halves. Each file
// is read only when it matches the manifest ingest wrote last (see
// checked-loader.ts), and what the site shows leaves control characters out
// (src/site/site-json.ts). Ingest's reports on files that are not pages
// (`files.json`, often empty) are read by src/site/archive.ts.
export const collections = {
  articles: defineCollection({ loader: checkedFile(entriesDir, 'articles.json'), schema: EntrySchema }),
  pages: defineCollection({ loader: checkedFile(entriesDir, 'pages.json'), schema: PageSchema }),
};
