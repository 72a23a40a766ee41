import { cpus, loadavg, totalmem } from 'node:os';

/** One line saying what machine and Node a benchmark ran on, and how busy the machine was. */
export function describeMachine(): string {
  const cpu = cpus();
  const model = cpu[0]?.model.replace(/\s+/g, ' ').trim() ?? 'unknown CPU';
  return `${cpu.length} × ${model}, ${(totalmem() / 2 ** 30).toFixed(0)} GB RAM, Node ${process.versions.node}, ${process.platform}; load average ${loadNow()} at start`;
}

/** The one-minute load average: above the core count, other work was competing for the CPU. */
export function loadNow(): string {
  return loadavg()[0]!.toFixed(1);
}
