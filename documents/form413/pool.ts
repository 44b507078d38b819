import { availableParallelism } from 'node:os';
import Piscina from 'piscina';
import { z } from 'zod';
import { Form413Document, form413DocumentSchema } from './document';
import { form413Template } from './template';
import { form413WorkerEntry } from './workerEntry';
import type { Form413WorkerData } from './workerData';

export interface Form413Pool {
  render(doc: Form413Document): Promise<Uint8Array>;
  close(): Promise<void>;
}

const renderedSchema = z.instanceof(Uint8Array);

/**
 * Form 413 rendering on a piscina worker pool, so that many conversations finishing together do not queue their
 * PDF work on the bot's event loop. The pool starts on the first render: the blank template is built once here
 * and copied to the workers, which only fill it.
 */
export function createForm413Pool(options: { maxThreads?: number } = {}): Form413Pool {
  // One core stays with the event loop.
  const maxThreads = options.maxThreads ?? Math.max(1, Math.min(4, availableParallelism() - 1));
  const entry = form413WorkerEntry(__dirname, __filename.endsWith('.js'));
  let pool: Promise<Piscina> | undefined;
  const start = (): Promise<Piscina> =>
    (pool ??= form413Template().then((template) => {
      const workerData: Form413WorkerData = { template };
      return new Piscina({ ...entry, execArgv: [...process.execArgv, ...entry.execArgv], workerData, maxThreads, minThreads: 1, idleTimeout: 60_000 });
    }));
  return {
    async render(doc) {
      // Checked here too, so that a bad document fails with the caller's stack and a ZodError.
      const parsed = form413DocumentSchema.parse(doc);
      return renderedSchema.parse(await (await start()).run(parsed));
    },
    async close() {
      const running = pool;
      pool = undefined;
      if (running) await (await running).destroy();
    },
  };
}
