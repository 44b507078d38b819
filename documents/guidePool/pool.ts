import { availableParallelism } from 'node:os';
import Piscina from 'piscina';
import { Form413Document, form413DocumentSchema } from '../form413/document';
import { form413WorkerEntry } from '../form413/workerEntry';
import { GuideContent, guideContentSchema } from '../guide/guideContent';
import { RenewalReminderInput, renewalReminderInputSchema } from '../reminder';
import { DocumentTask, pdfResultSchema, reminderResultSchema } from './task';

export interface DocumentPool {
  /** A filled Form 413, the same file `renderForm413` makes. */
  renderForm413(doc: Form413Document): Promise<Uint8Array>;
  /** The implementation guide as PDF, the same file `renderTextPdf` makes. */
  renderGuidePdf(content: GuideContent, footer: string): Promise<Uint8Array>;
  /** The .ics renewal reminder, the same text `buildRenewalReminder` makes. */
  buildReminder(input: RenewalReminderInput): Promise<string>;
  close(): Promise<void>;
}

/** The guide and reminder part, for callers that make no form. */
export type GuidePool = Omit<DocumentPool, 'renderForm413'>;

/**
 * Every document of a document turn on one piscina worker pool, so that conversations finishing together do not
 * queue pdf-lib work on the bot's event loop: Form 413 fills (under 1 ms each once the thread has built the blank
 * form, 70 ms), the implementation guide PDF (15 to 50 ms, 0.4 s the first time) and the .ics reminder (1 to 3 ms).
 * One pool, not one per kind: each thread is a V8 isolate of 20 to 30 MB resident, and on two cores a second
 * thread only competes with the event loop. Compiled `worker.js`, or `worker.ts` with a transpile hook under
 * ts-jest; the pool starts on the first task.
 */
/**
 * The process's flags a worker may take: heap-size flags (npm start caps the old generation) are refused by
 * worker threads (ERR_WORKER_INVALID_EXEC_ARGV), whose heap `resourceLimits` sets instead.
 */
export const workerFlags = (flags: readonly string[]): string[] => flags.filter((flag) => !/^--max-(old|semi)-space-size\b/.test(flag));

/** Far above a burst's queueing (100 forms at once: 0.2 s), far below a user giving up on the turn. */
const taskTimeoutMs = 30_000;

export function createDocumentPool(options: { maxThreads?: number } = {}): DocumentPool {
  // One core stays with the event loop.
  const maxThreads = options.maxThreads ?? Math.max(1, Math.min(4, availableParallelism() - 1));
  const entry = form413WorkerEntry(__dirname, __filename.endsWith('.js'));
  let pool: Piscina | undefined;
  // A small young generation: the tasks make little long-lived garbage, and the default one cost 14 MB more. A
  // bounded old generation (six times what the thread holds) makes V8 grow it by ~1.3x instead of up to 4x: 15 MB
  // less after 100 documents at once.
  const resourceLimits = { maxYoungGenerationSizeMb: 2, maxOldGenerationSizeMb: 128 };
  const run = (task: DocumentTask): Promise<unknown> => {
    pool ??= new Piscina({ ...entry, execArgv: [...workerFlags(process.execArgv), ...entry.execArgv], maxThreads, minThreads: 1, idleTimeout: 60_000, resourceLimits });
    // A worker that cannot start leaves its task queued for ever: the turn would hang instead of apologising.
    return pool.run(task, { signal: AbortSignal.timeout(taskTimeoutMs) });
  };
  // Each input is checked here too, so that bad input fails with the caller's stack and a ZodError.
  return {
    async renderForm413(doc) {
      return pdfResultSchema.parse(await run({ kind: 'form413', doc: form413DocumentSchema.parse(doc) }));
    },
    async renderGuidePdf(content, footer) {
      return pdfResultSchema.parse(await run({ kind: 'guidePdf', content: guideContentSchema.parse(content), footer }));
    },
    async buildReminder(input) {
      return reminderResultSchema.parse(await run({ kind: 'reminder', input: renewalReminderInputSchema.parse(input) }));
    },
    async close() {
      const running = pool;
      pool = undefined;
      await running?.destroy();
    },
  };
}

/** The same pool, for callers that only make the guide and the reminder. */
export const createGuidePool: (options?: { maxThreads?: number }) => GuidePool = createDocumentPool;
