import type { Activity } from 'botbuilder';
import { channelDataOf, shownLabels } from './activityData';

/**
 * The contract every reply keeps (shared/contracts/conversation.md): a question expects input and names
 * its slot, and a choice question carries `{id,label}` choices that people can also see and click.
 */
export function expectQuestionContract(activity: Partial<Activity>): void {
  const data = channelDataOf(activity);
  const asks = activity.inputHint === 'expectingInput';
  expect({ text: activity.text, asks, hasSlot: data.slot !== undefined }).toEqual({
    text: activity.text,
    asks,
    hasSlot: asks,
  });
  if (data.choices === undefined) return;
  expect({ slot: data.slot, shown: shownLabels(activity) }).toEqual({
    slot: data.slot,
    shown: expect.arrayContaining(data.choices.map((choice) => choice.label)),
  });
}
