import { Cron } from 'croner';

/** The embedded default's scheduler: checks what is due every `pattern` (cron syntax), never overlapping. */
export function startFollowUpTimer(
  pattern: string,
  processDue: () => Promise<unknown>,
  onError: (error: unknown) => void,
): { stop(): void } {
  const job = new Cron(pattern, { protect: true, catch: onError }, async () => {
    await processDue();
  });
  return { stop: () => job.stop() };
}
