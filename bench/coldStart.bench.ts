import { spawnChild } from './benchChild';
import { ChannelDriver } from './channelDriver';
import { freePort } from './freePort';
import { percentile, round } from './stats';
import { botServer } from './turns.bench';

const delay = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** From `node dist/bot/index.js` to the first answered turn, in a fresh process (ms). */
async function coldStartOnce(): Promise<number> {
  const port = await freePort();
  const driver = new ChannelDriver(`http://127.0.0.1:${port}`, (reply) => reply.inputHint === 'expectingInput');
  await driver.start();
  const started = performance.now();
  const child = await spawnChild('cold start', botServer.script, botServer.env, port);
  try {
    for (;;) {
      const answered = await child.guard(
        driver.say('cold-start', 'bonjour').then(
          () => true,
          () => false,
        ),
      );
      if (answered) return performance.now() - started;
      await delay(20);
    }
  } finally {
    await child.stop();
    await driver.stop();
  }
}

/** Cold start of the bot, three fresh processes one after the other: the median and each run (ms). */
export async function benchColdStart(): Promise<{ median: number; runs: number[] }> {
  const runs: number[] = [];
  for (let run = 0; run < 3; run += 1) runs.push(round(await coldStartOnce()));
  return { median: round(percentile(runs, 50)), runs };
}
