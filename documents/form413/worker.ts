import { workerData } from 'node:worker_threads';
import { form413DocumentSchema } from './document';
import { fillForm413 } from './fill';
import { templateIndexOf } from './templateIndex';
import { form413WorkerDataSchema } from './workerData';

// The main thread builds the blank template once and hands its bytes to every worker.
const { template } = form413WorkerDataSchema.parse(workerData);
// Read while the worker waits for its first task, not during it (a failure is retried by that task).
void templateIndexOf(template);

/** Piscina task: one document in (validated again: it crossed a thread boundary), the filled PDF out. */
export default function renderInWorker(doc: unknown): Promise<Uint8Array> {
  return fillForm413(template, form413DocumentSchema.parse(doc));
}
