import { workerData } from 'node:worker_threads';
import { form413DocumentSchema } from './document';
import { fillForm413 } from './fill';
import { form413WorkerDataSchema } from './workerData';

// The main thread builds the blank template once and hands its bytes to every worker.
const { template } = form413WorkerDataSchema.parse(workerData);

/** Piscina task: one document in (validated again: it crossed a thread boundary), the filled PDF out. */
export default function renderInWorker(doc: unknown): Promise<Uint8Array> {
  return fillForm413(template, form413DocumentSchema.parse(doc));
}
