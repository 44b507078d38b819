import { StatePropertyAccessor } from 'botbuilder';
import { Dialog, DialogContext, DialogTurnResult } from '../dialogsLib';
import { ansLinks } from '../../rules/plan/prerequisites';
import type { HandoffRequester } from './handoff';
import { comeBackText, openingHoursText, timeZoneText } from './handoffHours';
import { handoffSummary } from './handoffSummary';
import type { Session } from '../session';
import { languageOfTurn, translatorOf } from '../turnText';
import { reply } from '../replies';

/**
 * The user asks for a person: handed to the desk when it is open; outside its hours, when to come back and
 * the ANS's contact; without a desk, the ANS's contact. In the last two cases the same question follows.
 */
export async function requestHandoff(
  inner: DialogContext,
  sessions: StatePropertyAccessor<Session>,
  session: Session,
  handoff: HandoffRequester | undefined,
): Promise<DialogTurnResult> {
  const context = inner.context;
  const t = translatorOf(context);
  const language = languageOfTurn(context);
  const ans = { email: ansLinks.ansSupportEmail, faq: ansLinks.faq };
  const availability = handoff?.availability();
  if (!handoff || !availability) {
    await context.sendActivity(reply(t('commands.messages.human', ans)));
  } else if (!availability.open) {
    const hours = openingHoursText(t, language, availability.windows);
    const comeBack = availability.next ? comeBackText(t, language, availability.next) : hours;
    await context.sendActivity(
      reply(
        t('commands.messages.deskClosed', {
          ...ans,
          hours,
          comeBack,
          timeZone: timeZoneText(t, availability.timeZone),
        }),
      ),
    );
  } else {
    await sessions.set(context, { ...session, handedOff: true });
    await context.sendActivity(reply(t('commands.messages.handedOff')));
    await handoff.request(context, handoffSummary(t, session, language));
    return Dialog.EndOfTurn;
  }
  await inner.repromptDialog();
  return Dialog.EndOfTurn;
}
