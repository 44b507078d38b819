import { channelDataOf, choicesOf } from './activityData';
import { lastOf } from './conversationHarness';
import { choiceAnswers } from './cases/choiceAnswers';
import { cabinetCases } from './cases/cabinets';
import { form413Cases } from './cases/form413Cases';
import { finalReply, runTranscript, TranscriptCase } from './transcript';

/** Slots whose answer is a choice (shared/contracts/conversation.md, and the follow-up offer after the documents). */
const choiceSlots =
  /^(risController|sectorCode|structureType|pfiRelay|sharedCertifiedRis|selCertifiedElsewhere|hospitalRisCertified|services|insiMode|adminDelegation|(radiologist\[\d+\]\.)?representant\.qualite|moreRadiologists|(editor\[\d+\]\.)?moreAdmins|confirm|followUp\.offer)$/;

describe('the question contract', () => {
  const complete = [...form413Cases, ...cabinetCases].filter((each) => each.outcome !== undefined);
  it.each(complete.map((each): [string, TranscriptCase] => [each.name, each]))(
    'every question of «%s» expects input, names its slot, and carries its choices',
    async (_name, testCase) => {
      const { turns } = await runTranscript(testCase);
      const questions = turns.flat().filter((activity) => activity.inputHint === 'expectingInput');
      expect(questions.length).toBeGreaterThanOrEqual(testCase.steps.length);
      for (const question of questions) {
        const { slot, choices } = channelDataOf(question);
        expect({ slot, hasChoices: choices !== undefined }).toEqual({
          slot: expect.any(String),
          hasChoices: choiceSlots.test(slot ?? ''),
        });
      }
    },
  );

  const ways = ['id', 'label', 'natural'] as const;
  it.each(choiceAnswers.flatMap((answer) => ways.map((way) => [answer.id, way, answer] as const)))(
    'choice « %s » typed as its %s is understood',
    async (id, way, answer) => {
      const run = await runTranscript({ name: id, steps: answer.path });
      const offered = choicesOf(finalReply(run));
      const label = offered.find((choice) => choice.id === id)?.label;
      expect(label).toEqual(expect.any(String));
      const typed = { id, label: label ?? '', natural: answer.natural }[way];
      const replies = await run.conversation.say(typed);
      const data = channelDataOf(lastOf(replies));
      expect(data.outcome ? { outcome: data.outcome.kind } : data.slot).toEqual(answer.next);
    },
  );
});
