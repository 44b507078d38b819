import { startApp } from '../bot/app';
import { silentLogger } from '../bot/logger';
import { ChannelDriver, Reply } from './channelDriver';
import { startEchoServer } from './echoServer';
import { gieConversation } from './gieScript';
import { round, summary } from './stats';

const endsTurn = (reply: Reply): boolean => reply.inputHint === 'expectingInput' || reply.channelData?.outcome !== undefined;

interface Run {
  all: number[];
  documentTurns: number[];
  otherTurns: number[];
  turnsPerSecond: number;
}

/** `count` conversations at once, each in lockstep (next message after the reply that ends the turn). */
async function drive(driver: ChannelDriver, count: number, script: (index: number) => string[], tag: string): Promise<Run> {
  const all: number[] = [];
  const documentTurns: number[] = [];
  const otherTurns: number[] = [];
  const started = performance.now();
  await Promise.all(
    Array.from({ length: count }, async (_, index) => {
      const conversationId = `${tag}-${count}-${index}`;
      for (const text of script(index)) {
        const { reply, ms } = await driver.say(conversationId, text);
        all.push(ms);
        (reply.channelData?.outcome !== undefined ? documentTurns : otherTurns).push(ms);
      }
    }),
  );
  return { all, documentTurns, otherTurns, turnsPerSecond: round(all.length / ((performance.now() - started) / 1000)) };
}

/** Turn latency of the Form 413 conversation against an echo bot on the same stack, at 1, 10 and 100 conversations. */
export async function benchTurns(): Promise<Record<string, unknown>> {
  const app = await startApp({ env: { PORT: '0', LOG_LEVEL: 'error', STORAGE: 'memory' }, port: 0, logger: silentLogger, followUpTimer: false });
  const echo = await startEchoServer();
  const botDriver = new ChannelDriver(`http://127.0.0.1:${app.port}`, endsTurn);
  const echoDriver = new ChannelDriver(`http://127.0.0.1:${echo.port}`, endsTurn);
  await botDriver.start();
  await echoDriver.start();
  const results: Record<string, unknown> = {};
  try {
    await drive(botDriver, 2, gieConversation, 'warmup');
    await drive(echoDriver, 2, gieConversation, 'warmup');
    for (const count of [1, 10, 100]) {
      const rssBefore = process.memoryUsage().rss;
      const bot = await drive(botDriver, count, gieConversation, 'bot');
      const rssAfter = process.memoryUsage().rss;
      const reference = await drive(echoDriver, count, gieConversation, 'echo');
      const botSummary = summary(bot.all);
      const echoSummary = summary(reference.all);
      results[`${count} conversations`] = {
        assistant413: { ...botSummary, turnsPerSecond: bot.turnsPerSecond, documentTurn: summary(bot.documentTurns), otherTurns: summary(bot.otherTurns) },
        echo: { ...echoSummary, turnsPerSecond: reference.turnsPerSecond },
        ratio: { p50: round(botSummary.p50 / echoSummary.p50, 2), p99: round(botSummary.p99 / echoSummary.p99, 2) },
        documentTurnP99OverOtherTurnsP99: round(summary(bot.documentTurns).p99 / summary(bot.otherTurns).p99, 2),
        rssMb: round(rssAfter / 1048576),
        rssGrowthPerConversationKb: round((rssAfter - rssBefore) / 1024 / count),
      };
    }
  } finally {
    await botDriver.stop();
    await echoDriver.stop();
    await app.close();
    await echo.server.close();
  }
  return results;
}
