import { StatePropertyAccessor, TurnContext } from 'botbuilder';
import {
  ComponentDialog,
  Dialog,
  DialogContext,
  DialogTurnResult,
  WaterfallDialog,
  WaterfallStepContext,
} from './dialogsLib';
import { isActive } from '../rules/followUp/state';
import { planFromAnswers } from '../rules/planFromAnswers';
import type { FlowEnd } from '../rules/questions/flow';
import { radiologistInMessage } from '../rules/directory/directoryQuery';
import type { Directory } from '../rules/directory/place';
import type { DocumentProducer } from './outcome/documentProducer';
import type { HandoffRequester } from './handoff/handoff';
import { FollowUpDialog } from './followUp/followUpDialog';
import type { FollowUpScheduler } from './followUp/followUpScheduler';
import { dialogIds } from './dialogIds';
import { DirectoryLookupDialog } from './directory/directoryLookupDialog';
import { handleInterruption } from './commands/interruptions';
import { requestHandoff } from './handoff/handoffRequest';
import { outcomeActivity } from './outcome/outcomeActivity';
import { QuestionLoopDialog } from './questions/questionLoopDialog';
import { emptySession, readSession, Session, walkSession } from './session';
import { recogniseCommand } from './commands/globalCommands';
import { SummaryDialog, SummaryResult } from './summary/summaryDialog';
import { answerTechnicalInstructions } from './outcome/technicalInstructions';
import { languageOfTurn, translatorOf, userText } from './turnText';
import { reply, replyThenMore } from './replies';

export interface MainDialogDependencies {
  sessions: StatePropertyAccessor<Session>;
  documents: DocumentProducer;
  /** Today as YYYY-MM-DD (injected: the rules read no clock). */
  today: () => string;
  /** A support desk to hand conversations to; without one, the bot gives the ANS support's contact. */
  handoff?: HandoffRequester;
  /** Where follow-ups are kept for the bot to come back; without one, the follow-up only answers in the chat. */
  followUps?: FollowUpScheduler;
  /** The Annuaire Santé (imported extract or FHIR API); without one, identifiers are only typed. */
  directory?: Directory;
}

/** The guided request: questions, summary and corrections, then the outcome and its documents. */
export class MainDialog extends ComponentDialog {
  private readonly followUp: FollowUpDialog;

  constructor(private readonly deps: MainDialogDependencies) {
    super(dialogIds.main);
    this.addDialog(new QuestionLoopDialog(deps.sessions, deps.directory));
    if (deps.directory) this.addDialog(new DirectoryLookupDialog(deps.sessions, deps.directory));
    this.addDialog(new SummaryDialog(deps.sessions, deps.today));
    this.followUp = new FollowUpDialog(deps.sessions, deps.followUps, deps.today);
    this.addDialog(this.followUp);
    this.addDialog(
      new WaterfallDialog(dialogIds.mainSteps, [
        (step) => this.askQuestions(step),
        (step) => this.afterQuestions(step),
        (step) => this.afterSummary(step),
      ]),
    );
    this.initialDialogId = dialogIds.mainSteps;
  }

  /** The ANS's answer is due (a proactive message): the follow-up asks whether its confirmation came. */
  async followUpDue(context: TurnContext): Promise<void> {
    await this.followUp.answerDue(context);
  }

  protected override async onContinueDialog(inner: DialogContext): Promise<DialogTurnResult> {
    if (await this.technicalInstructions(inner.context)) {
      await inner.repromptDialog();
      return Dialog.EndOfTurn;
    }
    return (await handleInterruption(inner, this.deps.sessions, this.deps.handoff)) ?? super.onContinueDialog(inner);
  }

  /** «voir les instructions techniques»: the guide's text, only on request (the documents carry its PDF). */
  private async technicalInstructions(context: TurnContext): Promise<boolean> {
    return answerTechnicalInstructions(context, await this.session(context), this.deps.documents, this.deps.today());
  }

  private async askQuestions(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const session = await this.session(step.context);
    const t = translatorOf(step.context);
    if (session.finished) {
      if (await this.technicalInstructions(step.context)) return step.endDialog();
      // A finished request still understands «retour», «recommencer» and asking for a person.
      const command = recogniseCommand(t, userText(step.context));
      if (command === 'human') {
        // The desk, or when to come back and the ANS's contact: the request stays over.
        await requestHandoff(step, this.deps.sessions, session, this.deps.handoff);
        return step.endDialog();
      }
      const followUpActive = session.followUp !== undefined && isActive(session.followUp);
      if (followUpActive && command !== 'back' && command !== 'restart') return step.beginDialog(dialogIds.followUp);
      if (command === 'back' || command === 'restart') {
        const { answered } = walkSession(session);
        const last = answered[answered.length - 1];
        const reopened = command === 'restart' ? { ...emptySession(), started: true } : { ...session, finished: false };
        if (command === 'back' && last) delete reopened.answers[last.key];
        await this.deps.sessions.set(step.context, reopened);
        if (command === 'restart') await step.context.sendActivity(replyThenMore(t('commands.messages.restarted')));
        return step.beginDialog(dialogIds.questionLoop);
      }
      await step.context.sendActivity(reply(t('conversation.finished')));
      return step.endDialog();
    }
    if (!session.started) {
      session.started = true;
      const named = this.deps.directory ? radiologistInMessage(userText(step.context)) : undefined;
      if (named !== undefined) session.directory.pendingQuery = named;
      await this.deps.sessions.set(step.context, session);
      await step.context.sendActivity(replyThenMore(t('conversation.intro')));
    }
    return step.beginDialog(dialogIds.questionLoop);
  }

  private async afterQuestions(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const end = step.result as FlowEnd | undefined;
    if (end?.kind === 'form413') return step.beginDialog(dialogIds.summary);
    return this.finish(step);
  }

  private async afterSummary(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const result = step.result as SummaryResult;
    if (result.confirmed) return this.finish(step);
    const session = await this.session(step.context);
    // An inferred answer (the 3.2 box) is asked only when the user names it here.
    session.reopened = result.changeKeys;
    for (const key of result.changeKeys) delete session.answers[key];
    session.prefilledKeys = session.prefilledKeys.filter((key) => !result.changeKeys.includes(key));
    session.directory.filledKeys = session.directory.filledKeys.filter((key) => !result.changeKeys.includes(key));
    await this.deps.sessions.set(step.context, session);
    return step.replaceDialog(dialogIds.mainSteps);
  }

  private async finish(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const session = await this.session(step.context);
    const today = this.deps.today();
    const plan = planFromAnswers(session.answers, today);
    const language = languageOfTurn(step.context);
    const conversationId = step.context.activity.conversation.id;
    // The technical guide goes as a PDF with the documents; its text only on request («voir les instructions techniques»).
    const documents =
      plan.outcome.kind === 'form413'
        ? await this.deps.documents.produce({ plan, language, conversationId, today })
        : [];
    const outcome = outcomeActivity(translatorOf(step.context), plan, documents);
    if (plan.outcome.kind !== 'form413') await step.context.sendActivity(outcome);
    session.finished = true;
    session.documents = documents.map(({ kind, fileName, url }) => ({ kind, fileName, url }));
    await this.deps.sessions.set(step.context, session);
    // The outcome activity also asks whether to follow the request: it stays the last one of the turn.
    return plan.outcome.kind === 'form413'
      ? step.beginDialog(dialogIds.followUp, { offer: true, outcome })
      : step.endDialog(plan);
  }

  private async session(context: TurnContext): Promise<Session> {
    return readSession(await this.deps.sessions.get(context));
  }
}
