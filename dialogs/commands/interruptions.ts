import { StatePropertyAccessor } from 'botbuilder';
import { Dialog, DialogContext, DialogTurnResult } from '../dialogsLib';
import { matchOneChoice } from '../../rules/questions/matchChoice';
import { choiceActivity } from '../choiceActivity';
import { dialogIds } from '../dialogIds';
import { recogniseCommand } from './globalCommands';
import { emptySession, readSession, Session, walkSession } from '../session';
import { translatorOf, userText } from '../turnText';
import type { HandoffRequester } from '../handoff/handoff';
import { requestHandoff } from '../handoff/handoffRequest';
import { questionHelp } from '../questions/questionHelp';
import { vocabularyFor } from '../vocabulary';
import { reply } from '../replies';

/**
 * Global commands at any point (aide, retour, recommencer, annuler, a person): handled here, once, for
 * every question and the summary. Returns undefined when the message is an ordinary answer.
 */
export async function handleInterruption(
  inner: DialogContext,
  sessions: StatePropertyAccessor<Session>,
  handoff?: HandoffRequester,
): Promise<DialogTurnResult | undefined> {
  const context = inner.context;
  const t = translatorOf(context);
  const text = userText(context);
  const session = readSession(await sessions.get(context));

  if (session.awaitingRestartConfirm) {
    session.awaitingRestartConfirm = false;
    const confirmed = matchOneChoice(text, ['yes', 'no'], vocabularyFor(t, ['yes', 'no'])) === 'yes';
    if (!confirmed) {
      await sessions.set(context, session);
      await context.sendActivity(reply(t('commands.messages.restartCancelled')));
      await inner.repromptDialog();
      return Dialog.EndOfTurn;
    }
    await sessions.set(context, { ...emptySession(), started: true });
    await context.sendActivity(reply(t('commands.messages.restarted')));
    await inner.cancelAllDialogs();
    return inner.beginDialog(dialogIds.mainSteps);
  }

  const command = recogniseCommand(t, text);
  if (command === undefined) return undefined;
  const { next, answered } = walkSession(session);
  switch (command) {
    case 'help': {
      const help = next ? questionHelp(t, next) : t('summary.help');
      await context.sendActivity(reply(`${help}\n\n${t('commands.messages.helpFooter')}`));
      await inner.repromptDialog();
      return Dialog.EndOfTurn;
    }
    case 'back': {
      const previous = answered[answered.length - 1];
      if (!previous) {
        await context.sendActivity(reply(t('commands.messages.nothingToGoBackTo')));
        await inner.repromptDialog();
        return Dialog.EndOfTurn;
      }
      delete session.answers[previous.key];
      await sessions.set(context, { ...session, finished: false });
      await inner.cancelAllDialogs();
      return inner.beginDialog(dialogIds.mainSteps);
    }
    case 'restart': {
      await sessions.set(context, { ...session, awaitingRestartConfirm: true });
      const choices = ['yes', 'no'].map((id) => ({ id, label: t(`choices.yesNo.${id}.label`) }));
      await context.sendActivity(
        choiceActivity(t('commands.messages.restartConfirm'), 'restartConfirm', choices, context.activity.channelId),
      );
      return Dialog.EndOfTurn;
    }
    case 'cancel': {
      await sessions.set(context, emptySession());
      await context.sendActivity(reply(t('commands.messages.cancelled')));
      return inner.cancelAllDialogs();
    }
    case 'resume':
      await inner.repromptDialog();
      return Dialog.EndOfTurn;
    case 'human':
      return requestHandoff(inner, sessions, session, handoff);
  }
}
