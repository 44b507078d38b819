import type { StatePropertyAccessor, TurnContext } from 'botbuilder';
import { Dialog, DialogContext, DialogTurnResult } from '../dialogsLib';
import { readLookupAnswer } from '../../rules/directory/lookup/readAnswer';
import type { LookupRequest } from '../../rules/directory/lookup/request';
import type {
  LookupContext,
  LookupEffect,
  LookupInput,
  LookupSearch,
  LookupState,
} from '../../rules/directory/lookup/state';
import { transition } from '../../rules/directory/lookup/transition';
import type { Directory, DirectoryResult } from '../../rules/directory/place';
import { dialogIds } from '../dialogIds';
import { lookupNotesText } from './directoryNotes';
import { lookupChoiceWords, lookupPrompt } from './directoryPrompt';
import { readSession, Session } from '../session';
import { languageOfTurn, translatorOf, userText } from '../turnText';
import { unsureVocabularyOf } from '../vocabulary';

/** How the look-up ended: the answer keys it filled, or nothing (the question is asked as usual). */
export interface LookupResult {
  filled: string[];
  /** What to tell the user before the next question (what was filled, or why nothing was). */
  notice?: string;
}

/**
 * Finds the radiologist in the Annuaire Santé and fills the chosen place's answers: runs the pure machine of
 * rules/directory/lookup/, searches the annuaire when it asks, and says its questions and notes.
 */
export class DirectoryLookupDialog extends Dialog<LookupRequest> {
  constructor(
    private readonly sessions: StatePropertyAccessor<Session>,
    private readonly directory: Directory,
  ) {
    super(dialogIds.directoryLookup);
  }

  override async beginDialog(dc: DialogContext, request?: LookupRequest): Promise<DialogTurnResult> {
    if (!request) return dc.endDialog({ filled: [] } satisfies LookupResult);
    const session = await this.session(dc.context);
    return this.run(dc, session, {
      kind: 'start',
      target: request.target,
      ...(request.query !== undefined ? { query: request.query } : {}),
    });
  }

  override async continueDialog(dc: DialogContext): Promise<DialogTurnResult> {
    const session = await this.session(dc.context);
    const state = session.directory.lookup;
    if (!state) return dc.endDialog({ filled: [] } satisfies LookupResult);
    const t = translatorOf(dc.context);
    const words = { choices: lookupChoiceWords(t, state), unsure: unsureVocabularyOf(t) };
    return this.run(dc, session, readLookupAnswer(state, userText(dc.context), words));
  }

  override async repromptDialog(context: TurnContext): Promise<void> {
    const state = (await this.session(context)).directory.lookup;
    if (state) await context.sendActivity(lookupPrompt(translatorOf(context), state, context.activity.channelId));
  }

  /** Runs the machine from one input, feeding it the annuaire's answers, until it asks or ends. */
  private async run(dc: DialogContext, session: Session, first: LookupInput): Promise<DialogTurnResult> {
    const context: LookupContext = {
      answers: session.answers,
      ...(session.directory.rpps ? { rememberedRpps: session.directory.rpps } : {}),
    };
    let step = transition(session.directory.lookup, first, context);
    for (;;) {
      const search = step.effects.find(
        (effect): effect is Extract<LookupEffect, { kind: 'search' }> => effect.kind === 'search',
      );
      this.apply(session, step.effects);
      if (!search) break;
      const result = await this.searchDirectory(search.search);
      step = transition(step.state, { kind: 'found', search: search.search, result }, context);
    }
    session.directory.lookup = step.state;
    await this.sessions.set(dc.context, session);
    return this.say(dc, step.state, step.effects);
  }

  private searchDirectory(search: LookupSearch): Promise<DirectoryResult> {
    const query = search.query;
    return query.kind === 'rpps'
      ? this.directory.byRpps(query.rpps)
      : this.directory.byName({ words: query.words }, search.limit);
  }

  /** What the effects change in the session: the radiologist found, the answers the annuaire gave. */
  private apply(session: Session, effects: readonly LookupEffect[]): void {
    for (const effect of effects) {
      if (effect.kind === 'remember') session.directory.rpps = effect.rpps;
      if (effect.kind !== 'record') continue;
      const keys = Object.keys(effect.values);
      Object.assign(session.answers, effect.values);
      session.directory.filledKeys = [...new Set([...session.directory.filledKeys, ...keys])];
      // The annuaire's answer replaces the editor's: the summary no longer credits the editor.
      session.prefilledKeys = session.prefilledKeys.filter((key) => !keys.includes(key));
      if (effect.edition) session.directory.edition = effect.edition;
    }
  }

  /** The look-up's question after its notes, or its end with what it filled and what to tell. */
  private async say(
    dc: DialogContext,
    state: LookupState | undefined,
    effects: readonly LookupEffect[],
  ): Promise<DialogTurnResult> {
    const t = translatorOf(dc.context);
    const language = languageOfTurn(dc.context);
    for (const effect of effects) {
      if (effect.kind === 'ask' && state) {
        await dc.context.sendActivity(
          lookupPrompt(t, state, dc.context.activity.channelId, lookupNotesText(t, effect.notes, language)),
        );
        return Dialog.EndOfTurn;
      }
      if (effect.kind === 'end') {
        const notice = lookupNotesText(t, effect.notes, language);
        return dc.endDialog({ filled: effect.filled, ...(notice ? { notice } : {}) } satisfies LookupResult);
      }
    }
    return dc.endDialog({ filled: [] } satisfies LookupResult);
  }

  private async session(context: TurnContext): Promise<Session> {
    return readSession(await this.sessions.get(context));
  }
}
