// Static hosts and the limits they publish, and whether a built site keeps to
// them: the build warns when its output would not fit the host the user names
// (ARCHIVE_HOST, src/site/host-integration.ts), and the benchmark prints how
// many items of an archive fit each host.
import type { DistStats } from './dist-stats.ts';

const MiB = 2 ** 20;
const GB = 1e9;

/** A static host's published limits; null where it publishes none. */
export interface Host {
  name: string;
  /** Bytes of the whole site. */
  siteBytes: number | null;
  /** Files of the site; with `countsFolders`, files and folders together (the entries of the archive it is uploaded as). */
  files: number | null;
  countsFolders: boolean;
  /** Bytes of one file. */
  fileBytes: number | null;
  /** What else to know (a limit that cannot be checked before the deploy). */
  note: string;
  /** What to do when the site does not fit. */
  instead: string;
}

const SPLIT = 'or build one site per paper or run of years (ARCHIVE_INPUT set to part of the raw pages)';

/** The hosts ARCHIVE_HOST can name. */
export const HOSTS = {
  'github-pages': {
    name: 'GitHub Pages', siteBytes: GB, files: null, countsFolders: false, fileBytes: null,
    note: 'a deploy that takes longer than 10 minutes is stopped',
    instead: `deploy to Cloudflare Pages (paid plan), to S3 or R2, ${SPLIT}`,
  },
  'cloudflare-free': {
    name: 'Cloudflare Pages (free plan)', siteBytes: null, files: 20_000, countsFolders: false, fileBytes: 25 * MiB, note: '',
    instead: `use the paid plan (ARCHIVE_HOST=cloudflare-paid: 100,000 files), R2 or S3 (no limit on files), ${SPLIT}`,
  },
  'cloudflare-paid': {
    name: 'Cloudflare Pages (paid plans)', siteBytes: null, files: 100_000, countsFolders: false, fileBytes: 25 * MiB, note: '',
    instead: `deploy to R2 or S3 (no limit on files), ${SPLIT}`,
  },
  'gitlab-pages': {
    name: 'GitLab Pages (GitLab.com)', siteBytes: GB, files: 200_000, countsFolders: true, fileBytes: null,
    note: 'the limits are of the uploaded artifact; a self-managed GitLab sets its own',
    instead: `deploy to S3 or R2, ${SPLIT}`,
  },
  netlify: {
    name: 'Netlify', siteBytes: null, files: null, countsFolders: false, fileBytes: null,
    note: 'no published limit on files or size; plans limit bandwidth and build minutes', instead: SPLIT,
  },
  s3: {
    name: 'Amazon S3 (static website hosting)', siteBytes: null, files: null, countsFolders: false, fileBytes: 5 * 2 ** 30,
    note: 'one upload (PUT) is at most 5 GiB; storage and requests are billed', instead: 'upload larger files in parts (multipart upload)',
  },
  r2: {
    name: 'Cloudflare R2', siteBytes: null, files: null, countsFolders: false, fileBytes: 5 * 2 ** 30,
    note: 'one upload (PUT) is at most 5 GiB; storage beyond the free 10 GB is billed', instead: 'upload larger files in parts (multipart upload)',
  },
} as const satisfies Record<string, Host>;

export type HostId = keyof typeof HOSTS;

/** The host of an ARCHIVE_HOST value; a message naming the known ones when it is none of them. */
export function hostNamed(id: string): { host: Host } | { error: string } {
  if (id in HOSTS) return { host: HOSTS[id as HostId] };
  return { error: `ARCHIVE_HOST=${id} is not a host this build knows. Set it to one of ${Object.keys(HOSTS).join(', ')}, or leave it unset to check no host's limits.` };
}

/** Bytes and files (and folders) of a built site per item of the archive. */
export interface PerItem {
  bytes: number;
  files: number;
  folders: number;
}

/** How many items of an archive with these sizes per item a host holds: Infinity when it limits neither size nor files. */
export function itemsThatFit(host: Host, per: PerItem): number {
  const bySize = host.siteBytes === null ? Infinity : host.siteBytes / per.bytes;
  const byFiles = host.files === null ? Infinity : host.files / (per.files + (host.countsFolders ? per.folders : 0));
  return Math.floor(Math.min(bySize, byFiles));
}

const n = (x: number) => Math.round(x).toLocaleString('en-US');
// Sites in decimal units as hosts state them (1 GB); files in MiB as Cloudflare states its 25 MiB.
const size = (x: number) => (x >= GB ? `${(x / GB).toFixed(2)} GB` : `${(x / 1e6).toFixed(1)} MB`);
const mib = (x: number) => `${(x / MiB).toFixed(1)} MiB`;
const pct = (over: number, limit: number) => `${Math.ceil((over / limit) * 100)}%`;

/** What in a built site of `items` items is over the host's limits, as a message (what, by how much, what to do); null when it fits. */
export function hostMisfit(stats: DistStats, items: number, id: HostId): string | null {
  const host: Host = HOSTS[id];
  const over: string[] = [];
  if (host.siteBytes !== null && stats.bytes > host.siteBytes) {
    over.push(`${size(stats.bytes)} in all: ${size(stats.bytes - host.siteBytes)} over its limit of ${size(host.siteBytes)} for a site (${pct(stats.bytes - host.siteBytes, host.siteBytes)} too much).`);
  }
  const files = stats.files + (host.countsFolders ? stats.folders : 0);
  if (host.files !== null && files > host.files) {
    const what = host.countsFolders ? `${n(files)} files and folders (${n(stats.files)} files, ${n(stats.folders)} folders)` : `${n(files)} files`;
    over.push(`${what}: ${n(files - host.files)} over its limit of ${n(host.files)} (${pct(files - host.files, host.files)} too many).`);
  }
  const big = host.fileBytes === null ? [] : stats.largest.filter((f) => f.bytes > host.fileBytes!);
  if (big.length > 0) {
    const listed = big.slice(0, 3).map((f) => `${f.path} (${mib(f.bytes)})`).join(', ');
    // Only the largest few files are known: when all of them are over, more may be.
    const more = big.length > 3 ? ` and ${big.length - 3}${big.length === stats.largest.length && stats.files > big.length ? ' or more' : ''} more` : '';
    over.push(`files larger than its limit of ${mib(host.fileBytes!)} for one file: ${listed}${more}.`);
  }
  if (over.length === 0) return null;
  const todo: string[] = [];
  if (big.length > 0) {
    const folders = [...new Set(big.map((f) => f.path.split('/')[0]))].map((f) => `${f}/`).join(', ');
    todo.push(`the files over ${mib(host.fileBytes!)} are in ${folders}: what writes them must cut them smaller before this host serves them (R2 and S3 take files up to 5 GiB)`);
  }
  let holds = '';
  // Over in size or files (not only in a file too large): how much of the archive the host would hold.
  if (over.length > (big.length > 0 ? 1 : 0)) {
    const per = { bytes: stats.bytes / items, files: stats.files / items, folders: stats.folders / items };
    if (items > 0) holds = `\n  At ${(per.bytes / 1e3).toFixed(1)} KB and ${per.files.toFixed(2)} files per item, it holds about ${n(itemsThatFit(host, per))} of this archive's ${n(items)} items.`;
    todo.push(host.instead);
  }
  return `The built site does not fit ${host.name} (ARCHIVE_HOST=${id}):\n  - ${over.join('\n  - ')}${holds}\n  What to do: ${todo.join('; and ')}.`;
}
