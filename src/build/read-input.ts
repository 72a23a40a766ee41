import { readdir, readFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import type { Message } from '../schema/message.ts';
import { MessageSink } from '../ingest/messages.ts';
import { SidecarSchema, type Sidecar } from '../ingest/page-meta.ts';

/** A page file found in the input folder, with the sidecar metadata that applies to it. */
export interface InputFile {
  /** Path relative to the input folder, with `/` separators. */
  file: string;
  absolute: string;
  sidecar: Sidecar | null;
}

/** Lists every `.txt` page under `root` in a stable (code point) order, with merged paper and page sidecars. */
export async function listInput(root: string): Promise<{ files: InputFile[]; messages: Message[] }> {
  const messages: Message[] = [];
  const files: InputFile[] = [];
  await walk(root, root, null, files, messages);
  files.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
  return { files, messages };
}

async function walk(root: string, dir: string, inherited: Sidecar | null, out: InputFile[], messages: Message[]): Promise<void> {
  const dirents = await readdir(dir, { withFileTypes: true });
  const names = new Set(dirents.map((d) => d.name));
  const paperSidecar = names.has('paper.json') ? await readSidecar(root, join(dir, 'paper.json'), messages) : null;
  const here = paperSidecar ? { ...inherited, ...paperSidecar } : inherited;
  for (const d of dirents) {
    const abs = join(dir, d.name);
    if (d.isDirectory()) {
      await walk(root, abs, here, out, messages);
    } else if (d.isFile() && d.name.toLowerCase().endsWith('.txt')) {
      const side = d.name.replace(/\.txt$/i, '.json');
      const own = names.has(side) ? await readSidecar(root, join(dir, side), messages) : null;
      const merged = here || own ? { ...here, ...own } : null;
      out.push({ file: relative(root, abs).split(sep).join('/'), absolute: abs, sidecar: merged });
    }
  }
}

// A broken sidecar is reported and ignored: the page is still read, with what its path says.
async function readSidecar(root: string, path: string, messages: Message[]): Promise<Sidecar | null> {
  const sink = new MessageSink(relative(root, path).split(sep).join('/'));
  let data: unknown;
  try {
    data = JSON.parse(await readFile(path, 'utf8'));
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
