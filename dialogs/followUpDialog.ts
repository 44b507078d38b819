import { Activity, InputHints, MessageFactory, StatePropertyAccessor } from 'botbuilder';
import { choiceActivity } from './choiceActivity';
import { Dialog, DialogContext, DialogTurnResult } from 'botbuilder-dialogs';
import type { TFunction } from 'i18next';
import { inspectPastedText } from '../documents/csr/inspectCsr';
import { ansAnswerDueOn, fileReferenceSchema, renewalDueOn } from '../rules/followUp/followUps';
import { addWorkingDays } from '../rules/plan/workingDays';
import { ansLinks } from '../rules/plan/prerequisites';
import { planFromAnswers } from '../rules/planFromAnswers';
import { matchOneChoice, normaliseWords } from '../rules/questions/matchChoice';
import { readChoice } from '../rules/questions/readChoice';
import { mentions, unsureReason } from '../rules/questions/unsure';
import { parseSentDate } from '../rules/followUp/sentDate';
import { nextPosition, stepAt } from '../rules/followUp/walkthrough';
import { csrCheckText } from './csrCheckText';
import { dialogIds } from './dialogIds';
import { formatDate } from './formatDate';
import type { FollowUpScheduler } from './followUpScheduler';
import { readSession, Session } from './session';
import { languageOfTurn, translatorOf, userText } from './turnText';
import { unsureText } from './questionHelp';
import { listOf, phrasesOf, unsureVocabularyOf, vocabularyFor } from './vocabulary';

type FollowUpState = NonNullable<Session['followUp']>;

/** «pas encore, il faut que le docteur signe»: the form is not sent yet. */
const saysNotSentYet = (t: TFunction, text: string): boolean => mentions(text, phrasesOf(t, 'unsure.notSentYet'));

function ask(t: TFunction, slot: string, text: string, channelId: string, choiceIds: string[] = [], labels: Record<string, string> = {}): Partial<Activity> {
  const choices = choiceIds.map((id) => ({ id, label: labels[id] ?? t(`choices.yesNo.${id}.label`) }));
  return choiceActivity(text, slot, choices, channelId);
}

/** The outcome activity carrying the follow-up offer: one last activity with the outcome, the slot and the choices. */
function mergeOffer(outcome: Partial<Activity>, offer: Partial<Activity>): Partial<Activity> {
  const outcomeData: unknown = outcome.channelData;
  const offerData: unknown = offer.channelData;
  return {
    ...outcome,
    text: [outcome.text, offer.text].filter(Boolean).join('\n\n'),
    inputHint: offer.inputHint,
    suggestedActions: offer.suggestedActions,
    channelData: { ...(typeof outcomeData === 'object' ? outcomeData : {}), ...(typeof offerData === 'object' ? offerData : {}) },
  };
}

/**
 * From "form sent" to "certificate installed": records when the form was sent, comes back when the ANS's
 * answer is due, walks the technical admin through the platform one step at a time, then schedules the renewal.
 * Its state lives in the session, so it resumes after a restart, a proactive message or days of silence.
 */
export class FollowUpDialog extends Dialog {
  constructor(
    private readonly sessions: StatePropertyAccessor<Session>,
    private readonly scheduler: FollowUpScheduler | undefined,
    private readonly today: () => string,
  ) {
    super(dialogIds.followUp);
  }

  override async beginDialog(dc: DialogContext, options?: { offer?: boolean; outcome?: Partial<Activity> }): Promise<DialogTurnResult> {
    const session = readSession(await this.sessions.get(dc.context));
    if (!options?.offer && session.followUp) return this.continueDialog(dc);
    const state: FollowUpState = { phase: 'offer', certificate: 0, step: 0 };
    const offer = this.prompt(translatorOf(dc.context), session, state, languageOfTurn(dc.context), dc.context.activity.channelId);
    await dc.context.sendActivity(options?.outcome ? mergeOffer(options.outcome, offer) : offer);
    return this.save(dc, session, state, false);
  }

  override async continueDialog(dc: DialogContext): Promise<DialogTurnResult> {
    const session = readSession(await this.sessions.get(dc.context));
    const state = session.followUp;
    if (!state) return dc.endDialog();
    const t = translatorOf(dc.context);
    const text = userText(dc.context);
    if (listOf(t('followUp.stopWords', { returnObjects: true })).some((word) => normaliseWords(word) === normaliseWords(text))) {
      await this.scheduler?.schedule(dc.context, []);
      await dc.context.sendActivity(MessageFactory.text(t('followUp.stopped'), undefined, InputHints.AcceptingInput));
      return this.save(dc, session, { ...state, phase: 'stopped' }, true);
    }
    const reading = readChoice(text, ['yes', 'no'], vocabularyFor(t, ['yes', 'no']), unsureVocabularyOf(t));
    const yesNo = reading.kind === 'chosen' ? reading.value : undefined;
    const today = this.today();
    switch (state.phase) {
      case 'offer':
        if (reading.kind === 'unsure') return this.help(dc, session, state, unsureText(t, reading.reason, t('unsure.followUp.offer')));
        // «pas encore, il faut que le docteur signe»: the form is not sent yet, which is no reason to decline.
        if (yesNo !== 'yes' && saysNotSentYet(t, text)) return this.help(dc, session, state, t('unsure.followUp.offerNotYet'));
        if (yesNo === undefined) return this.reask(dc, session, state);
        if (yesNo === 'no') {
          await dc.context.sendActivity(MessageFactory.text(t('followUp.declined'), undefined, InputHints.AcceptingInput));
          return this.save(dc, session, { ...state, phase: 'stopped' }, true);
        }
        return this.move(dc, session, { ...state, phase: 'askSentOn' });
      case 'askSentOn':
      case 'awaitingSend': {
        const relative = { today: listOf(t('followUp.words.today', { returnObjects: true })), yesterday: listOf(t('followUp.words.yesterday', { returnObjects: true })), dayBeforeYesterday: listOf(t('followUp.words.dayBeforeYesterday', { returnObjects: true })) };
        const sentWord = listOf(t('followUp.words.sent', { returnObjects: true })).some((word) => normaliseWords(word) === normaliseWords(text));
        const sentOn = sentWord ? today : parseSentDate(text, today, relative);
        if (sentOn) return this.move(dc, session, { ...state, phase: 'askReference', sentOn });
        const unsure = unsureReason(text, unsureVocabularyOf(t));
        if (unsure !== undefined) return this.help(dc, session, state, unsureText(t, unsure, t('unsure.followUp.sentOn')));
        if (saysNotSentYet(t, text) || listOf(t('followUp.words.notYet', { returnObjects: true })).some((word) => normaliseWords(word) === normaliseWords(text))) {
          await dc.context.sendActivity(MessageFactory.text(t('followUp.whenSent'), undefined, InputHints.AcceptingInput));
          return this.save(dc, session, { ...state, phase: 'awaitingSend' }, false);
        }
        await dc.context.sendActivity(MessageFactory.text(t('followUp.badDate'), undefined, InputHints.IgnoringInput));
        return this.reask(dc, session, state);
      }
      case 'askReference': {
        const unsure = unsureReason(text, unsureVocabularyOf(t));
        if (unsure === 'question' || unsure === 'askElsewhere') return this.help(dc, session, state, unsureText(t, unsure, t('unsure.followUp.reference')));
        // Not knowing the reference is the question's own choice «Pas de référence».
        const skipped = unsure === 'dontKnow' || listOf(t('followUp.words.noReference', { returnObjects: true })).some((word) => normaliseWords(word) === normaliseWords(text));
        const reference = fileReferenceSchema.safeParse(text);
        if (!skipped && !reference.success) {
          await dc.context.sendActivity(MessageFactory.text(t('followUp.badReference'), undefined, InputHints.IgnoringInput));
          return this.reask(dc, session, state);
        }
        const dueOn = ansAnswerDueOn(state.sentOn ?? today);
        await this.scheduler?.schedule(dc.context, [{ kind: 'ansAnswer', dueOn, sentOn: state.sentOn, reference: reference.success ? reference.data : undefined, status: 'pending' }]);
        const next = { ...state, phase: 'scheduled' as const, dueOn, reference: reference.success ? reference.data : undefined };
        await dc.context.sendActivity(MessageFactory.text(t('followUp.scheduled', { date: formatDate(dueOn, languageOfTurn(dc.context)) }), undefined, InputHints.AcceptingInput));
        return this.save(dc, session, next, false);
      }
      case 'scheduled':
        // A channel without proactive messages: ask at the next visit once the answer is due.
        if (state.dueOn !== undefined && state.dueOn <= today) return this.move(dc, session, { ...state, phase: 'askConfirmed' });
        await dc.context.sendActivity(MessageFactory.text(t('followUp.notYetDue', { date: formatDate(state.dueOn ?? today, languageOfTurn(dc.context)) }), undefined, InputHints.AcceptingInput));
        return Dialog.EndOfTurn;
      case 'askConfirmed': {
        if (reading.kind === 'unsure') return this.help(dc, session, state, unsureText(t, reading.reason, t('unsure.followUp.ansConfirmed')));
        if (yesNo === undefined) return this.reask(dc, session, state);
        if (yesNo === 'yes') return this.move(dc, session, { ...state, phase: 'walkthrough', certificate: 0, step: 0 });
        const dueOn = addWorkingDays(today, 2);
        await this.scheduler?.schedule(dc.context, [{ kind: 'ansAnswer', dueOn, sentOn: state.sentOn, reference: state.reference, status: 'pending' }]);
        const reference = state.reference ?? t('followUp.noReferenceLabel');
        await dc.context.sendActivity(MessageFactory.text(t('followUp.notReceived', { email: ansLinks.ansSupportEmail, reference, date: formatDate(dueOn, languageOfTurn(dc.context)) }), undefined, InputHints.AcceptingInput));
        return this.save(dc, session, { ...state, phase: 'scheduled', dueOn }, false);
      }
      case 'walkthrough':
        return this.walk(dc, session, state, text);
      default:
        return dc.endDialog();
    }
  }

  override async repromptDialog(context: DialogContext['context']): Promise<void> {
    const session = readSession(await this.sessions.get(context));
    if (session.followUp) await context.sendActivity(this.prompt(translatorOf(context), session, session.followUp, languageOfTurn(context), context.activity.channelId));
  }

  private async walk(dc: DialogContext, session: Session, state: FollowUpState, text: string): Promise<DialogTurnResult> {
    const t = translatorOf(dc.context);
    const plan = planFromAnswers(session.answers, this.today());
    const step = stepAt(plan.certificates, state);
    const certificate = plan.certificates[state.certificate];
    const unsure = unsureReason(text, unsureVocabularyOf(t));
    if (step === 'csr' && certificate && /BEGIN|MII/.test(text)) {
      const inspection = inspectPastedText(text, certificate.commonName);
      await dc.context.sendActivity(MessageFactory.text(csrCheckText(t, inspection, certificate.commonName), undefined, InputHints.IgnoringInput));
      if (inspection.kind !== 'csr' || inspection.problems.length > 0) return this.reask(dc, session, state);
    } else if (unsure !== undefined) {
      return this.help(dc, session, state, unsureText(t, unsure, t('unsure.followUp.step')));
    } else if (matchOneChoice(text, ['done'], { done: listOf(t('followUp.words.done', { returnObjects: true })) }) !== 'done') {
      return this.reask(dc, session, state);
    }
    const next = { ...state, ...nextPosition(state) };
    if (stepAt(plan.certificates, next) !== undefined) return this.move(dc, session, next);
    const issuedOn = this.today();
    const { expiresOn, remindOn } = renewalDueOn(issuedOn);
    await this.scheduler?.schedule(dc.context, [{ kind: 'renewal', dueOn: remindOn, status: 'pending' }]);
    const language = languageOfTurn(dc.context);
    await dc.context.sendActivity(MessageFactory.text(t('followUp.finished', { count: plan.certificates.length, expiresOn: formatDate(expiresOn, language), remindOn: formatDate(remindOn, language) }), undefined, InputHints.AcceptingInput));
    return this.save(dc, session, { ...next, phase: 'done' }, true);
  }

  private prompt(t: TFunction, session: Session, state: FollowUpState, language: ReturnType<typeof languageOfTurn>, channelId: string): Partial<Activity> {
    const yesNo = ['yes', 'no'];
    switch (state.phase) {
      case 'offer':
        return ask(t, 'followUp.offer', t('followUp.offer'), channelId, yesNo);
      case 'askSentOn':
      case 'awaitingSend':
        return ask(t, 'followUp.sentOn', t('followUp.askSentOn'), channelId, ['today', 'notYet'], { today: t('followUp.buttons.today'), notYet: t('followUp.buttons.notYet') });
      case 'askReference':
        return ask(t, 'followUp.reference', t('followUp.askReference'), channelId, ['none'], { none: t('followUp.buttons.noReference') });
      case 'askConfirmed':
        return ask(t, 'followUp.ansConfirmed', t('followUp.askConfirmed', { reference: state.reference ?? t('followUp.noReferenceLabel') }), channelId, yesNo);
      case 'walkthrough': {
        const plan = planFromAnswers(session.answers, this.today());
        const certificate = plan.certificates[state.certificate];
        const step = stepAt(plan.certificates, state) ?? 'install';
        const values = {
          index: state.certificate + 1,
          total: plan.certificates.length,
          commonName: certificate?.commonName ?? '',
          structure: certificate?.structure.denomination || certificate?.structure.identifier || '',
          nationalId: certificate?.structure.nationalStructureId ?? '',
          usage: certificate?.usages.join(' + ') ?? '',
          url: ansLinks.platform,
        };
        const fixed = certificate?.commonNameFixed ? 'Fixed' : 'Free';
        const key = step === 'serviceApplicatif' ? `followUp.steps.serviceApplicatif${fixed}` : `followUp.steps.${step}`;
        return ask(t, 'walkthrough.step', `${t('followUp.stepHeader', values)}\n\n${t(key, values)}`, channelId, ['done'], { done: t('followUp.buttons.done') });
      }
      default:
        return MessageFactory.text(t('followUp.notYetDue', { date: formatDate(state.dueOn ?? this.today(), language) }), undefined, InputHints.AcceptingInput);
    }
  }

  private async move(dc: DialogContext, session: Session, state: FollowUpState): Promise<DialogTurnResult> {
    await dc.context.sendActivity(this.prompt(translatorOf(dc.context), session, state, languageOfTurn(dc.context), dc.context.activity.channelId));
    return this.save(dc, session, state, false);
  }

  /** No answer yet («je ne sais pas», a question back): what helps, then the same question; nothing recorded. */
  private async help(dc: DialogContext, session: Session, state: FollowUpState, text: string): Promise<DialogTurnResult> {
    await dc.context.sendActivity(MessageFactory.text(text, undefined, InputHints.IgnoringInput));
    return this.reask(dc, session, state);
  }

  private async reask(dc: DialogContext, session: Session, state: FollowUpState): Promise<DialogTurnResult> {
    await dc.context.sendActivity(this.prompt(translatorOf(dc.context), session, state, languageOfTurn(dc.context), dc.context.activity.channelId));
    return Dialog.EndOfTurn;
  }

  private async save(dc: DialogContext, session: Session, state: FollowUpState, end: boolean): Promise<DialogTurnResult> {
    await this.sessions.set(dc.context, { ...session, followUp: state });
    return end ? dc.endDialog() : Dialog.EndOfTurn;
  }
}
