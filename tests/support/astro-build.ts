import { spawn } from 'node:child_process';
import { astroBuildCommand, type AstroBuildPaths } from '../../src/site/astro-build.ts';

/** How a build ended: its exit code and what it printed. */
export interface BuildRun {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs `astro build` of this project on the given entries as a child process, to its end; `extra` settings go to its environment. */
export function astroBuild(paths: AstroBuildPaths, extra: NodeJS.ProcessEnv = {}): Promise<BuildRun> {
  const { command, args, cwd, env } = astroBuildCommand(paths, extra);
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code: code ?? 1, stdout, stderr }));
  });
}
