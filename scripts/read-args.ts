import { parseArgs, type ParseArgsOptionsConfig } from 'node:util';

/**
 * The option prologue every CLI of the project shares: parses `options` plus
 * `--help`/`-h`; on a bad option prints `<name>: reason` and the usage and exits
 * 2; on `--help` prints the usage and exits 0.
 */
type WithHelp<T> = T & { help: { type: 'boolean'; short: 'h'; default: false } };
type Values<T extends ParseArgsOptionsConfig> = ReturnType<typeof parseArgs<{ options: WithHelp<T> }>>['values'];

export function readArgs<const T extends ParseArgsOptionsConfig>(name: string, usage: string, options: T): Values<T> {
  const all: WithHelp<T> = { ...options, help: { type: 'boolean', short: 'h', default: false } };
  let values: Values<T>;
  try {
    values = parseArgs({ options: all }).values;
  } catch (e) {
    console.error(`${name}: ${(e as Error).message}\n\n${usage}`);
    process.exit(2);
  }
  if ((values as { help?: boolean }).help) {
    console.log(usage);
    process.exit(0);
  }
  return values;
}
