import { ActionTypes, Activity, CardFactory } from 'botbuilder';
import { questionReply, questionCardReply } from './replies';

/** Teams shows only the first three suggested actions (Bot Framework docs): longer lists go in a card. */
export const teamsSuggestedActionLimit = 3;

export interface Choice {
  id: string;
  label: string;
}

/**
 * A question with choices, per shared/contracts/conversation.md: `expectingInput`, `channelData.slot` and
 * `channelData.choices`, shown as suggested actions, or as an Adaptive Card (1.5) where Teams could not show them all.
 */
export function choiceActivity(
  text: string,
  slot: string,
  choices: Choice[],
  channelId: string,
  extraData: Record<string, unknown> = {},
): Partial<Activity> {
  const channelData = { ...extraData, slot, ...(choices.length > 0 ? { choices } : {}) };
  if (choices.length > teamsSuggestedActionLimit && channelId === 'msteams') {
    const card = CardFactory.adaptiveCard({
      type: 'AdaptiveCard',
      version: '1.5',
      body: [],
      actions: choices.map((choice) => ({
        type: 'Action.Submit',
        title: choice.label,
        data: { msteams: { type: 'imBack', value: choice.label } },
      })),
    });
    return { ...questionCardReply(card, text), channelData };
  }
  const activity = questionReply(text);
  if (choices.length > 0) {
    activity.suggestedActions = {
      to: [],
      actions: choices.map((choice) => ({ type: ActionTypes.ImBack, title: choice.label, value: choice.label })),
    };
  }
  return { ...activity, channelData };
}
