import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const ASTRO = fileURLToPath(new URL('../../node_modules/astro/bin/astro.mjs', import.meta.url));

/** Where a site build reads its entries and writes its output and its content cache. */
export interface AstroBuildPaths {
  entries: string;
  outDir: string;
  cacheDir: string;
}

/** A command that runs `astro build` of this project on the given entries (for a child process). */
export interface BuildCommand {
  command: string;
  args: string[];
  cwd: string;
  env: NodeJS.ProcessEnv;
}

/** How to run `astro build` of this project as a child process on the given entries: the benchmark measures it, tests run it. */
export function astroBuildCommand(paths: AstroBuildPaths, env: NodeJS.ProcessEnv = {}): BuildCommand {
  return {
    command: process.execPath,
    args: [ASTRO, 'build', '--outDir', paths.outDir],
    cwd: ROOT,
    env: { ASTRO_TELEMETRY_DISABLED: '1', ...env, ARCHIVE_ENTRIES: paths.entries, ARCHIVE_CACHE_DIR: paths.cacheDir },
  };
}
