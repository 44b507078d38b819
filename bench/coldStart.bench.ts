import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { ChannelDriver } from './channelDriver';
import { freePort } from './freePort';
import { round } from './stats';

/** From `node dist/bot/index.js` to the first answered turn, in a fresh process (ms). */
export async function benchColdStart(): Promise<number> {
  const port = await freePort();
  const driver = new ChannelDriver(`http://127.0.0.1:${port}`, (reply) => reply.inputHint === 'expectingInput');
  await driver.start();
  const started = performance.now();
  const child = spawn(process.execPath, [join(__dirname, '..', 'bot', 'index.js')], { env: { ...process.env, PORT: String(port), LOG_LEVEL: 'error' }, stdio: 'ignore' });
  try {
    for (;;) {
      try {
        await driver.say('cold-start', 'bonjour');
        return round(performance.now() - started);
      } catch {
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
    }
  } finally {
    child.kill('SIGTERM');
    await driver.stop();
  }
}
