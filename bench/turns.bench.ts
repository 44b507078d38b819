import { join } from 'node:path';
import { BenchChild, startChild } from './benchChild';
import { ChannelDriver } from './channelDriver';
import { drive, endsTurn, Run } from './conversations';
import { gieConversation } from './gieScript';
import { cpuMsOf, memoryOf } from './procStatus';
import { round, summary } from './stats';

export const conversationCounts = [1, 10, 100] as const;

/** The bot as `npm start` runs it, with memory storage and the default Annuaire look-up; quiet logs. */
export const botServer = { script: join(__dirname, '..', 'bot', 'index.js'), env: { LOG_LEVEL: 'error', STORAGE: 'memory', ANNUAIRE_LOOKUP: 'on' } };
const echoServer = { script: join(__dirname, 'echoMain.js'), env: { LOG_LEVEL: 'error' } };

const megabytes = (kb: number) => round(kb / 1024);
const memoryMb = (pid: number) => {
  const { vmRssKb, vmHwmKb } = memoryOf(pid);
  return { vmRssMb: megabytes(vmRssKb), vmHwmMb: megabytes(vmHwmKb), vmRssKb };
};

interface Measured extends Run {
  /** The server process's CPU time per turn: all its threads, its main thread (event loop); the driver's (this process). */
  cpuMsPerTurn: number;
  mainThreadCpuMsPerTurn: number;
  driverCpuMsPerTurn: number;
  memory: ReturnType<typeof memoryMb>;
  rssGrowthPerConversationKb: number;
}

/** One server in its own process: warmed up, then 1, 10 and 100 conversations, its memory read after each. */
async function measure(name: string, server: { script: string; env: Record<string, string> }): Promise<{ idle: ReturnType<typeof memoryMb>; runs: Measured[] }> {
  const child: BenchChild = await startChild(name, server.script, server.env);
  const driver = new ChannelDriver(child.url, endsTurn);
  try {
    await driver.start();
    await child.guard(drive(driver, 2, gieConversation, `${name}-warmup`));
    const idle = memoryMb(child.pid);
    const runs: Measured[] = [];
    for (const count of conversationCounts) {
      const before = { rssKb: memoryOf(child.pid).vmRssKb, cpuMs: cpuMsOf(child.pid), mainMs: cpuMsOf(child.pid, true), driver: process.cpuUsage() };
      const run = await child.guard(drive(driver, count, gieConversation, name));
      const driverCpu = process.cpuUsage(before.driver);
      const memory = memoryMb(child.pid);
      runs.push({
        ...run,
        cpuMsPerTurn: round((cpuMsOf(child.pid) - before.cpuMs) / run.all.length, 2),
        mainThreadCpuMsPerTurn: round((cpuMsOf(child.pid, true) - before.mainMs) / run.all.length, 2),
        driverCpuMsPerTurn: round((driverCpu.user + driverCpu.system) / 1000 / run.all.length, 2),
        memory,
        rssGrowthPerConversationKb: round((memory.vmRssKb - before.rssKb) / count),
      });
    }
    return { idle, runs };
  } finally {
    await driver.stop();
    const ended = await child.stop();
    if (ended !== 'exit 0') process.stderr.write(`bench: ${name} did not stop cleanly (${ended})\n`);
  }
}

const withoutKb = ({ vmRssMb, vmHwmMb }: ReturnType<typeof memoryMb>) => ({ vmRssMb, vmHwmMb });

/**
 * Turn latency of the Form 413 conversation against an echo bot on the same stack, at 1, 10 and 100 conversations.
 * Each server runs alone in a child process (the bot first, then the echo bot), the driver in this one.
 */
export async function benchTurns(): Promise<Record<string, unknown>> {
  const bot = await measure('assistant413', botServer);
  const echo = await measure('echo', echoServer);
  const results: Record<string, unknown> = {
    idleAfterWarmup: { assistant413: withoutKb(bot.idle), echo: withoutKb(echo.idle) },
  };
  conversationCounts.forEach((count, index) => {
    const own = bot.runs[index];
    const reference = echo.runs[index];
    if (!own || !reference) return;
    const botSummary = summary(own.all);
    const echoSummary = summary(reference.all);
    results[`${count} conversations`] = {
      assistant413: {
        ...botSummary,
        turnsPerSecond: own.turnsPerSecond,
        cpuMsPerTurn: own.cpuMsPerTurn,
        mainThreadCpuMsPerTurn: own.mainThreadCpuMsPerTurn,
        driverCpuMsPerTurn: own.driverCpuMsPerTurn,
        documentTurn: summary(own.documentTurns),
        otherTurns: summary(own.otherTurns),
      },
      echo: {
        ...echoSummary,
        turnsPerSecond: reference.turnsPerSecond,
        cpuMsPerTurn: reference.cpuMsPerTurn,
        mainThreadCpuMsPerTurn: reference.mainThreadCpuMsPerTurn,
        driverCpuMsPerTurn: reference.driverCpuMsPerTurn,
      },
      ratio: { p50: round(botSummary.p50 / echoSummary.p50, 2), p99: round(botSummary.p99 / echoSummary.p99, 2) },
      documentTurnP99OverOtherTurnsP99: round(summary(own.documentTurns).p99 / summary(own.otherTurns).p99, 2),
      rssMb: own.memory.vmRssMb,
      hwmMb: own.memory.vmHwmMb,
      rssGrowthPerConversationKb: own.rssGrowthPerConversationKb,
      echoRssMb: reference.memory.vmRssMb,
      echoHwmMb: reference.memory.vmHwmMb,
    };
  });
  return results;
}
