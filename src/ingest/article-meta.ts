import { readNumber } from './markers.ts';
import type { CitedByline } from './article-byline.ts';
import { slugify } from './ids.ts';
import type { MessageSink } from './messages.ts';
import type { PageMeta, Sidecar } from './page-meta.ts';
import type { PathMeta } from './path-layout.ts';
import { isRealDate } from './real-date.ts';

type Field = 'paper' | 'date' | 'page' | 'pageName';

/** Where each of paper, date, page and page name was taken from (`front matter \`section\``), or null when nothing said it. */
export type MetaSources = Record<Field, string | null>;

interface Said {
  from: string;
  value: string | number;
}

/**
 * Paper, date, page and page name of an article file from whatever says them,
 * in this order: a sidecar (the user's word), the front matter, the byline
 * line's citation (`《人民日报》（2025年04月11日第 05 版）`), the path. When two
 * say different things, the first is used and the disagreement reported.
 */
export function resolveArticleMeta(
  input: { sidecar: Sidecar | null; path: PathMeta; frontMatter: Record<string, unknown> | null; cited: CitedByline | null },
  sink: MessageSink,
): { meta: PageMeta; from: MetaSources } {
  const { sidecar, path, frontMatter: fm, cited } = input;
  const said: Record<Field, Said[]> = { paper: [], date: [], page: [], pageName: [] };
  const say = (field: Field, from: string, value: string | number | null | undefined) => {
    if (value !== null && value !== undefined && value !== '') said[field].push({ from, value });
  };
  say('paper', 'sidecar', sidecar?.paper ?? sidecar?.name);
  say('date', 'sidecar', sidecar?.date);
  say('page', 'sidecar', sidecar?.page);
  say('pageName', 'sidecar', sidecar?.pageName);
  if (fm) {
    say('paper', 'front matter `paper`', text(fm.paper));
    say('date', 'front matter `date`', dateOf(fm.date));
    say('page', 'front matter `page`', pageOf(fm.page));
    say('page', 'front matter `section`', pageOf(fm.section));
    say('pageName', 'front matter `section_name`', text(fm.section_name));
  }
  if (cited) {
    say('paper', 'the byline line', cited.paper);
    say('date', 'the byline line', cited.date);
    say('page', 'the byline line', cited.page);
  }
  say('paper', 'the path', path.paper);
  say('date', 'the path', path.date);
  say('page', 'the path', path.page);
  say('pageName', 'the path', path.pageName);

  const from: MetaSources = { paper: null, date: null, page: null, pageName: null };
  const used = {} as Record<Field, string | number | null>;
  for (const field of ['paper', 'date', 'page', 'pageName'] as const) {
    const [first, ...rest] = said[field];
    used[field] = first?.value ?? null;
    from[field] = first?.from ?? null;
    const other = rest.find((s) => s.value !== first!.value);
    if (first && other) {
      // A wrong date or page misfiles the article; a paper or page name spelt otherwise only shows.
      const severity = field === 'date' || field === 'page' ? 'warning' : 'info';
      sink.report(severity, 'meta-disagree', { line: null }, `${LABEL[field]}: ${first.from} says ${first.value}, ${other.from} says ${other.value}; used ${first.value}`, 'Check which is right; a sidecar beside the file (same name, .json) decides.');
    }
  }
  const paper = used.paper as string | null;
  return {
    meta: {
      paper,
      paperId: path.paper ? slugify(path.paper) : paper ? slugify(paper) : null,
      date: used.date as string | null,
      page: used.page as number | null,
      pageName: used.pageName as string | null,
    },
    from,
  };
}

const LABEL: Record<Field, string> = { paper: 'paper', date: 'date', page: 'page', pageName: 'page name' };

function text(v: unknown): string | null {
  return typeof v === 'string' && v.trim() !== '' ? v.trim() : null;
}

// YAML reads 2025-04-11 as text in its core schema, and as a date in others.
function dateOf(v: unknown): string | null {
  const s = v instanceof Date && !Number.isNaN(v.getTime()) ? v.toISOString().slice(0, 10) : text(v);
  return s && isRealDate(s) ? s : null;
}

// `第05版`, `05`, 5, `A05`.
function pageOf(v: unknown): number | null {
  if (typeof v === 'number') return Number.isInteger(v) && v >= 1 ? v : null;
  const m = /^(?:第\s*)?[A-Za-z]{0,2}\s*([0-9０-９一二三四五六七八九十]{1,3})\s*(?:版)?$/u.exec(text(v) ?? '');
  const n = m ? readNumber(m[1]!) : null;
  return n && n >= 1 ? n : null;
}
