import type { StatePropertyAccessor } from 'botbuilder';
import { choiceActivity } from '../choiceActivity';
import { Dialog, DialogContext, DialogTurnResult } from '../dialogsLib';
import type { TFunction } from 'i18next';
import { readChoice } from '../../rules/questions/readChoice';
import type { UnsureReason } from '../../rules/questions/unsure';
import { planFromAnswers } from '../../rules/planFromAnswers';
import { resolveChangeTarget } from './changeTarget';
import { dialogIds } from '../dialogIds';
import { readSession, Session } from '../session';
import { summaryText } from './summaryText';
import { languageOfTurn, translatorOf, userText } from '../turnText';
import { sourceMarks } from './sourceMarks';
import { unsureText } from '../questions/questionHelp';
import { unsureVocabularyOf, vocabularyFor } from '../vocabulary';

export type SummaryResult = { confirmed: true } | { confirmed: false; changeKeys: string[] };

function confirmActivity(t: TFunction, text: string, channelId: string) {
  return choiceActivity(text, 'confirm', [{ id: 'yes', label: t('summary.confirmYes') }], channelId);
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
    const vocabulary = { yes: [t('summary.confirmYes'), ...(confirmWords.yes ?? [])], no: confirmWords.no ?? [] };
    // «pouvez-vous changer le FINESS ?» is a change: a «?» alone does not make a question back here.
    const reading = readChoice(text, ['yes', 'no'], vocabulary, unsureVocabularyOf(t), {
      signs: { starts: true, mark: false },
    });
    if (reading.kind === 'unsure') return this.help(dc, t, reading.reason);
    if (reading.kind === 'chosen' && reading.value === 'yes')
      return dc.endDialog({ confirmed: true } satisfies SummaryResult);
    const session = readSession(await this.sessions.get(dc.context));
    const target = resolveChangeTarget(t, session.answers, text);
    if (target.kind === 'keys')
      return dc.endDialog({ confirmed: false, changeKeys: target.keys } satisfies SummaryResult);
    if (target.kind === 'none' && text.includes('?')) return this.help(dc, t, 'question');
    const channelId = dc.context.activity.channelId;
    // «Which one to change?» offers the fields only: «Oui, c'est correct» is not one of them (typing «oui» still confirms).
    const reply =
      target.kind === 'ambiguous'
        ? choiceActivity(t('summary.whichOne'), 'confirm', target.candidates, channelId)
        : confirmActivity(t, t('summary.notUnderstood'), channelId);
    await dc.context.sendActivity(reply);
    return Dialog.EndOfTurn;
  }

  /** Not sure the summary is right: nothing is confirmed; how to check it, and the same question. */
  private async help(dc: DialogContext, t: TFunction, reason: UnsureReason): Promise<DialogTurnResult> {
    const text = [unsureText(t, reason, t('unsure.confirm')), t('summary.confirmPrompt')].join('\n\n');
    await dc.context.sendActivity(confirmActivity(t, text, dc.context.activity.channelId));
    return Dialog.EndOfTurn;
  }

  private async showSummary(context: DialogContext['context']): Promise<void> {
    const t = translatorOf(context);
    const session = readSession(await this.sessions.get(context));
    const plan = planFromAnswers(session.answers, this.today());
    const text = [
      summaryText(t, session.answers, plan, sourceMarks(t, session, languageOfTurn(context))),
      t('summary.confirmPrompt'),
    ].join('\n\n');
    await context.sendActivity(confirmActivity(t, text, context.activity.channelId));
  }
}
