// Child process of the fault-injection test: writes the entries in a JSON file
// to a folder as ingest does, and kills itself with SIGKILL after step `killAfter`
// of the write (0: none). Prints `ready` just before it starts writing, so the
// test can also kill it at a moment of its own choosing.
// Usage: node --import tsx write-entries-child.ts <outDir> <state.json> <killAfter>
import { readFileSync } from 'node:fs';
import type { EntryData } from '../../src/ingest-run/entry-files.ts';
import { writeEntryData } from '../../src/ingest-run/write-output.ts';

const [outDir, stateFile, killAfter] = process.argv.slice(2);
const data = JSON.parse(readFileSync(stateFile!, 'utf8')) as EntryData;
let steps = 0;
process.stdout.write('ready\n');
await writeEntryData(outDir!, data, () => {
  if (++steps === Number(killAfter)) process.kill(process.pid, 'SIGKILL');
});
process.stdout.write(`done ${steps}\n`);
