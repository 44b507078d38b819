import { availableParallelism } from 'node:os';
import Piscina from 'piscina';
import { form413WorkerEntry } from '../form413/workerEntry';
import { GuideContent, guideContentSchema } from '../guide/guideContent';
import { RenewalReminderInput, renewalReminderInputSchema } from '../reminder';
import { guidePdfResultSchema, GuideTask, reminderResultSchema } from './task';

export interface GuidePool {
  /** The implementation guide as PDF, the same file `renderTextPdf` makes. */
  renderGuidePdf(content: GuideContent, footer: string): Promise<Uint8Array>;
  /** The .ics renewal reminder, the same text `buildRenewalReminder` makes. */
  buildReminder(input: RenewalReminderInput): Promise<string>;
  close(): Promise<void>;
}

/**
 * The implementation guide PDF (15 to 50 ms of pdf-lib work, 0.4 s the first time) and the .ics reminder (1 to
 * 3 ms, mostly the `ics` package's line folding) on a piscina worker pool, so that a document turn does not hold
 * up the other conversations. Same worker entry as the Form 413 pool (compiled `worker.js`, or `worker.ts` with
 * a transpile hook under ts-jest); the pool starts on the first task. Its thread costs about 17 MB resident.
 */
export function createGuidePool(options: { maxThreads?: number } = {}): GuidePool {
  // One core stays with the event loop; one guide per finished conversation needs few threads.
  const maxThreads = options.maxThreads ?? Math.max(1, Math.min(2, availableParallelism() - 1));
  const entry = form413WorkerEntry(__dirname, __filename.endsWith('.js'));
  let pool: Piscina | undefined;
  // A small young generation: the tasks make little garbage, and the default one cost 14 MB more resident memory.
  const resourceLimits = { maxYoungGenerationSizeMb: 2 };
  const run = (task: GuideTask): Promise<unknown> => {
    pool ??= new Piscina({ ...entry, execArgv: [...process.execArgv, ...entry.execArgv], maxThreads, minThreads: 1, idleTimeout: 60_000, resourceLimits });
    return pool.run(task);
  };
  return {
    async renderGuidePdf(content, footer) {
      // Checked here too, so that bad content fails with the caller's stack and a ZodError.
      return guidePdfResultSchema.parse(await run({ kind: 'guidePdf', content: guideContentSchema.parse(content), footer }));
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
