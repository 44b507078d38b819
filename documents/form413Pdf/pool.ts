import { existsSync } from 'node:fs';
import { join } from 'node:path';
import Piscina from 'piscina';
import { Form413Document, renderForm413 } from './fill';

export interface Form413Renderer {
  render(doc: Form413Document): Promise<Uint8Array>;
  close(): Promise<void>;
}

/**
 * Form 413 rendering on a worker thread pool (piscina), so that many conversations finishing together do not
 * queue their PDF builds on the bot's event loop. Workers need the compiled worker (dist/); run from the
 * TypeScript sources (the test runner), the same code renders in-process.
 */
export function createForm413Pool(options: { maxThreads?: number } = {}): Form413Renderer {
  const compiledWorker = join(__dirname, 'worker.js');
  if (!existsSync(compiledWorker)) return { render: renderForm413, close: async () => undefined };
  const pool = new Piscina({ filename: compiledWorker, maxThreads: options.maxThreads ?? 2, minThreads: 1, idleTimeout: 60_000 });
  return {
    render: async (doc) => new Uint8Array(await pool.run(doc)),
    close: () => pool.destroy(),
  };
}
