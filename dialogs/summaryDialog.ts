import type { StatePropertyAccessor } from 'botbuilder';
import { choiceActivity } from './choiceActivity';
import { Dialog, DialogContext, DialogTurnResult } from 'botbuilder-dialogs';
import type { TFunction } from 'i18next';
import { matchOneChoice } from '../rules/questions/matchChoice';
import { planFromAnswers } from '../rules/planFromAnswers';
import { resolveChangeTarget } from './changeTarget';
import { dialogIds } from './dialogIds';
import { readSession, Session } from './session';
import { summaryText } from './summaryText';
import { languageOfTurn, translatorOf, userText } from './turnText';
import { sourceMarks } from './sourceMarks';
import { vocabularyFor } from './vocabulary';

export type SummaryResult = { confirmed: true } | { confirmed: false; changeKeys: string[] };

function confirmActivity(t: TFunction, text: string, channelId: string, extra: { id: string; label: string }[] = []) {
  return choiceActivity(text, 'confirm', [{ id: 'yes', label: t('summary.confirmYes') }, ...extra], channelId);
}

/** Shows everything collected and asks to confirm it or to name what to change. */
export class SummaryDialog extends Dialog {
  constructor(
    private readonly sessions: StatePropertyAccessor<Session>,
    private readonly today: () => string,
  ) {
    super(dialogIds.summary);
  }

  override async beginDialog(dc: DialogContext): Promise<DialogTurnResult> {
    await this.showSummary(dc.context);
    return Dialog.EndOfTurn;
  }

  override async repromptDialog(context: DialogContext['context']): Promise<void> {
    await this.showSummary(context);
  }

  override async continueDialog(dc: DialogContext): Promise<DialogTurnResult> {
    const t = translatorOf(dc.context);
    const text = userText(dc.context);
    const confirmWords = vocabularyFor(t, ['yes', 'no']);
    if (matchOneChoice(text, ['yes', 'no'], { yes: [t('summary.confirmYes'), ...(confirmWords.yes ?? [])], no: confirmWords.no ?? [] }) === 'yes') {
      return dc.endDialog({ confirmed: true } satisfies SummaryResult);
    }
    const session = readSession(await this.sessions.get(dc.context));
    const target = resolveChangeTarget(t, session.answers, text);
    if (target.kind === 'keys') return dc.endDialog({ confirmed: false, changeKeys: target.keys } satisfies SummaryResult);
    const prompt = target.kind === 'ambiguous' ? t('summary.whichOne') : t('summary.notUnderstood');
    await dc.context.sendActivity(confirmActivity(t, prompt, dc.context.activity.channelId, target.kind === 'ambiguous' ? target.candidates : []));
    return Dialog.EndOfTurn;
  }

  private async showSummary(context: DialogContext['context']): Promise<void> {
    const t = translatorOf(context);
    const session = readSession(await this.sessions.get(context));
    const plan = planFromAnswers(session.answers, this.today());
    const text = [summaryText(t, session.answers, plan, sourceMarks(t, session, languageOfTurn(context))), t('summary.confirmPrompt')].join('\n\n');
    await context.sendActivity(confirmActivity(t, text, context.activity.channelId));
  }
}
