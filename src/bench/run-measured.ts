import { spawn } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';

/** How a child process ran: exit code, wall time, peak memory of its process tree, and its output. */
export interface Measured {
  code: number;
  seconds: number;
  /** Highest sum of resident memory over the child and its descendants, sampled, in bytes. */
  peakRss: number;
  /** CPU seconds (user + system) of the child, its threads and the descendants it waited for, at the last sample. */
  cpuSeconds: number;
  stdout: string;
  stderr: string;
}

// Sampling /proc works for any command (Node, or a shell that starts Node) and
// counts every process of the tree; /usr/bin/time -v is not on every machine
// and reports one process only.
const SAMPLE_MS = 50;

/** Runs a command to the end, sampling the resident memory of its process tree from /proc. */
export function runMeasured(command: string, args: string[], options: { env?: NodeJS.ProcessEnv; cwd?: string } = {}): Promise<Measured> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(command, args, { cwd: options.cwd, env: { ...process.env, ...options.env }, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    let peakRss = 0;
    let cpuSeconds = 0;
    const sample = () => {
      if (child.pid === undefined) return;
      peakRss = Math.max(peakRss, treeRss(child.pid));
      cpuSeconds = Math.max(cpuSeconds, cpuOf(child.pid));
    };
    const timer = setInterval(sample, SAMPLE_MS);
    child.on('error', (e) => {
      clearInterval(timer);
      reject(e);
    });
    child.on('close', (code) => {
      clearInterval(timer);
      resolve({ code: code ?? 1, seconds: (performance.now() - started) / 1000, peakRss, cpuSeconds, stdout, stderr });
    });
  });
}

// Resident bytes of a process and all its descendants, now.
function treeRss(pid: number): number {
  let total = 0;
  const stack = [pid];
  while (stack.length) {
    const p = stack.pop()!;
    try {
      const status = readFileSync(`/proc/${p}/status`, 'utf8');
      const m = /VmRSS:\s+(\d+) kB/.exec(status);
      if (m) total += Number(m[1]) * 1024;
      for (const task of readdirSync(`/proc/${p}/task`)) {
        const children = readFileSync(`/proc/${p}/task/${task}/children`, 'utf8').trim();
        if (children) stack.push(...children.split(/\s+/).map(Number));
      }
    } catch {
      // The process ended between two reads.
    }
  }
  return total;
}

// Linux reports CPU time in clock ticks of 1/100 s (USER_HZ) on every common architecture.
const TICKS_PER_SECOND = 100;

// utime + stime + cutime + cstime of a process, from /proc/<pid>/stat; 0 once it has ended.
function cpuOf(pid: number): number {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // Fields after the command name, which is in parentheses and may hold spaces.
    const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(f[11]) + Number(f[12]) + Number(f[13]) + Number(f[14])) / TICKS_PER_SECOND;
  } catch {
    return 0;
  }
}
