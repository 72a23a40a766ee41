// `npm run build`: ingest the raw pages, then build the site from the entries.
// A file or folder ingest could not read (or an entry that failed the schema)
// does not stop the site from being built, so it can be previewed; the build
// still exits 1 at the end, so a deploy pipeline stops, unless
// ARCHIVE_ALLOW_ERRORS=1 says to go on. Arguments go to `astro build` (e.g.
// --outDir). Exit codes: 0 built from every file; 1 built, but ingest reported
// errors; 2 bad ingest settings, nothing built; astro's own code when it failed.
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const tsxCli = createRequire(import.meta.url).resolve('tsx/cli');
const astroCli = join(root, 'node_modules/astro/bin/astro.mjs');

if (process.argv.includes('--help') || process.argv.includes('-h')) {
  console.log(`Usage: npm run build [-- <astro build options>]

  Runs ingest (settings from ARCHIVE_INPUT, ARCHIVE_ENTRIES, ARCHIVE_LAYOUT), then astro build.
  Exits 1 after building when ingest reported errors; set ARCHIVE_ALLOW_ERRORS=1 to exit 0 then.`);
  process.exit(0);
}

/** Runs a Node script with this Node, output straight to the terminal; its exit code, or null when a signal ended it. */
function run(args: string[]): number | null {
  return spawnSync(process.execPath, args, { cwd: root, stdio: 'inherit' }).status;
}

const ingest = run([tsxCli, 'scripts/ingest.ts', '--quiet']);
// 1 is ingest's "some files could not be read, everything else was written".
if (ingest !== 0 && ingest !== 1) {
  console.error(`build: ingest ${ingest === null ? 'was stopped' : `exited with ${ingest}`}; the site was not built.`);
  process.exit(ingest ?? 1);
}
const astro = run([astroCli, 'build', ...process.argv.slice(2)]);
if (astro !== 0) process.exit(astro ?? 1);
if (ingest === 1) {
  if (process.env.ARCHIVE_ALLOW_ERRORS === '1') {
    console.error('build: ingest reported errors (above); the site was built from what it could read, and ARCHIVE_ALLOW_ERRORS=1 lets the build succeed.');
  } else {
    console.error(
      'build: the site was built from what ingest could read, for a preview (npm run preview), but ingest reported errors (above): exiting 1 so that a deploy stops.\n' +
        '  Fix what the errors name and build again, or set ARCHIVE_ALLOW_ERRORS=1 to publish without what could not be read.',
    );
    process.exit(1);
  }
}
