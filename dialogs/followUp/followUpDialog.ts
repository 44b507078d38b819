import { Activity, InputHints, MessageFactory, StatePropertyAccessor, TurnContext } from 'botbuilder';
import { Dialog, DialogContext, DialogTurnResult } from '../dialogsLib';
import { inspectPastedText } from '../../documents/csr/inspectCsr';
import { readFollowUpAnswer } from '../../rules/followUp/readAnswer';
import { FollowUpEffect, FollowUpInput, FollowUpState, isActive, offeredFollowUp } from '../../rules/followUp/state';
import { CertificateNames, transition } from '../../rules/followUp/transition';
import type { CertificateRequest } from '../../rules/plan/schema';
import { planFromAnswers } from '../../rules/planFromAnswers';
import { csrCheckText } from './csrCheckText';
import { dialogIds } from '../dialogIds';
import type { FollowUpScheduler } from './followUpScheduler';
import { followUpMessage, followUpPrompt, FollowUpView, withOffer } from './followUpText';
import { followUpWordsOf } from './followUpWords';
import { readSession, Session } from '../session';
import { languageOfTurn, translatorOf, userText } from '../turnText';

/** One turn of the follow-up: the session it runs in, and how it speaks (with the certificates it walks through). */
interface FollowUpTurn {
  context: TurnContext;
  session: Session;
  view: FollowUpView;
  /** The outcome activity the first question goes out with (the offer after the documents). */
  outcome?: Partial<Activity>;
}

/**
 * From "form sent" to "certificate installed": runs the pure machine of rules/followUp/ and does what it
 * says (questions, messages, the scheduling, the CSR check). Its state lives in the session, so it resumes
 * after a restart, a proactive message or days of silence.
 */
export class FollowUpDialog extends Dialog {
  constructor(
    private readonly sessions: StatePropertyAccessor<Session>,
    private readonly scheduler: FollowUpScheduler | undefined,
    private readonly today: () => string,
  ) {
    super(dialogIds.followUp);
  }

  override async beginDialog(
    dc: DialogContext,
    options?: { offer?: boolean; outcome?: Partial<Activity> },
  ): Promise<DialogTurnResult> {
    const turn = await this.turn(dc.context, options?.outcome);
    if (!options?.offer && turn.session.followUp) return this.continueDialog(dc);
    return this.end(dc, await this.run(turn, turn.session.followUp ?? offeredFollowUp, { kind: 'offer' }));
  }

  override async continueDialog(dc: DialogContext): Promise<DialogTurnResult> {
    const turn = await this.turn(dc.context);
    const state = turn.session.followUp;
    if (!state) return dc.endDialog();
    const input = readFollowUpAnswer(state, userText(dc.context), turn.view.today, followUpWordsOf(turn.view.t));
    return this.end(dc, await this.run(turn, state, input));
  }

  override async repromptDialog(context: TurnContext): Promise<void> {
    const turn = await this.turn(context);
    if (turn.session.followUp) await context.sendActivity(followUpPrompt(turn.view, turn.session.followUp));
  }

  /** The ANS's answer is due (a proactive turn, outside the dialog stack): asks whether its confirmation came. */
  async answerDue(context: TurnContext): Promise<void> {
    const turn = await this.turn(context);
    if (turn.session.followUp) await this.run(turn, turn.session.followUp, { kind: 'answerDue' });
  }

  private async turn(context: TurnContext, outcome?: Partial<Activity>): Promise<FollowUpTurn> {
    const session = readSession(await this.sessions.get(context));
    const today = this.today();
    let certificates: readonly CertificateRequest[] | undefined;
    // The plan is built only when a walk-through step needs it.
    const certificatesOf = () => (certificates ??= planFromAnswers(session.answers, today).certificates);
    const t = translatorOf(context);
    const view = {
      t,
      language: languageOfTurn(context),
      channelId: context.activity.channelId,
      today,
      certificates: certificatesOf,
    };
    return { context, session, view, ...(outcome ? { outcome } : {}) };
  }

  /** Runs the machine on one input, does its effects in order, and keeps the new state in the session. */
  private async run(turn: FollowUpTurn, state: FollowUpState, input: FollowUpInput): Promise<FollowUpState> {
    const names = () => turn.view.certificates().map((certificate) => certificate.commonName);
    const step = transition(state, input, turn.view.today, names);
    const next = await this.perform(turn, step.state, step.effects, names);
    if (JSON.stringify(next) !== JSON.stringify(turn.session.followUp))
      await this.sessions.set(turn.context, { ...turn.session, followUp: next });
    return next;
  }

  private async perform(
    turn: FollowUpTurn,
    state: FollowUpState,
    effects: readonly FollowUpEffect[],
    names: CertificateNames,
  ): Promise<FollowUpState> {
    for (const effect of effects) {
      switch (effect.kind) {
        case 'ask': {
          const prompt = followUpPrompt(turn.view, state);
          await turn.context.sendActivity(turn.outcome ? withOffer(turn.outcome, prompt) : prompt);
          break;
        }
        case 'say':
          await turn.context.sendActivity(followUpMessage(turn.view, effect.message));
          break;
        case 'schedule':
          await this.scheduler?.schedule(turn.context, effect.followUps);
          break;
        case 'checkCsr': {
          const inspection = inspectPastedText(effect.text, effect.commonName);
          await turn.context.sendActivity(
            MessageFactory.text(
              csrCheckText(turn.view.t, inspection, effect.commonName),
              undefined,
              InputHints.IgnoringInput,
            ),
          );
          const accepted = inspection.kind === 'csr' && inspection.problems.length === 0;
          const checked = transition(state, { kind: 'csrChecked', accepted }, turn.view.today, names);
          return this.perform(turn, checked.state, checked.effects, names);
        }
      }
    }
    return state;
  }

  private end(dc: DialogContext, state: FollowUpState): Promise<DialogTurnResult> | DialogTurnResult {
    return isActive(state) ? Dialog.EndOfTurn : dc.endDialog();
  }
}
