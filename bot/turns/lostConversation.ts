import { ActivityTypes, TranscriptStore, TurnContext } from 'botbuilder';
import type { OptimisticConversationState } from '../state/optimisticConversationState';

/**
 * A message whose conversation the storage does not know is either the first of a new conversation or
 * one whose stored answers are gone (storage wiped, retention passed). Only traces kept outside the
 * conversation state tell them apart, without guessing from the words: this instance saw it stored
 * before (kept in memory, survives a storage wipe), or the transcript store holds earlier messages
 * from the user (kept in another container, survives the loss of the state).
 */
export async function isLostConversation(
  context: TurnContext,
  state: OptimisticConversationState,
  transcripts?: TranscriptStore,
): Promise<boolean> {
  if (context.activity.type !== ActivityTypes.Message) return false;
  await state.load(context);
  if (state.loadedStored(context)) return false;
  if (await state.seenStoredBefore(context)) return true;
  return transcripts ? hasEarlierUserMessages(context, transcripts) : false;
}

async function hasEarlierUserMessages(context: TurnContext, transcripts: TranscriptStore): Promise<boolean> {
  const { channelId, conversation, id, recipient } = context.activity;
  try {
    const page = await transcripts.getTranscriptActivities(channelId, conversation.id);
    return page.items.some(
      (activity) =>
        activity.type === ActivityTypes.Message && activity.id !== id && activity.from?.id !== recipient?.id,
    );
  } catch {
    return false; // the transcript store is down too: the turn goes on as a new conversation
  }
}
