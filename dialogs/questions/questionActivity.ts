import { Activity, CardFactory } from 'botbuilder';
import { choiceActivity } from '../choiceActivity';
import type { LookupOffer } from '../directory/directoryOffer';
import type { TFunction } from 'i18next';
import type { Question } from '../../rules/questions/question';
import { textWith } from '../translatorCache';
import { choiceLabel } from '../vocabulary';
import { questionCardReply } from '../replies';

/** The question in words, under «Radiologue 2 — Dr MOREAU» when several radiologists are declared. */
export function promptText(t: TFunction, question: Question): string {
  const prompt = textWith(t, `questions.${question.topic}.prompt`, question.params);
  const radiologist = question.params['radiologist'];
  if (typeof radiologist !== 'number') return prompt;
  const name = question.params['radiologistName'];
  const heading = t('questions.radiologist.heading', {
    radiologist,
    name,
    context: typeof name === 'string' ? 'named' : undefined,
  });
  return `**${heading}**\n\n${prompt}`;
}

/**
 * The activity that asks a question, per shared/contracts/conversation.md: `inputHint: expectingInput`,
 * `channelData.slot`, and for choices `channelData.choices` shown as buttons (an Adaptive Card where the
 * channel cannot show them all, and for several-at-once choices).
 */
export function questionActivity(
  t: TFunction,
  question: Question,
  channelId: string,
  preface?: string,
  offer?: LookupOffer,
): Partial<Activity> {
  const text = [preface, promptText(t, question), offer?.hint].filter(Boolean).join('\n\n');
  const input = question.input;
  const ids =
    input.type === 'choice' || input.type === 'multiChoice'
      ? input.choices
      : input.type === 'sectorCode'
        ? ['unknown']
        : [];
  // Choices the user already excluded are not offered again (they are still understood when typed).
  const shown = input.type === 'choice' ? (input.offered ?? ids) : ids;
  const choices = [...shown.map((id) => ({ id, label: choiceLabel(t, ids, id) })), ...(offer?.choices ?? [])];
  const channelData = { slot: question.slot, ...(choices.length > 0 ? { choices } : {}) };
  if (input.type === 'multiChoice') {
    const card = CardFactory.adaptiveCard({
      type: 'AdaptiveCard',
      $schema: 'http://adaptivecards.io/schemas/adaptive-card.json',
      version: '1.5',
      body: [
        {
          type: 'Input.ChoiceSet',
          id: 'answer',
          isMultiSelect: true,
          style: 'expanded',
          choices: choices.map((c) => ({ title: c.label, value: c.id })),
        },
      ],
      actions: [{ type: 'Action.Submit', title: t('conversation.buttons.validate'), data: { slot: question.slot } }],
    });
    return { ...questionCardReply(card, text), channelData };
  }
  return choiceActivity(text, question.slot, choices, channelId);
}
