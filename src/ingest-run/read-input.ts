import type { Dirent } from 'node:fs';
import { readdir, readFile, realpath, stat } from 'node:fs/promises';
import { basename, join, relative, sep } from 'node:path';
import type { Message } from '../schema/message.ts';
import type { PageScan } from '../schema/page.ts';
import { MessageSink } from '../ingest/messages.ts';
import { SidecarSchema, type Sidecar } from '../ingest/page-meta.ts';
import { chooseLayouts, type FileLayout, type PathPattern } from '../ingest/path-layout.ts';
import { unreadableMessage } from './read-error.ts';

/** A page or article file found in the input folder, with the sidecar metadata that applies to it and its folder's layout. */
export interface InputFile {
  /** Path relative to the input folder, with `/` separators. */
  file: string;
  absolute: string;
  sidecar: Sidecar | null;
  layout: FileLayout;
  /** The curators' corrections file beside it (`01.fix.yaml` beside `01.txt`), if any. */
  corrections: { file: string; absolute: string } | null;
  /** The scan of the printed page beside a page file (`01.jpg` beside `01.txt`), if one is there. */
  scan: PageScan | null;
}

// Text files ingest reads: plain-text pages or articles, and Markdown articles.
const READ = /\.(?:txt|md)$/i;
// A curators' corrections file, named after the page or article it corrects.
const FIX = /\.fix\.yaml$/i;
// A page's scan, named after its page file, in the order looked for when there are several.
const SCAN_EXTENSIONS: [string, PageScan['kind']][] = [['.jpg', 'image'], ['.jpeg', 'image'], ['.png', 'image'], ['.webp', 'image'], ['.pdf', 'pdf']];

/**
 * Lists every `.txt` and `.md` file under `root` in a stable (code point) order,
 * with merged paper and page sidecars and the layout of its folder: `layout`,
 * when given, for the files it matches, else the one detected (see `chooseLayouts`).
 */
export async function listInput(root: string, layout: PathPattern | null = null): Promise<{ files: InputFile[]; messages: Message[] }> {
  const messages: Message[] = [];
  const files: InputFile[] = [];
  await walk({ root, out: files, messages, seen: new Set(), layout }, root, { sidecar: null, paperDir: null });
  files.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
  return { files, messages };
}

// Each folder is read in name order, so messages come in the same order on every
// file system. Nothing is passed over unsaid: a file that is neither a page nor
// a sidecar is reported, as is a sidecar with no page. Hidden files (`.DS_Store`,
// editors' swap files) are the system's, not the user's, and are passed over.
interface Walk {
  root: string;
  out: InputFile[];
  messages: Message[];
  seen: Set<string>;
  layout: PathPattern | null;
}

/** What a folder passes to the folders in it: the paper sidecars above, and the folder of the nearest one. */
interface Inherited {
  sidecar: Sidecar | null;
  /** Name of the folder holding the nearest `paper.json` below the input folder: the paper's folder, which ids are made from. */
  paperDir: string | null;
}

async function walk(w: Walk, dir: string, inherited: Inherited): Promise<void> {
  const { root, out, messages, seen, layout } = w;
  let dirents: Dirent[];
  try {
    // A folder reached again through a link is read once (a link to a parent would never end).
    const real = await realpath(dir);
    if (seen.has(real)) return;
    seen.add(real);
    dirents = (await readdir(dir, { withFileTypes: true })).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  } catch (e) {
    // One folder the user running ingest may not open: its files are not seen, the others are read.
    messages.push(unreadableMessage(inputPath(root, dir) || '.', 'folder', e));
    return;
  }
  // Pages and their sidecars pair up whatever the case of their extensions (01.TXT, 01.json).
  const byLowerName = new Map(dirents.map((d) => [d.name.toLowerCase(), d.name]));
  const namesake = (name: string, ext: string) => byLowerName.get(name.replace(FIX.test(name) ? FIX : /\.[^.]*$/, ext).toLowerCase());
  const paperSidecar = dirents.some((d) => d.name === 'paper.json') ? await readSidecar(root, join(dir, 'paper.json'), messages) : null;
  const here = paperSidecar ? { ...inherited.sidecar, ...paperSidecar } : inherited.sidecar;
  // A paper.json names its folder as the paper's, for files whose path names none
  // (article trees); the input folder's own name is not the user's to give.
  const paperDir = paperSidecar && dir !== root ? basename(dir) : inherited.paperDir;
  const notRead: string[] = [];
  const found: Omit<InputFile, 'layout'>[] = [];
  const scanOf = (name: string): PageScan | null => {
    for (const [ext, kind] of SCAN_EXTENSIONS) {
      const scan = namesake(name, ext);
      if (scan) return { file: inputPath(root, join(dir, scan)), kind };
    }
    return null;
  };
  for (const d of dirents) {
    if (d.name.startsWith('.')) continue;
    const abs = join(dir, d.name);
    const kind = await kindOf(d, abs);
    const rel = inputPath(root, abs);
    if (typeof kind === 'object') {
      messages.push(unreadableMessage(rel, 'file', kind));
    } else if (kind === 'dir') {
      await walk(w, abs, { sidecar: here, paperDir });
    } else if (kind === 'file' && READ.test(d.name)) {
      const side = namesake(d.name, '.json');
      const own = side && side !== 'paper.json' ? await readSidecar(root, join(dir, side), messages) : null;
      const merged = here || own ? { ...here, ...own } : null;
      const fix = namesake(d.name, '.fix.yaml');
      const corrections = fix ? { file: inputPath(root, join(dir, fix)), absolute: join(dir, fix) } : null;
      found.push({ file: rel, absolute: abs, sidecar: merged, corrections, scan: scanOf(d.name) });
    } else if (kind === 'file' && FIX.test(d.name)) {
      if (!namesake(d.name, '.txt') && !namesake(d.name, '.md')) {
        warn(messages, rel, 'corrections-without-page', `corrections file has no page beside it (no ${d.name.replace(FIX, '.txt')} in this folder)`, 'Name a corrections file after the page it corrects (01.fix.yaml beside 01.txt, or beside an article\'s .md), or delete it.');
      }
    } else if (kind === 'file' && d.name === 'paper.json') {
      // Read above, for the whole folder.
    } else if (kind === 'file' && /\.json$/i.test(d.name)) {
      if (!namesake(d.name, '.txt') && !namesake(d.name, '.md')) {
        warn(messages, rel, 'sidecar-without-page', `sidecar has no page beside it (no ${d.name.replace(/\.json$/i, '.txt')} in this folder)`, "Name a page's sidecar after its page (01.json beside 01.txt, or beside an article's .md), call a whole paper's sidecar paper.json, or delete it.");
      }
    } else if (kind === 'file') {
      notRead.push(d.name);
    } else {
      warn(messages, rel, 'not-a-page', 'not read: neither a file nor a folder (a link to nothing?)', NOT_READ_HINT);
    }
  }
  // One folder, one layout: chosen from all the folder's files at once.
  const layouts = chooseLayouts(found.map((f) => f.file), layout);
  const scans = new Set<string>();
  found.forEach((f, i) => {
    const l = layouts[i]!;
    // A scan belongs to a printed page: an image beside an article file is not one, and is reported with the files not read.
    const scan = l.unit === 'page' ? f.scan : null;
    if (scan) scans.add(scan.file);
    out.push({ ...f, scan, layout: l.path.paper === null && paperDir ? { ...l, path: { ...l.path, paper: paperDir } } : l });
  });
  const unclaimed = notRead.filter((name) => !scans.has(inputPath(root, join(dir, name))));
  reportNotRead(messages, inputPath(root, dir), Map.groupBy(unclaimed, (name) => /\.[^.]+$/.exec(name)?.[0].toLowerCase() ?? name));
}

const NOT_READ_HINT = 'If it is a page or an article, save it as plain text (.txt) or Markdown (.md); otherwise move it out of the input folder.';
// Past this many files of one extension in one folder (page scans beside their
// text, say), they are named in one message instead of one each.
const NOT_READ_SHOWN = 3;

/** Names the files of a folder that are not pages, one message each or one per extension when there are many. */
function reportNotRead(messages: Message[], dir: string, byExt: Map<string, string[]>): void {
  const prefix = dir ? `${dir}/` : '';
  for (const [ext, names] of byExt) {
    if (names.length <= NOT_READ_SHOWN || !ext.startsWith('.')) {
      for (const name of names) warn(messages, prefix + name, 'not-a-page', 'not read: only .txt and .md files are read', NOT_READ_HINT);
    } else {
      const shown = `${names.slice(0, NOT_READ_SHOWN).join(', ')} and ${names.length - NOT_READ_SHOWN} more`;
      warn(messages, `${prefix}*${ext}`, 'not-a-page', `${names.length} ${ext} files not read (${shown}): only .txt and .md files are read`, NOT_READ_HINT);
    }
  }
}

function warn(messages: Message[], file: string, ruleId: string, reason: string, hint: string): void {
  const sink = new MessageSink(file);
  sink.report('warning', ruleId, { line: null }, reason, hint);
  messages.push(...sink.messages);
}

/** A path as messages and ids name it: relative to the input folder, with `/` separators. */
function inputPath(root: string, path: string): string {
  return relative(root, path).split(sep).join('/');
}

/**
 * A folder entry as a file, a folder or neither, following symbolic links; the
 * error when a link's target cannot be looked at (a link to nothing is neither).
 */
async function kindOf(d: Dirent, abs: string): Promise<'file' | 'dir' | 'other' | Error> {
  if (d.isSymbolicLink()) {
    let target;
    try {
      target = await stat(abs);
    } catch (e) {
      return (e as NodeJS.ErrnoException).code === 'ENOENT' ? 'other' : (e as Error);
    }
    return target.isDirectory() ? 'dir' : target.isFile() ? 'file' : 'other';
  }
  return d.isDirectory() ? 'dir' : d.isFile() ? 'file' : 'other';
}

// A broken sidecar is reported and ignored: the page is still read, with what its path says.
async function readSidecar(root: string, path: string, messages: Message[]): Promise<Sidecar | null> {
  const file = inputPath(root, path);
  const sink = new MessageSink(file);
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (e) {
    messages.push(unreadableMessage(file, 'sidecar', e));
    return null;
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (e) {
    sink.report('error', 'sidecar-json', { line: null }, `sidecar is not valid JSON: ${(e as Error).message}`, 'Fix the JSON, or delete the sidecar; the page is read without it.');
    messages.push(...sink.messages);
    return null;
  }
  const parsed = SidecarSchema.safeParse(data);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      sink.report('error', 'sidecar-schema', { line: null }, `sidecar field "${issue.path.join('.') || '(root)'}": ${issue.message}`, 'Allowed fields: paper, name, date (YYYY-MM-DD), page (number), pageName.');
    }
    messages.push(...sink.messages);
    return null;
  }
  return parsed.data;
}
