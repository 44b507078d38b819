import { Activity, StatePropertyAccessor } from 'botbuilder';
import type { TFunction } from 'i18next';
import { Dialog, DialogContext, DialogReason, DialogTurnResult } from '../dialogsLib';
import { answerConflict } from '../../rules/questions/answerChecks';
import { parseAnswer } from '../../rules/questions/parseAnswer';
import type { Question } from '../../rules/questions/question';
import { rppsRangListContext } from '../../rules/questions/rppsRangContext';
import type { Directory } from '../../rules/directory/place';
import { applyPrefill } from './applyPrefill';
import { lookupOffer } from '../directory/directoryOffer';
import { LookupRequest, lookupRequestOf } from '../../rules/directory/lookup/request';
import { lookupTargetOf } from '../../rules/directory/lookupTarget';
import { answerErrorText, conflictText } from './answerErrorText';
import { dialogIds } from '../dialogIds';
import { questionActivity } from './questionActivity';
import { readSession, Session, walkSession } from '../session';
import { translatorOf, userText } from '../turnText';
import { answerVocabulary, lookupRequestWords } from '../vocabulary';
import { replyThenMore } from '../replies';

/** After this many failed answers to one question, the bot offers help and a person. */
export const failuresBeforeOffer = 3;

/**
 * The generic question loop: asks the first unanswered question of the rules' guided path, checks the
 * answer, stores it, and ends with how the path ends. One loop for every branch.
 */
export class QuestionLoopDialog extends Dialog {
  constructor(
    private readonly sessions: StatePropertyAccessor<Session>,
    private readonly directory?: Directory,
  ) {
    super(dialogIds.questionLoop);
  }

  override async beginDialog(dc: DialogContext): Promise<DialogTurnResult> {
    return this.askNext(dc);
  }

  override async continueDialog(dc: DialogContext): Promise<DialogTurnResult> {
    const session = readSession(await this.sessions.get(dc.context));
    const { next } = walkSession(session);
    if (!next) return this.askNext(dc);
    const t = translatorOf(dc.context);
    const vocabulary = answerVocabulary(t, next);
    const lookup = this.directory
      ? lookupRequestOf(next, userText(dc.context), lookupRequestWords(t, vocabulary))
      : undefined;
    if (lookup) return dc.beginDialog(dialogIds.directoryLookup, lookup);
    const parsed = parseAnswer(next, userText(dc.context), vocabulary, rppsRangListContext(next, session.answers));
    // Valid alone, an answer may still contradict another one (another radiologist's RPPS-rang, someone else's card).
    const check = parsed.ok ? answerConflict(parsed.values, session.answers) : undefined;
    if (!parsed.ok || (check && !check.keep)) {
      // Not knowing is no failure: the help and whom to ask are the reply; nothing is recorded.
      const failures = (session.failures[next.slot] ?? 0) + (!parsed.ok && parsed.error.source === 'unsure' ? 0 : 1);
      if (failures > 0) session.failures[next.slot] = failures;
      await this.sessions.set(dc.context, session);
      const offer = failures >= failuresBeforeOffer ? t('conversation.offerHelp') : undefined;
      const error = parsed.ok
        ? check
          ? conflictText(t, check.conflict)
          : undefined
        : answerErrorText(t, parsed.error, next);
      const preface = [error, offer].filter(Boolean).join('\n\n');
      await dc.context.sendActivity(this.ask(t, next, dc.context.activity.channelId, preface));
      return Dialog.EndOfTurn;
    }
    Object.assign(session.answers, parsed.values);
    // A typed answer replaces one the editor or the annuaire gave: the summary no longer credits them.
    const typed = Object.keys(parsed.values);
    for (const key of check?.clear ?? []) delete session.answers[key];
    const replaced = [...typed, ...(check?.clear ?? [])];
    session.prefilledKeys = session.prefilledKeys.filter((key) => !replaced.includes(key));
    session.directory.filledKeys = session.directory.filledKeys.filter((key) => !replaced.includes(key));
    delete session.failures[next.slot];
    await this.sessions.set(dc.context, session);
    const titles = parsed.removedTitles?.join(' ');
    const notices = [
      titles === undefined ? undefined : t('personNames.titleRemoved', { titles }),
      check ? conflictText(t, check.conflict) : undefined,
    ];
    return this.askNext(dc, notices.filter(Boolean).join('\n\n') || undefined);
  }

  override async repromptDialog(context: DialogContext['context']): Promise<void> {
    const { next } = walkSession(readSession(await this.sessions.get(context)));
    if (next) await context.sendActivity(this.ask(translatorOf(context), next, context.activity.channelId));
  }

  /** After a look-up: the next question (the same one when nothing was filled). */
  override async resumeDialog(dc: DialogContext, _reason: DialogReason, result?: unknown): Promise<DialogTurnResult> {
    const notice =
      result && typeof result === 'object' && 'notice' in result && typeof result.notice === 'string'
        ? result.notice
        : undefined;
    return this.askNext(dc, notice);
  }

  /** Asks the first unanswered question, after `notice` when there is one (it is said even when none is left). */
  private async askNext(dc: DialogContext, notice?: string): Promise<DialogTurnResult> {
    const session = readSession(await this.sessions.get(dc.context));
    if (session.editorPrefill && applyPrefill(session, translatorOf(dc.context)))
      await this.sessions.set(dc.context, session);
    const { next, end } = walkSession(session);
    if (!next) {
      if (notice) await dc.context.sendActivity(replyThenMore(notice));
      return dc.endDialog(end);
    }
    const target = this.directory ? lookupTargetOf(next) : undefined;
    const query = session.directory.pendingQuery;
    if (target && query !== undefined) {
      session.directory.pendingQuery = undefined;
      await this.sessions.set(dc.context, session);
      return dc.beginDialog(dialogIds.directoryLookup, { target, query } satisfies LookupRequest);
    }
    await dc.context.sendActivity(this.ask(translatorOf(dc.context), next, dc.context.activity.channelId, notice));
    return Dialog.EndOfTurn;
  }

  private ask(t: TFunction, question: Question, channelId: string, preface?: string): Partial<Activity> {
    return questionActivity(t, question, channelId, preface, this.directory ? lookupOffer(t, question) : undefined);
  }
}
