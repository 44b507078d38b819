import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { z } from 'zod';

const count = z.coerce.number().int().nonnegative();

/** Resident memory of a process (Linux /proc/<pid>/status): now (VmRSS) and its peak so far (VmHWM), in kB. */
export function memoryOf(pid: number): { vmRssKb: number; vmHwmKb: number } {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const field = (name: string) => count.parse(new RegExp(`^${name}:\\s+(\\d+) kB$`, 'm').exec(status)?.[1]);
  return { vmRssKb: field('VmRSS'), vmHwmKb: field('VmHWM') };
}

let ticksPerSecond: number | undefined;
function clockTicks(): number {
  if (ticksPerSecond === undefined) {
    try {
      ticksPerSecond = count.parse(execFileSync('getconf', ['CLK_TCK']).toString().trim()) || 100;
    } catch {
      ticksPerSecond = 100;
    }
  }
  return ticksPerSecond;
}

/**
 * CPU time (user + system, /proc/<pid>/stat fields 14 and 15) in ms: of the whole process with all its threads, or
 * of its main thread alone (the event loop; worker threads and the libuv pool are other tasks).
 */
export function cpuMsOf(pid: number, mainThreadOnly = false): number {
  const stat = readFileSync(mainThreadOnly ? `/proc/${pid}/task/${pid}/stat` : `/proc/${pid}/stat`, 'utf8');
  // The command name (field 2) is in parentheses and may hold spaces: count fields after the last «)».
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  const ticks = count.parse(fields[11]) + count.parse(fields[12]);
  return (ticks * 1000) / clockTicks();
}
