// CLI: writes a generated archive of raw pages (and article files) in the styles
// scrapers write, with the truth of what each file holds, for benchmarks and parser accuracy.
// Exit codes: 0 written; 2 bad usage.
import { parseStyles, STYLE_NAMES } from '../src/generate/styles.ts';
import { writeGeneratedArchive } from '../src/generate/write-archive.ts';
import { createProgress } from './progress.ts';
import { readArgs } from './read-args.ts';

const usage = `Usage: npm run generate -- --out <dir> [--articles <n>] [--seed <text>] [--styles <list>]

  --out <dir>       where to write <dir>/raw/… and <dir>/truth.json (an existing <dir>/raw is replaced)
  --articles <n>    how many items (articles, briefs, photos) in all, shared out evenly over the styles (default 1000)
  --seed <text>     the same seed always gives the same files (default "archive")
  --styles <list>   raw styles, comma-separated (default seed):
                      seed  the seeds' pages: <paper>/<YYYY-MM-DD>/<NN>.txt (what generate wrote before styles)
                      P     plain pages plus kickers, collective and trailing bylines, photo packages, boxes, notes
                      K     crawler article files of one page joined: CRLF, U+3000 indents, nothing between items
                      G     govopendata page scrapes: header line, 第N版()/专栏: per item, one line per element
                      md    article files, Markdown with front matter: vault/<YYYY>/<MM>/<YYYY-MM-DD>/<NN>-<版名>/<title>.md
                      txt   article files, plain text: nanxi-txt/<YYYY>年<M>月/<YYYYMMDD>/<YYYYMMDD>-<NN>-<n>.txt (+ paper.json)
                      flat  article files in one folder: flat/<NNN>_<hash>.txt, nothing in the path
                    e.g. --styles seed,${STYLE_NAMES.slice(1).join(',')}`;

const args = readArgs('generate', usage, {
  out: { type: 'string' },
  articles: { type: 'string', default: '1000' },
  seed: { type: 'string', default: 'archive' },
  styles: { type: 'string', default: 'seed' },
});
const articles = Number(args.articles);
const styles = parseStyles(args.styles);
if (!args.out || !Number.isInteger(articles) || articles < 1) {
  console.error(`generate: give --out <dir> and a whole number of --articles of at least 1.\n\n${usage}`);
  process.exit(2);
}
if (!styles) {
  console.error(`generate: --styles takes names from ${STYLE_NAMES.join(', ')}, comma-separated; got "${args.styles}".\n\n${usage}`);
  process.exit(2);
}

const started = performance.now();
const progress = createProgress(process.stderr, false, 'items');
const s = writeGeneratedArchive(args.out, articles, args.seed, styles, (done) => progress.update(done, articles));
progress.done();
const seconds = (performance.now() - started) / 1000;
const encodings = Object.entries(s.encodings).map(([k, v]) => `${k} ${v}`).join(', ');
const byStyle = styles.length > 1 || styles[0] !== 'seed' ? `; files by style: ${Object.entries(s.styles).map(([k, v]) => `${k} ${v}`).join(', ')}` : '';
console.log(
  `generate: ${s.items} items in ${s.files} files, ${(s.bytes / 1e6).toFixed(1)} MB (${encodings}${byStyle}) -> ${args.out}/raw, truth in ${args.out}/truth.json (${seconds.toFixed(1)} s)`,
);
