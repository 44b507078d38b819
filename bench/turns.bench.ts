import { join } from 'node:path';
import { BenchChild, startChild } from './benchChild';
import { ChannelDriver } from './channelDriver';
import { drive, endsTurn, Run } from './conversations';
import { gieConversation } from './gieScript';
import { cpuMsOf, memoryOf } from './procStatus';
import { percentile, round, summary } from './stats';
import { driveSteady, steadySchedule } from './steady';

export const conversationCounts = [1, 10, 100] as const;
/** Rounds of 100 conversations for the memory figures, one starting every `roundEveryMs` (a round takes 7 to 20 s here). */
export const memoryRounds = 10;
export const roundEveryMs = 20_000;

export interface BenchServer {
  script: string;
  env: Record<string, string>;
}

/**
 * The bot as `npm start` runs it, with memory storage and the default Annuaire look-up; quiet logs. Idle
 * conversations and documents expire after a minute (the defaults are 14 days and 24 h), so that ten rounds of
 * 100, one every 20 s, show what stays: about three rounds' worth at any time.
 */
export const botServer: BenchServer = {
  script: join(__dirname, '..', 'bot', 'index.js'),
  env: {
    LOG_LEVEL: 'error',
    STORAGE: 'memory',
    ANNUAIRE_LOOKUP: 'on',
    MEMORY_IDLE_MINUTES: '1',
    DOCUMENT_TTL_MINUTES: '1',
  },
};
export const echoServer: BenchServer = { script: join(__dirname, 'echoMain.js'), env: { LOG_LEVEL: 'error' } };

const megabytes = (kb: number) => round(kb / 1024);
const memoryMb = (pid: number) => {
  const { vmRssKb, vmHwmKb } = memoryOf(pid);
  return { vmRssMb: megabytes(vmRssKb), vmHwmMb: megabytes(vmHwmKb) };
};

/** The server's CPU per turn over `work`: all its threads, its main thread alone (the event loop); the driver's. */
async function measured<R extends Run>(
  child: BenchChild,
  work: () => Promise<R>,
): Promise<
  R & { cpuMsPerTurn: number; mainThreadCpuMsPerTurn: number; otherThreadsCpuMs: number; driverCpuMsPerTurn: number }
> {
  const before = { cpuMs: cpuMsOf(child.pid), mainMs: cpuMsOf(child.pid, true), driver: process.cpuUsage() };
  const run = await child.guard(work());
  const driver = process.cpuUsage(before.driver);
  const cpuMs = cpuMsOf(child.pid) - before.cpuMs;
  const mainMs = cpuMsOf(child.pid, true) - before.mainMs;
  return {
    ...run,
    cpuMsPerTurn: round(cpuMs / run.all.length, 2),
    mainThreadCpuMsPerTurn: round(mainMs / run.all.length, 2),
    otherThreadsCpuMs: round(cpuMs - mainMs),
    driverCpuMsPerTurn: round((driver.user + driver.system) / 1000 / run.all.length, 2),
  };
}

/** One server alone in its process, warmed up by two conversations; `phase` runs against it, then it stops. */
async function withServer<T>(
  name: string,
  server: BenchServer,
  phase: (child: BenchChild, driver: ChannelDriver) => Promise<T>,
  flags: string[] = [],
): Promise<T> {
  const child = await startChild(name, server.script, server.env, flags);
  const driver = new ChannelDriver(child.url, endsTurn);
  try {
    await driver.start();
    await child.guard(drive(driver, 2, gieConversation, `${name}-warmup`));
    return await phase(child, driver);
  } finally {
    await driver.stop();
    const ended = await child.stop();
    if (ended !== 'exit 0') process.stderr.write(`bench: ${name} did not stop cleanly (${ended})\n`);
  }
}

const turnFigures = (run: Awaited<ReturnType<typeof measured>>) => ({
  ...summary(run.all),
  turnsPerSecond: run.turnsPerSecond,
  cpuMsPerTurn: run.cpuMsPerTurn,
  mainThreadCpuMsPerTurn: run.mainThreadCpuMsPerTurn,
  driverCpuMsPerTurn: run.driverCpuMsPerTurn,
});

/** Lockstep: 1, 10 and 100 conversations at once, each sending its next message as soon as its turn ends. */
async function lockstep(name: string, server: BenchServer, flags: string[]) {
  return withServer(
    name,
    server,
    async (child, driver) => {
      const idle = memoryMb(child.pid);
      const runs = [];
      for (const count of conversationCounts) {
        const run = await measured(child, () => drive(driver, count, gieConversation, name));
        runs.push({
          count,
          turns: turnFigures(run),
          documentTurn: summary(run.documentTurns),
          otherTurns: summary(run.otherTurns),
          otherThreadsCpuMsPerTurn: round(run.otherThreadsCpuMs / run.all.length, 2),
          p99ByMessage: run.byMessage.map((times) => round(percentile(times, 99))),
          memory: memoryMb(child.pid),
        });
      }
      return { idle, runs };
    },
    flags,
  );
}

/** Steady arrival: conversations starting at a fixed rate, think time between messages. */
async function steady(name: string, server: BenchServer) {
  return withServer(name, server, async (child, driver) => {
    const run = await measured(child, () => driveSteady(driver, steadySchedule, gieConversation, `${name}-steady`));
    return {
      turns: turnFigures(run),
      documentTurn: summary(run.documentTurns),
      otherTurns: summary(run.otherTurns),
      conversations: run.conversations,
      peakConcurrent: run.peakConcurrent,
    };
  });
}

const delay = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Memory: rounds of 100 lockstep conversations, one every `roundEveryMs`, resident memory after each. */
async function rounds(name: string, server: BenchServer) {
  return withServer(name, server, async (child, driver) => {
    const idle = memoryMb(child.pid);
    const after = [];
    for (let index = 1; index <= memoryRounds; index += 1) {
      const started = performance.now();
      await child.guard(drive(driver, 100, gieConversation, `${name}-round${index}`));
      after.push({ ...memoryMb(child.pid), roundMs: round(performance.now() - started) });
      await delay(Math.max(0, roundEveryMs - (performance.now() - started)));
    }
    return { idle, after };
  });
}

const ratio = (own: number, reference: number) => round(own / reference, 2);

/**
 * The Form 413 conversation against an echo bot on the same stack, each alone in a child process and the driver
 * in this one, phase by phase (the bot, then the echo bot): lockstep at 1, 10, 100 conversations; steady arrival;
 * ten rounds of 100 for memory. `cpuProfileDir`: the lockstep phase runs with `--cpu-prof` into it.
 */
export async function benchTurns(cpuProfileDir?: string) {
  const profile = (name: string) =>
    cpuProfileDir ? ['--cpu-prof', `--cpu-prof-dir=${join(cpuProfileDir, name)}`] : [];
  const bot = await lockstep('assistant413', botServer, profile('assistant413'));
  const echo = await lockstep('echo', echoServer, profile('echo'));
  const botSteady = await steady('assistant413', botServer);
  const echoSteady = await steady('echo', echoServer);
  const botRounds = await rounds('assistant413', botServer);
  const echoRounds = await rounds('echo', echoServer);

  const lockstepResults = Object.fromEntries(
    bot.runs.map((own, index) => {
      const reference = echo.runs[index];
      return [
        `${own.count} conversations`,
        {
          assistant413: {
            ...own.turns,
            documentTurn: own.documentTurn,
            otherTurns: own.otherTurns,
            otherThreadsCpuMsPerTurn: own.otherThreadsCpuMsPerTurn,
            p99ByMessage: own.p99ByMessage,
          },
          echo: reference
            ? {
                ...reference.turns,
                otherThreadsCpuMsPerTurn: reference.otherThreadsCpuMsPerTurn,
                p99ByMessage: reference.p99ByMessage,
              }
            : undefined,
          ratio: reference
            ? { p50: ratio(own.turns.p50, reference.turns.p50), p99: ratio(own.turns.p99, reference.turns.p99) }
            : undefined,
          documentTurnP99OverOtherTurnsP99: ratio(own.documentTurn.p99, own.otherTurns.p99),
          memoryMb: { assistant413: own.memory, echo: reference?.memory },
        },
      ];
    }),
  );
  const [hundred, echoHundred] = [bot.runs.at(-1), echo.runs.at(-1)];
  if (!hundred || !echoHundred) throw new Error('no 100-conversation run');
  const figures = {
    hundred: {
      p50: hundred.turns.p50,
      p99: hundred.turns.p99,
      documentP99: hundred.documentTurn.p99,
      otherP99: hundred.otherTurns.p99,
      rssMb: hundred.memory.vmRssMb,
    },
    echoHundred: { p50: echoHundred.turns.p50, p99: echoHundred.turns.p99 },
    roundsRssMb: botRounds.after.map((memory) => memory.vmRssMb),
  };
  return {
    figures,
    lockstep: { idleAfterWarmupMb: { assistant413: bot.idle, echo: echo.idle }, ...lockstepResults },
    steadyArrival: {
      schedule: steadySchedule,
      assistant413: botSteady,
      echo: echoSteady,
      ratio: {
        p50: ratio(botSteady.turns.p50, echoSteady.turns.p50),
        p99: ratio(botSteady.turns.p99, echoSteady.turns.p99),
      },
      documentTurnP99OverOtherTurnsP99: ratio(botSteady.documentTurn.p99, botSteady.otherTurns.p99),
    },
    memoryRounds: { assistant413: botRounds, echo: echoRounds },
  };
}
