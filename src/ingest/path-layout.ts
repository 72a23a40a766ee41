import { isPageNumber, isRealDate } from './real-date.ts';

/** What a file's path says about it, as a layout reads it; null where the path does not say. */
export interface PathMeta {
  /** The folder naming the paper (`jiangcheng-daily`): ids are made from it. */
  paper: string | null;
  date: string | null;
  page: number | null;
  pageName: string | null;
  /**
   * What the path holds where the layout reads a date or a page number but that
   * is none (`2024-02-30`, page `00`): the field is left unknown, and the parser
   * says so. Absent when there is nothing of the kind.
   */
  rejected?: { date?: string; page?: string };
}

/** How the files of a folder are laid out: one page or one article per file, plain text or Markdown, and what the path names. */
interface Layout {
  /** The pattern the paths follow, e.g. `{yyyymmdd}/{yyyymmdd}-{page}-{n}.txt`. */
  pattern: string;
  /** What the layout is, for the ingest summary: `one article each, plain text (引题, 主题, 副题 on lines 1–3)`. */
  describe: string;
  unit: 'page' | 'article';
  format: 'text' | 'markdown';
}

/** A layout applied to one file: the layout, and what the file's path says. */
export interface FileLayout extends Layout {
  path: PathMeta;
}

// Placeholders of a layout pattern, each one path segment's worth of text at most.
const PLACEHOLDERS: Record<string, string> = {
  paper: '[^/]+?',
  date: '\\d{4}-\\d{2}-\\d{2}',
  yyyymmdd: '\\d{8}',
  yyyy: '\\d{4}',
  mm: '\\d{1,2}',
  dd: '\\d{1,2}',
  // A page number, with the letter some papers print before it (A01).
  page: '[A-Za-z]{0,2}\\d{1,3}',
  pagename: '[^/]+?',
  // The article's place on its page, or a sequence number that says nothing.
  n: '\\d{1,4}',
  seq: '\\d+',
  title: '[^/]+?',
};

/** A compiled pattern: matches the end of a path and reads what its placeholders hold. */
export interface PathPattern extends Layout {
  read(file: string): PathMeta | null;
}

/**
 * Compiles a layout pattern such as `{yyyymmdd}/{yyyymmdd}-{page}-{n}.txt` or
 * `{date}/{page}-{pagename}/{title}.md`. Placeholders are those of PLACEHOLDERS;
 * `*` is any text within a folder or file name. The pattern matches the end of a
 * path, so folders above it are free. A pattern with `{n}` or `{title}`, or one for
 * `.md` files, has one article per file. Returns an error text for a bad pattern.
 */
export function compilePattern(pattern: string, describe?: string): PathPattern | { error: string } {
  const names: string[] = [];
  let source = '';
  let bad: string | null = null;
  for (const part of pattern.split(/(\{[a-z]+\}|\*)/)) {
    if (part === '*') source += '[^/]*?';
    else if (/^\{[a-z]+\}$/.test(part)) {
      const name = part.slice(1, -1);
      const re = PLACEHOLDERS[name];
      if (!re) bad ??= `unknown placeholder ${part}`;
      names.push(name);
      source += `(${re ?? ''})`;
    } else source += part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  }
  if (bad) return { error: `${bad}; use ${Object.keys(PLACEHOLDERS).map((n) => `{${n}}`).join(', ')} or *` };
  if (!/\.[A-Za-z]+$/.test(pattern)) return { error: 'a layout ends with the files\' extension, e.g. {date}/{page}.txt or {title}.md' };
  const re = new RegExp(`(?:^|/)${source}$`, 'iu');
  const format = /\.(?:md|markdown)$/i.test(pattern) ? 'markdown' : 'text';
  const unit = format === 'markdown' || names.includes('n') || names.includes('title') ? 'article' : 'page';
  return {
    pattern,
    describe: describe ?? `one ${unit} each, as the given layout says`,
    unit,
    format,
    read(file) {
      const m = re.exec(file);
      if (!m) return null;
      const got = new Map<string, string>();
      for (let i = 0; i < names.length; i++) {
        const value = m[i + 1]!;
        const name = names[i]!;
        // A placeholder used twice (the date in the folder and in the file name) must hold one value.
        if (got.has(name) && got.get(name) !== value) return null;
        got.set(name, value);
      }
      return readParts(got);
    },
  };
}

function readParts(got: Map<string, string>): PathMeta | null {
  let date = got.get('date') ?? null;
  const compact = got.get('yyyymmdd');
  if (!date && compact) date = `${compact.slice(0, 4)}-${compact.slice(4, 6)}-${compact.slice(6)}`;
  const [y, m, d] = [got.get('yyyy'), got.get('mm'), got.get('dd')];
  if (!date && y && m && d) date = `${y}-${m.padStart(2, '0')}-${d.padStart(2, '0')}`;
  if (date && y && !date.startsWith(y)) return null;
  const pageText = got.get('page');
  const page = pageText ? Number(pageText.replace(/^[A-Za-z]+/, '')) : null;
  return checked({ paper: got.get('paper') ?? null, date, page, pageName: got.get('pagename') ?? null }, pageText ?? '');
}

// A path laid out as its folder's others but naming a date that cannot be
// (2024-02-30) or page 0 still follows the layout: the field is unknown, and
// `rejected` keeps what the path said, for a message.
function checked(meta: PathMeta, pageText: string): PathMeta {
  const rejected: NonNullable<PathMeta['rejected']> = {};
  if (meta.date !== null && !isRealDate(meta.date)) rejected.date = meta.date;
  if (meta.page !== null && !isPageNumber(meta.page)) rejected.page = pageText;
  if (rejected.date === undefined && rejected.page === undefined) return meta;
  return { ...meta, date: rejected.date === undefined ? meta.date : null, page: rejected.page === undefined ? meta.page : null, rejected };
}

/** The layouts ingest knows, tried in this order on each folder; a folder takes the first that all its files follow. */
const KNOWN_LAYOUTS: PathPattern[] = [
  ['{yyyymmdd}/{yyyymmdd}-{page}-{n}.txt', 'one article each, plain text (引题, 主题, 副题 on lines 1–3, then indented paragraphs)'],
  ['{date}/{page}-{pagename}/{title}.md', 'one article each, Markdown with front matter'],
  ['{date}/{title}.md', 'one article each, Markdown with front matter'],
  ['{title}.md', 'one article each, Markdown with front matter'],
].map(([pattern, describe]) => compilePattern(pattern!, describe) as PathPattern);

const PAGE_NAME = /^[a-z]*(\d+)(?:\D.*)?\.txt$/i;
const DATE_DIR = /^\d{4}-\d{2}-\d{2}$/;

/**
 * Page files as `<paper>/<YYYY-MM-DD>/<NN>.txt`: the paper is the folder above
 * the date folder, the page the number the file name starts with (`01.txt`,
 * `p01.txt`, `01-要闻.txt`).
 */
export const PAGE_FILES: PathPattern = {
  pattern: '{paper}/{date}/{page}.txt',
  describe: 'one page each, <paper>/<YYYY-MM-DD>/<NN>.txt',
  unit: 'page',
  format: 'text',
  read(file) {
    const parts = file.split('/');
    const dateDir = parts.at(-2);
    if (!dateDir || !DATE_DIR.test(dateDir)) return null;
    const page = PAGE_NAME.exec(parts.at(-1)!);
    return checked({ paper: parts.at(-3) ?? null, date: dateDir, page: page ? Number(page[1]) : null, pageName: null }, page?.[1] ?? '');
  },
};

/**
 * Page files in a folder that names no date (`000_<hash>.txt`, `scan-017.txt`):
 * nothing is read from the path. A number in such a file name is the crawler's
 * count of what it saved, not the page it was printed on.
 */
export const FLAT_PAGES: PathPattern = {
  pattern: '*.txt',
  describe: 'one page each, nothing read from the path (a number in a file name is not a page number)',
  unit: 'page',
  format: 'text',
  read: () => ({ paper: null, date: null, page: null, pageName: null }),
};

/**
 * Chooses the layout of each file of one folder (names relative to the input):
 * the given layout for the files it matches; else the first known layout that
 * most of the folder's files of one extension follow, for those that follow it
 * (a stray `readme.txt` among article files does not change how they are read);
 * else page files.
 */
export function chooseLayouts(files: string[], given: PathPattern | null): FileLayout[] {
  const out = new Array<FileLayout>(files.length);
  const rest: number[] = [];
  files.forEach((f, i) => {
    const path = given?.read(f);
    if (given && path) out[i] = { ...layoutOf(given), path };
    else rest.push(i);
  });
  for (const ext of ['.md', '.txt']) {
    const these = rest.filter((i) => files[i]!.toLowerCase().endsWith(ext));
    const known = KNOWN_LAYOUTS.find((l) => these.filter((i) => l.read(files[i]!) !== null).length * 2 > these.length);
    for (const i of these) {
      const f = files[i]!;
      const path = known?.read(f);
      const layout = known && path ? known : ext === '.md' ? KNOWN_LAYOUTS.at(-1)! : PAGE_FILES.read(f) ? PAGE_FILES : FLAT_PAGES;
      out[i] = { ...layoutOf(layout), path: path ?? layout.read(f)! };
    }
  }
  return out;
}

function layoutOf(p: PathPattern): Layout {
  return { pattern: p.pattern, describe: p.describe, unit: p.unit, format: p.format };
}
