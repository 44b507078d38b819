import { cpus, loadavg } from 'node:os';
import { benchColdStart } from './coldStart.bench';
import { benchDocumentTurn } from './documentTurn.bench';
import { round } from './stats';
import { targetsOf } from './targets';
import { benchTurns } from './turns.bench';

const method =
  'bot (node dist/bot/index.js, LOG_LEVEL=error, STORAGE=memory, ANNUAIRE_LOOKUP=on, MEMORY_IDLE_MINUTES=1, DOCUMENT_TTL_MINUTES=1) and echo bot ' +
  'each in its own child process, one after the other, phase by phase (lockstep, steady arrival, memory rounds); the driver in the parent; ' +
  'memory from /proc/<pid>/status (VmRSS, VmHWM) of the child, CPU from /proc/<pid>/stat; the document turn alone in this process';

/**
 * `npm run bench`: prints the measurements as JSON, the targets of issue 17 last (copy them into bench/README.md
 * with the date and the load average). `BENCH_CPU_PROF=<dir>`: the lockstep phase's servers write CPU profiles there.
 */
async function main(): Promise<void> {
  // Other work on the machine shows in every figure: the load average says how busy it was.
  const loadBefore = loadavg().map((value) => round(value, 2));
  const coldStart = await benchColdStart();
  const turns = await benchTurns(process.env.BENCH_CPU_PROF || undefined);
  const documentTurn = await benchDocumentTurn();
  const loadAverage = { before: loadBefore, after: loadavg().map((value) => round(value, 2)) };
  const result = {
    node: process.version,
    cpus: cpus().length,
    loadAverage,
    method,
    coldStartMs: coldStart.median,
    coldStartRunsMs: coldStart.runs,
    turns,
    documentTurn,
  };
  process.stdout.write(`${JSON.stringify({ ...result, targets: targetsOf(result) }, null, 2)}\n`);
}

// Exiting runs the children's SIGKILL hook (benchChild.ts): a stopped bench leaves no server behind.
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.once(signal, () => process.exit(130));

main().then(
  () => process.exit(0),
  (error: unknown) => {
    process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
    process.exit(1);
  },
);
