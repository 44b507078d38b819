import { cpus } from 'node:os';
import { buildForm413Template, form413Template, renderForm413 } from '../documents/form413';
import { form413Samples } from '../documents/form413/samples';
import { indexTemplate } from '../documents/form413/templateIndex';
import { createDocumentPool } from '../documents/renderPool';
import { summary } from './stats';

async function timed<T>(run: () => Promise<T>): Promise<{ ms: number; value: T }> {
  const started = performance.now();
  const value = await run();
  return { ms: performance.now() - started, value };
}

async function repeat(times: number, run: () => Promise<unknown>): Promise<number[]> {
  const durations: number[] = [];
  for (let index = 0; index < times; index += 1) durations.push((await timed(run)).ms);
  return durations;
}

/**
 * Form 413 costs (ms): building the blank template (once per process), reading it before the first fill (once per
 * thread), filling it in-process, and a burst of 100 concurrent renders on the worker pool (latency of each render
 * and the burst's wall time).
 */
export async function benchForm413Pdf(): Promise<Record<string, unknown>> {
  const docs = Object.values(form413Samples);
  const doc = form413Samples.cabinets;
  const templateBuild = summary(await repeat(20, buildForm413Template));
  const template = await form413Template();
  const templateRead = summary(await repeat(20, () => indexTemplate(template)));
  await repeat(30, () => renderForm413(doc));
  const inProcessFill = summary(await repeat(300, () => renderForm413(doc)));

  const pool = createDocumentPool();
  try {
    await Promise.all(docs.map((each) => pool.renderForm413(each)));
    const latencies: number[] = [];
    const bursts: number[] = [];
    for (let burst = 0; burst < 5; burst += 1) {
      const { ms } = await timed(() =>
        Promise.all(
          Array.from({ length: 100 }, async (_, index) =>
            latencies.push((await timed(() => pool.renderForm413(docs[index % docs.length] ?? doc))).ms),
          ),
        ),
      );
      bursts.push(ms);
    }
    return {
      templateBuild,
      templateRead,
      inProcessFill,
      pool100Concurrent: { perRender: summary(latencies), burstWall: summary(bursts) },
      bytes: { template: template.length, filled: (await renderForm413(doc)).length },
    };
  } finally {
    await pool.close();
  }
}

if (require.main === module) {
  benchForm413Pdf().then(
    (result) =>
      process.stdout.write(
        `${JSON.stringify({ node: process.version, cpus: cpus().length, form413Pdf: result }, null, 2)}\n`,
      ),
    (error: unknown) => {
      process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
      process.exitCode = 1;
    },
  );
}
