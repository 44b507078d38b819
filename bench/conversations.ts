import { ChannelDriver, Reply } from './channelDriver';
import { round } from './stats';

/** A turn ends with a question (the bot expects input) or with the outcome (the documents). */
export const endsTurn = (reply: Reply): boolean =>
  reply.inputHint === 'expectingInput' || reply.channelData?.outcome !== undefined;

export interface Run {
  all: number[];
  /** Times by position of the message in the script (the first message of every conversation, the second…). */
  byMessage: number[][];
  documentTurns: number[];
  otherTurns: number[];
  turnsPerSecond: number;
}

/** `count` conversations at once, each in lockstep (next message after the reply that ends the turn). */
export async function drive(
  driver: ChannelDriver,
  count: number,
  script: (index: number) => string[],
  tag: string,
): Promise<Run> {
  const all: number[] = [];
  const documentTurns: number[] = [];
  const otherTurns: number[] = [];
  const byMessage: number[][] = [];
  const started = performance.now();
  await Promise.all(
    Array.from({ length: count }, async (_, index) => {
      const conversationId = `${tag}-${count}-${index}`;
      for (const [position, text] of script(index).entries()) {
        const { reply, ms } = await driver.say(conversationId, text);
        all.push(ms);
        (byMessage[position] ??= []).push(ms);
        (reply.channelData?.outcome !== undefined ? documentTurns : otherTurns).push(ms);
      }
    }),
  );
  return {
    all,
    byMessage,
    documentTurns,
    otherTurns,
    turnsPerSecond: round(all.length / ((performance.now() - started) / 1000)),
  };
}
