// CLI: writes a generated archive of raw pages in the scraped format, with the
// truth of what each page holds, for benchmarks and parser accuracy.
// Exit codes: 0 written; 2 bad usage.
import { writeGeneratedArchive } from '../src/generate/write-archive.ts';
import { readArgs } from './read-args.ts';

const usage = `Usage: npm run generate -- --out <dir> [--articles <n>] [--seed <text>]

  --out <dir>       where to write <dir>/raw/<paper>/<YYYY-MM-DD>/<NN>.txt and <dir>/truth.json
                    (an existing <dir>/raw is replaced)
  --articles <n>    how many items (articles, briefs, photos) in all (default 1000)
  --seed <text>     the same seed always gives the same pages (default "archive")`;

const args = readArgs('generate', usage, {
  out: { type: 'string' },
  articles: { type: 'string', default: '1000' },
  seed: { type: 'string', default: 'archive' },
});
const articles = Number(args.articles);
if (!args.out || !Number.isInteger(articles) || articles < 1) {
  console.error(`generate: give --out <dir> and a whole number of --articles of at least 1.\n\n${usage}`);
  process.exit(2);
}

const started = performance.now();
const s = writeGeneratedArchive(args.out, articles, args.seed);
const seconds = (performance.now() - started) / 1000;
const encodings = Object.entries(s.encodings).map(([k, v]) => `${k} ${v}`).join(', ');
console.log(
  `generate: ${s.items} items on ${s.files} pages, ${(s.bytes / 1e6).toFixed(1)} MB (${encodings}) -> ${args.out}/raw, truth in ${args.out}/truth.json (${seconds.toFixed(1)} s)`,
);
