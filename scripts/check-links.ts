// Checks every internal link and asset in a built site: each href/src in the HTML
// and each <loc>/<link href> in the XML files must name a file in dist (and an
// element id, for #fragments). Links to the site's own origin (canonical, feed,
// sitemap) are checked too. `javascript:` URLs are reported as unsafe.
// Usage: npm run check:links -- [dist] [--base /archive/] [--site https://…]
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { escapeControls } from '../src/text/control-chars.ts';

export interface BrokenLink {
  /** File the link is in, relative to dist. */
  file: string;
  url: string;
  reason: string;
}

export interface LinkReport {
  files: number;
  links: number;
  broken: BrokenLink[];
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", '#39': "'" };

function decodeEntities(s: string): string {
  return s.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (m, e: string) => {
    if (e[0] === '#') return String.fromCodePoint(e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : Number(e.slice(1)));
    return ENTITIES[e.toLowerCase()] ?? m;
  });
}

// Astro writes attributes double-quoted; text that merely looks like an attribute is
// escaped (`href=&quot;…`) and so never matches.
const HTML_URL = /\s(?:href|src)\s*=\s*"([^"]*)"/gi;
const HTML_SRCSET = /\ssrcset\s*=\s*"([^"]*)"/gi;
const XML_URL = /<loc>([^<]*)<\/loc>|<link\b[^>]*\shref="([^"]*)"/gi;
const ID = /\sid\s*=\s*"([^"]*)"/gi;

// A <template>'s content is inert, not part of the page: the search page's result cards
// link to a stand-in (`article/__ID__/`) that its script replaces with each result's.
const TEMPLATE = /<template\b[^>]*>[\s\S]*?<\/template>/gi;

/** Lists the URLs a page refers to. */
function urlsIn(text: string, xml: boolean): string[] {
  const out: string[] = [];
  if (xml) {
    for (const m of text.matchAll(XML_URL)) out.push(decodeEntities(m[1] ?? m[2] ?? ''));
    return out;
  }
  text = text.replace(TEMPLATE, '');
  for (const m of text.matchAll(HTML_URL)) out.push(decodeEntities(m[1]!));
  for (const m of text.matchAll(HTML_SRCSET)) {
    for (const part of decodeEntities(m[1]!).split(',')) out.push(part.trim().split(/\s+/)[0]!);
  }
  return out;
}

function walk(dir: string): string[] {
  const out: string[] = [];
  for (const d of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, d.name);
    if (d.isDirectory()) out.push(...walk(p));
    else out.push(p);
  }
  return out;
}

/** Checks all links in `dist`, a site built for `base` and served at `site`. */
export function checkLinks(dist: string, options: { base?: string; site?: string } = {}): LinkReport {
  const base = options.base ?? '/';
  const site = options.site ? new URL(options.site) : null;
  const ids = new Map<string, Set<string>>();
  const idsOf = (file: string) => {
    let set = ids.get(file);
    if (!set) {
      set = new Set([...readFileSync(file, 'utf8').matchAll(ID)].map((m) => decodeEntities(m[1]!)));
      ids.set(file, set);
    }
    return set;
  };
  // A URL path under the base -> the file a static host would serve for it.
  const fileFor = (path: string): string | null => {
    const rel = decodeURIComponent(path.slice(base.length));
    const direct = join(dist, rel);
    if (existsSync(direct) && statSync(direct).isFile()) return direct;
    const index = join(direct, 'index.html');
    return existsSync(index) ? index : null;
  };

  const files = walk(dist).filter((f) => /\.(html|xml)$/.test(f));
  const broken: BrokenLink[] = [];
  let links = 0;
  for (const file of files) {
    const relFile = relative(dist, file).split(sep).join('/');
    const pagePath = base + relFile.replace(/(^|\/)index\.html$/, '$1');
    const pageUrl = new URL(pagePath, 'http://site.invalid');
    for (const raw of urlsIn(readFileSync(file, 'utf8'), file.endsWith('.xml'))) {
      links++;
      const report = (reason: string) => broken.push({ file: relFile, url: raw, reason });
      if (/^\s*javascript:/i.test(raw)) {
        report('javascript: URL');
        continue;
      }
      let url: URL;
      try {
        url = new URL(raw, pageUrl);
      } catch {
        report('not a valid URL');
        continue;
      }
      const own = url.origin === pageUrl.origin || (site !== null && url.origin === site.origin);
      if (!own || url.protocol === 'data:') continue;
      if (!url.pathname.startsWith(base)) {
        report(`outside the base path ${base}`);
        continue;
      }
      const target = fileFor(url.pathname);
      if (!target) {
        report('no such file');
        continue;
      }
      const hash = decodeURIComponent(url.hash.slice(1));
      if (hash && target.endsWith('.html') && !idsOf(target).has(hash)) report(`no element with id "${hash}"`);
    }
  }
  return { files: files.length, links, broken };
}

function main(): void {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: { base: { type: 'string' }, site: { type: 'string' } },
  });
  const dist = positionals[0] ?? 'dist';
  const base = `/${(values.base ?? process.env.ARCHIVE_BASE ?? '/').replace(/^\/+|\/+$/g, '')}/`.replace(/^\/\/$/, '/');
  const site = values.site ?? process.env.ARCHIVE_SITE ?? 'https://archive.example.org';
  if (!existsSync(dist)) {
    console.error(`check-links: "${dist}" does not exist. Build first (npm run build), or give the folder.`);
    process.exit(2);
  }
  const r = checkLinks(dist, { base, site });
  for (const b of r.broken) console.error(escapeControls(`${b.file}: ${b.url} (${b.reason})`));
  console.log(`check-links: ${r.files} files, ${r.links} links, ${r.broken.length} broken (base ${base})`);
  process.exit(r.broken.length > 0 ? 1 : 0);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) main();
