import { availableParallelism } from 'node:os';
import type Piscina from 'piscina';
import { Form413Document, form413DocumentSchema } from '../form413/document';
import { workerEntry } from './workerEntry';
import { DocumentRequest, documentRequestSchema, RenderedDocument } from '../documentRequest';
import { DocumentTask, documentsResultSchema, pdfResultSchema } from './task';

export interface DocumentPool {
  /** A filled Form 413, the same file `renderForm413` makes. */
  renderForm413(doc: Form413Document): Promise<Uint8Array>;
  /** Every document of a request, the same files `renderDocuments` makes: one task for a whole document turn. */
  renderDocuments(request: DocumentRequest): Promise<RenderedDocument[]>;
  /** Worker threads running now (0 before the first task and after close). */
  readonly threads: number;
  close(): Promise<void>;
}

export interface DocumentPoolOptions {
  /** Default: the cores the process may use. */
  maxThreads?: number;
  /** How long a thread beyond the first may stay idle before it stops (default 30 s). */
  idleTimeoutMs?: number;
}

/**
 * The process's flags a worker may take: heap-size flags (npm start caps the old generation) are refused by
 * worker threads (ERR_WORKER_INVALID_EXEC_ARGV), whose heap `resourceLimits` sets instead.
 */
export const workerFlags = (flags: readonly string[]): string[] =>
  flags.filter((flag) => !/^--max-(old|semi)-space-size\b/.test(flag));

/** Document turns queued on a thread before the pool starts another (each is 3 to 5 ms of work). */
export const tasksPerThreadBeforeAnother = 4;

/** Far above a burst's queueing (100 document turns at once: under a second), far below a user giving up on the turn. */
const taskTimeoutMs = 30_000;

/**
 * Every document of the bot on one piscina worker pool, so that conversations finishing together do not queue
 * PDF work on the bot's event loop. A document turn is one task (its Form 413 fills, under 1 ms each once the thread
 * has built the blank form; the guide PDF, about 1 ms; the .ics): lone turns keep to one thread, and only a burst
 * (more than `tasksPerThreadBeforeAnother` at once) starts more, up to one per core; the extra threads stop once
 * idle (each is a V8 isolate of 20 to 30 MB resident). Compiled `worker.js`, or `worker.ts` with a transpile hook under ts-jest; piscina is loaded and
 * the pool started on the first task.
 */
export function createDocumentPool(options: DocumentPoolOptions = {}): DocumentPool {
  const maxThreads = options.maxThreads ?? availableParallelism();
  const entry = workerEntry(__dirname, __filename.endsWith('.js'));
  let pool: Piscina | undefined;
  let starting: Promise<Piscina> | undefined;
  // A small young generation: the tasks make little long-lived garbage, and the default one cost 14 MB more. A
  // bounded old generation (six times what the thread holds) makes V8 grow it by ~1.3x instead of up to 4x: 15 MB
  // less after 100 documents at once.
  const resourceLimits = { maxYoungGenerationSizeMb: 2, maxOldGenerationSizeMb: 128 };
  // piscina itself is loaded with the first task: the bot's first turns do not need it.
  const start = async (): Promise<Piscina> => {
    const { default: Pool } = await import('piscina');
    pool = new Pool({
      ...entry,
      execArgv: [...workerFlags(process.execArgv), ...entry.execArgv],
      maxThreads,
      minThreads: 1,
      // A thread takes up to this many turns before another one starts: turns that merely overlap wait a few
      // ms on the first; a burst starts the others (each new thread costs 0.4 s of CPU before its first form).
      concurrentTasksPerWorker: tasksPerThreadBeforeAnother,
      idleTimeout: options.idleTimeoutMs ?? 30_000,
      resourceLimits,
      recordTiming: false,
    });
    return pool;
  };
  const run = async (task: DocumentTask): Promise<unknown> => {
    starting ??= start();
    // A worker that cannot start leaves its task queued for ever: the turn would hang instead of apologising.
    return (await starting).run(task, { signal: AbortSignal.timeout(taskTimeoutMs) });
  };
  // Each input is checked here too, so that bad input fails with the caller's stack and a ZodError.
  return {
    async renderForm413(doc) {
      return pdfResultSchema.parse(await run({ kind: 'form413', doc: form413DocumentSchema.parse(doc) }));
    },
    async renderDocuments(request) {
      return documentsResultSchema.parse(
        await run({ kind: 'documents', request: documentRequestSchema.parse(request) }),
      );
    },
    get threads() {
      return pool?.threads.length ?? 0;
    },
    async close() {
      const running = starting;
      starting = undefined;
      pool = undefined;
      await (await running)?.destroy();
    },
  };
}
