import type { Activity } from 'botbuilder';
import { z } from 'zod';
import { outcomeKindSchema } from '../../rules/outcome';

const choiceSchema = z.object({ id: z.string().min(1), label: z.string().min(1) });

/** The machine-readable part of a bot activity (shared/contracts/conversation.md). */
const channelDataSchema = z
  .object({
    slot: z.string().optional(),
    choices: z.array(choiceSchema).min(1).optional(),
    outcome: z
      .object({ kind: outcomeKindSchema, forms: z.number().int().nonnegative(), reason: z.string().optional() })
      .passthrough()
      .optional(),
  })
  .passthrough();

export type ChannelData = z.infer<typeof channelDataSchema>;

/** Reads `channelData` through the contract's schema: a malformed one fails the test here. */
export function channelDataOf(activity: Partial<Activity>): ChannelData {
  return activity.channelData === undefined ? {} : channelDataSchema.parse(activity.channelData);
}

export const choicesOf = (activity: Partial<Activity>) => channelDataOf(activity).choices ?? [];
export const outcomeOf = (activity: Partial<Activity>) => channelDataOf(activity).outcome;

const cardSchema = z
  .object({
    version: z.string(),
    body: z
      .array(
        z.object({ choices: z.array(z.object({ title: z.string(), value: z.string() })).optional() }).passthrough(),
      )
      .default([]),
    actions: z.array(z.object({ title: z.string(), data: z.unknown().optional() }).passthrough()).default([]),
  })
  .passthrough();
export type AdaptiveCard = z.infer<typeof cardSchema>;

/** The Adaptive Cards of an activity, parsed. */
export function adaptiveCardsOf(activity: Partial<Activity>): AdaptiveCard[] {
  return (activity.attachments ?? [])
    .filter((attachment) => attachment.contentType === 'application/vnd.microsoft.card.adaptive')
    .map((attachment) => cardSchema.parse(attachment.content));
}

/** What a person sees to click: suggested actions' titles, or the choices and buttons of a card. */
export function shownLabels(activity: Partial<Activity>): string[] {
  const suggested = (activity.suggestedActions?.actions ?? []).map((action) => action.title);
  const carded = adaptiveCardsOf(activity).flatMap((card) => [
    ...card.body.flatMap((element) => (element.choices ?? []).map((choice) => choice.title)),
    ...card.actions.map((action) => action.title),
  ]);
  return [...suggested, ...carded];
}

/** Every text of a turn, joined: what the user reads. */
export const textOf = (replies: Partial<Activity>[]): string => replies.map((reply) => reply.text ?? '').join('\n\n');
