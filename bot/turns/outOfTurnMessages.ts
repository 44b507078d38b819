import { TranscriptStore, TurnContext } from 'botbuilder';
import type { DialogContext } from '../../dialogs/dialogsLib';
import { restartConfirmActivity } from '../../dialogs/commands/restartConfirmActivity';
import type { Session } from '../../dialogs/session';
import { translatorOf } from '../../dialogs/turnText';
import type { OptimisticConversationState } from '../state/optimisticConversationState';
import { isLostConversation } from './lostConversation';
import type { TurnRecords } from './turnRecords';
import { replyThenMore } from '../../dialogs/replies';

/**
 * Before the dialogs see a message: a conversation whose stored answers are gone is told so (and starts
 * again); a message that is not an answer to the question now asked gets «déjà noté» (a copy of the answer
 * just recorded) or is told it came too early, and the question is asked again. True when the turn is done.
 */
export async function answeredOutOfTurn(
  context: TurnContext,
  dc: DialogContext,
  session: Session,
  deps: { state: OptimisticConversationState; turns: TurnRecords; transcripts?: TranscriptStore },
): Promise<boolean> {
  const t = translatorOf(context);
  if (await isLostConversation(context, deps.state, deps.transcripts)) {
    await context.sendActivity(replyThenMore(t('conversation.lost')));
    return false;
  }
  if (!dc.activeDialog) return false; // no question asked: nothing to file a message under
  const verdict = await deps.turns.verdict(context);
  if (verdict === 'fresh') return false;
  await context.sendActivity(
    replyThenMore(verdict === 'overtaken' ? t('conversation.overtaken') : t('conversation.alreadyNoted')),
  );
  if (session.awaitingRestartConfirm) await context.sendActivity(restartConfirmActivity(t, context.activity.channelId));
  else await dc.repromptDialog();
  return true;
}
