import { ChannelDriver } from './channelDriver';
import type { Run } from './conversations';
import { round } from './stats';

export interface SteadySchedule {
  /** New conversations per second. */
  perSecond: number;
  /** How long new conversations keep arriving (ms). */
  durationMs: number;
  /** The pause before each next message, from `minThinkMs` to `maxThinkMs`. */
  minThinkMs: number;
  maxThinkMs: number;
}

/** Two conversations a second for a minute, a second or so between a reply and the next message. */
export const steadySchedule: SteadySchedule = { perSecond: 2, durationMs: 60_000, minThinkMs: 500, maxThinkMs: 1500 };

const delay = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** The same pseudo-random think time for the same conversation and message, run after run (and for both servers). */
function thinkMs(schedule: SteadySchedule, conversation: number, message: number): number {
  const seed = Math.sin(conversation * 12.9898 + message * 78.233) * 43758.5453;
  return schedule.minThinkMs + (seed - Math.floor(seed)) * (schedule.maxThinkMs - schedule.minThinkMs);
}

/**
 * Conversations arriving at a fixed rate rather than all at once: each starts on its slot and says its messages
 * one after the other, each after the reply that ended the turn before and a think time. Real practices do not
 * all press «envoyer» in the same millisecond.
 */
export async function driveSteady(
  driver: ChannelDriver,
  schedule: SteadySchedule,
  script: (index: number) => string[],
  tag: string,
): Promise<Run & { conversations: number; peakConcurrent: number }> {
  const all: number[] = [];
  const documentTurns: number[] = [];
  const otherTurns: number[] = [];
  const byMessage: number[][] = [];
  const count = Math.round((schedule.durationMs / 1000) * schedule.perSecond);
  let running = 0;
  let peakConcurrent = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: count }, async (_, index) => {
      await delay((index * 1000) / schedule.perSecond);
      running += 1;
      peakConcurrent = Math.max(peakConcurrent, running);
      const messages = script(index);
      for (const [position, text] of messages.entries()) {
        const { reply, ms } = await driver.say(`${tag}-${index}`, text);
        all.push(ms);
        (byMessage[position] ??= []).push(ms);
        (reply.channelData?.outcome !== undefined ? documentTurns : otherTurns).push(ms);
        if (position < messages.length - 1) await delay(thinkMs(schedule, index, position));
      }
      running -= 1;
    }),
  );
  return {
    all,
    byMessage,
    documentTurns,
    otherTurns,
    turnsPerSecond: round(all.length / ((performance.now() - started) / 1000)),
    conversations: count,
    peakConcurrent,
  };
}
