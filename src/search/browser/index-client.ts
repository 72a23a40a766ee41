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
  // Range requests not yet answered, by file: stopped when one of them brings the whole file.
  private inFlight = new Map<string, Set<AbortController>>();
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
   * later ranges of it are cut from it; range requests of that file still in
   * flight are stopped (each would bring the whole file again, a pack is up to
   * 24 MB) and answered from it.
   */
  async range(path: string, start: number, length: number): Promise<Uint8Array> {
    const cut = async (whole: Promise<Uint8Array | null>) => ((await whole) ?? new Uint8Array(0)).subarray(start, start + length);
    const kept = this.files.get(path);
    if (kept) return cut(kept);
    const { build } = await this.manifest();
    const keptMeanwhile = this.files.get(path);
    if (keptMeanwhile) return cut(keptMeanwhile);
    const controller = new AbortController();
    let flying = this.inFlight.get(path);
    if (!flying) this.inFlight.set(path, (flying = new Set()));
    flying.add(controller);
    try {
      const res = await this.fetcher(`${this.base}${INDEX_DIR}${build}/${path}`, {
        headers: { Range: `bytes=${start}-${start + length - 1}` },
        signal: controller.signal,
      });
      if (!res.ok) throw new Error(`could not load ${path} (${res.status})`);
      if (res.status === 206) return new Uint8Array(await res.arrayBuffer());
      const whole = res.arrayBuffer().then((b) => new Uint8Array(b));
      this.files.set(path, whole);
      whole.catch(() => this.files.delete(path));
      for (const other of flying) if (other !== controller) other.abort();
      return await cut(whole);
    } catch (error) {
      // Stopped because another request of this file brought all of it.
      const whole = controller.signal.aborted ? this.files.get(path) : undefined;
      if (whole) return cut(whole);
      throw error;
    } finally {
      flying.delete(controller);
      if (flying.size === 0) this.inFlight.delete(path);
    }
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
