import { cpus } from 'node:os';
import { renderDocuments } from '../documents/renderDocuments';
import { planFromAnswers } from '../rules/planFromAnswers';
import { documentParts } from './documentParts';
import { gieAnswers } from './gieAnswers';
import { round, summary } from './stats';

/**
 * What one document turn costs the worker that makes it, measured in this thread: the GIE conversation's Form
 * 413, implementation guide and .ics (`renderDocuments`, the pool's task), after a warm-up (the blank form and the
 * fonts are read once per thread). CPU is the process's (this thread and V8's helpers) per turn; `parts`: each
 * document made alone.
 */
export async function benchDocumentTurn(turns = 400) {
  const plans = Array.from({ length: 20 }, (_, index) => planFromAnswers(gieAnswers(index), '2026-12-02'));
  const request = (index: number) => ({
    plan: plans[index % plans.length] ?? plans[0]!,
    language: 'fr' as const,
    conversationId: `bench-${index}`,
    now: new Date(),
  });
  const first = performance.now();
  await renderDocuments(request(0));
  const firstMs = performance.now() - first;
  for (let index = 0; index < 50; index += 1) await renderDocuments(request(index));
  const wall: number[] = [];
  const cpu = process.cpuUsage();
  let bytes = 0;
  for (let index = 0; index < turns; index += 1) {
    const started = performance.now();
    const documents = await renderDocuments(request(index));
    wall.push(performance.now() - started);
    bytes = documents.reduce((sum, document) => sum + document.bytes.length, 0);
  }
  const used = process.cpuUsage(cpu);
  return {
    firstTurnInThreadMs: round(firstMs),
    perTurnMs: summary(wall),
    cpuMsPerTurn: round((used.user + used.system) / 1000 / turns, 2),
    bytesPerTurn: bytes,
    parts: await documentParts(request),
  };
}

if (require.main === module) {
  benchDocumentTurn().then(
    (result) =>
      process.stdout.write(
        `${JSON.stringify({ node: process.version, cpus: cpus().length, documentTurn: result }, null, 2)}\n`,
      ),
    (error: unknown) => {
      process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
      process.exitCode = 1;
    },
  );
}
