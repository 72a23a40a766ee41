import { INDEX_DIR, INDEX_FORMAT, MANIFEST_FILE, type SearchManifest } from '../core/layout.ts';

/** How the client fetches: the browser's `fetch`, or a stand-in reading files in tests. */
export type Fetcher = (url: string, init?: RequestInit) => Promise<Response>;

/**
 * Loads index files on demand and keeps them: each file is fetched at most
 * once per page view. The manifest is revalidated (it names the current build);
 * the build folder's files never change, so the browser's cache serves them.
 */
export class IndexClient {
  private manifestPromise: Promise<SearchManifest> | null = null;
  private files = new Map<string, Promise<Uint8Array | null>>();
  private decoder = new TextDecoder();

  /** `base` is the site's base path (`/` or `/archive/`). */
  constructor(
    readonly base: string,
    private fetcher: Fetcher = (url, init) => fetch(url, init),
  ) {}

  /** The index manifest. */
  manifest(): Promise<SearchManifest> {
    this.manifestPromise ??= this.fetcher(`${this.base}${INDEX_DIR}${MANIFEST_FILE}`, { cache: 'no-cache' }).then(async (res) => {
      if (!res.ok) throw new Error(`search index missing (${res.status})`);
      const m = (await res.json()) as { version?: unknown };
      // A page's code reads one format; an index built in another (a page older than the site) is not read at all.
      if (m.version !== INDEX_FORMAT) throw new Error(`search index in format ${String(m.version)}, this page reads ${INDEX_FORMAT}`);
      return m as SearchManifest;
    });
    return this.manifestPromise;
  }

  /** A file of the current build, or null when it does not exist. */
  bytes(path: string): Promise<Uint8Array | null> {
    let p = this.files.get(path);
    if (!p) {
      // Kept before anything is awaited, so that callers at the same moment share one fetch.
      p = this.manifest().then(async ({ build }) => {
        const res = await this.fetcher(`${this.base}${INDEX_DIR}${build}/${path}`);
        if (res.status === 404) return null;
        if (!res.ok) throw new Error(`could not load ${path} (${res.status})`);
        return new Uint8Array(await res.arrayBuffer());
      });
      this.files.set(path, p);
      p.catch(() => this.files.delete(path));
    }
    return p;
  }

  /**
   * Bytes `start…start+length` of a file of the current build, by an HTTP range
   * request. A server that ignores ranges sends the whole file: it is kept, and
   * later ranges of it are cut from it.
   */
  async range(path: string, start: number, length: number): Promise<Uint8Array> {
    const whole = this.files.get(path);
    if (whole) return ((await whole) ?? new Uint8Array(0)).subarray(start, start + length);
    const { build } = await this.manifest();
    const res = await this.fetcher(`${this.base}${INDEX_DIR}${build}/${path}`, { headers: { Range: `bytes=${start}-${start + length - 1}` } });
    if (!res.ok) throw new Error(`could not load ${path} (${res.status})`);
    const bytes = new Uint8Array(await res.arrayBuffer());
    if (res.status === 206) return bytes;
    this.files.set(path, Promise.resolve(bytes));
    return bytes.subarray(start, start + length);
  }

  /** Parses JSON from bytes (trailing padding allowed). */
  parse<T>(bytes: Uint8Array): T {
    return JSON.parse(this.decoder.decode(bytes)) as T;
  }

  /** A JSON file of the current build, or null when it does not exist. */
  async json<T>(path: string): Promise<T | null> {
    const bytes = await this.bytes(path);
    return bytes === null ? null : this.parse<T>(bytes);
  }
}
