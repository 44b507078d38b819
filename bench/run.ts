import { cpus } from 'node:os';
import { benchColdStart } from './coldStart.bench';
import { benchTurns } from './turns.bench';

/** `npm run bench`: prints the measurements as JSON (copy them into bench/README.md with the date). */
async function main(): Promise<void> {
  const coldStartMs = await benchColdStart();
  const turns = await benchTurns();
  process.stdout.write(`${JSON.stringify({ node: process.version, cpus: cpus().length, coldStartMs, turns }, null, 2)}\n`);
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
    process.exit(1);
  },
);
