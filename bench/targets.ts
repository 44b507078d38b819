import { round } from './stats';

/** What `npm run bench` measured, as the targets of issue 17 read it. */
export interface TargetInputs {
  coldStartMs: number;
  turns: {
    figures: {
      hundred: { p50: number; p99: number; documentP99: number; otherP99: number; rssMb: number };
      echoHundred: { p50: number; p99: number };
      roundsRssMb: number[];
    };
  };
  documentTurn: { cpuMsPerTurn: number };
}

const target = (measured: number, limit: number, unit: string) => ({ measured, limit, unit, met: measured <= limit });

/**
 * Each target with what was measured and whether it is met. «Flat» memory: what the last five of the ten rounds
 * of 100 added, per conversation (a conversation's state, transcript and documents are about 60 kB).
 */
export function targetsOf({ coldStartMs, turns, documentTurn }: TargetInputs) {
  const { hundred, echoHundred, roundsRssMb } = turns.figures;
  const fifth = roundsRssMb[4] ?? Number.NaN;
  const tenth = roundsRssMb[roundsRssMb.length - 1] ?? Number.NaN;
  return {
    documentTurnWorkerCpuMs: target(documentTurn.cpuMsPerTurn, 5, 'ms'),
    documentTurnP99OverOtherTurnsP99At100: target(round(hundred.documentP99 / hundred.otherP99, 2), 2, 'x'),
    p50OverEchoAt100: target(round(hundred.p50 / echoHundred.p50, 2), 1.3, 'x'),
    p99OverEchoAt100: target(round(hundred.p99 / echoHundred.p99, 2), 1.5, 'x'),
    rssAfter100Mb: target(hundred.rssMb, 250, 'MB'),
    rssGrowthRounds5To10KbPerConversation: target(round(((tenth - fifth) * 1024) / 500), 10, 'kB'),
    coldStartToFirstTurnMs: target(coldStartMs, 1000, 'ms'),
  };
}
