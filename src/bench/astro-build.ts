import { fileURLToPath } from 'node:url';
import { runMeasured, type Measured } from './run-measured.ts';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const ASTRO = fileURLToPath(new URL('../../node_modules/astro/bin/astro.mjs', import.meta.url));

/** Where a site build reads its entries and writes its output and its content cache. */
export interface AstroBuildPaths {
  entries: string;
  outDir: string;
  cacheDir: string;
}

/** Runs `astro build` of this project as a child process, on the given entries, and measures it. */
export function astroBuild(paths: AstroBuildPaths, env: NodeJS.ProcessEnv = {}): Promise<Measured> {
  return runMeasured(process.execPath, [ASTRO, 'build', '--outDir', paths.outDir], {
    cwd: ROOT,
    env: { ASTRO_TELEMETRY_DISABLED: '1', ...env, ARCHIVE_ENTRIES: paths.entries, ARCHIVE_CACHE_DIR: paths.cacheDir },
  });
}
