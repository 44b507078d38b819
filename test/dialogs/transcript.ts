import type { Activity } from 'botbuilder';
import type { Directory } from '../../rules/directory/place';
import type { Form413Fields } from '../../rules/form413Fields';
import type { OutcomeKind, OutcomeReason } from '../../rules/outcome';
import type { Plan } from '../../rules/plan/schema';
import { outcomeOf, textOf } from './activityData';
import { Conversation, lastOf, slotOf, startConversation } from './conversationHarness';
import { expectQuestionContract } from './questionContract';

/** The bot's last reply of a turn: the slot it asks, the outcome it ends with, or `null` when it asks nothing. */
export type Expected = string | { outcome: OutcomeKind } | null;

/** One turn: what the user says, what the bot's last reply must be, and words the turn's text must contain. */
export type Step = readonly [says: string, expected: Expected, contains?: string | readonly string[]];

export interface TranscriptCase {
  name: string;
  steps: readonly Step[];
  locale?: string;
  channelId?: string;
  /** The final `channelData.outcome`. */
  outcome?: { kind: OutcomeKind; forms: number; reason?: OutcomeReason };
  /** The plan the documents were produced for (partial match). */
  plan?: Partial<Pick<Plan, 'caseNumber' | 'orderedUnder' | 'structureType'>>;
  /** Fields expected on each Form 413, in order (partial match); also the number of forms. */
  forms?: readonly Partial<Form413Fields>[];
  /** The Annuaire Santé the bot looks people up in (none: identifiers are only typed). */
  directory?: () => Directory;
}

export interface TranscriptRun {
  conversation: Conversation;
  /** Every turn's replies, in order. */
  turns: Partial<Activity>[][];
  /** The last plan the producer was asked for, if any. */
  plan?: Plan;
}

const replyOf = (activity: Partial<Activity>): Expected => {
  const outcome = outcomeOf(activity);
  return outcome ? { outcome: outcome.kind } : (slotOf(activity) ?? null);
};

/** Plays a case turn by turn, checking each reply, the contract on every activity, then the outcome and plan. */
export async function runTranscript(testCase: TranscriptCase): Promise<TranscriptRun> {
  const conversation = startConversation(testCase.locale, undefined, testCase.channelId, testCase.directory?.());
  const turns: Partial<Activity>[][] = [];
  for (const [index, [says, expected, contains]] of testCase.steps.entries()) {
    const replies = await conversation.say(says);
    turns.push(replies);
    replies.forEach(expectQuestionContract);
    const turn = index + 1;
    expect({ turn, says, reply: replyOf(lastOf(replies)) }).toEqual({ turn, says, reply: expected });
    for (const words of contains === undefined ? [] : [contains].flat()) {
      expect({ turn, says, text: textOf(replies) }).toEqual({ turn, says, text: expect.stringContaining(words) });
    }
  }
  const requests = conversation.producer.requests;
  const plan = requests[requests.length - 1]?.plan;
  if (testCase.outcome) {
    const outcomes = turns
      .flat()
      .map(outcomeOf)
      .filter((outcome) => outcome !== undefined);
    expect(outcomes[outcomes.length - 1]).toMatchObject(testCase.outcome);
    if (testCase.outcome.kind !== 'form413') expect(requests).toHaveLength(0);
  }
  if (testCase.plan) expect(plan).toMatchObject(testCase.plan);
  if (testCase.forms) {
    expect(plan?.forms.map((form) => form.fields)).toMatchObject(testCase.forms);
    expect(plan?.forms).toHaveLength(testCase.forms.length);
  }
  return { conversation, turns, plan };
}

/** The bot's last reply of the run's last turn. */
export const finalReply = (run: TranscriptRun): Partial<Activity> => lastOf(run.turns[run.turns.length - 1] ?? []);

/** The generic test body: one `it` per case. */
export const playCase = async (_name: string, testCase: TranscriptCase): Promise<void> => {
  await runTranscript(testCase);
};

export const asTable = (cases: readonly TranscriptCase[]): [string, TranscriptCase][] =>
  cases.map((each) => [each.name, each]);
