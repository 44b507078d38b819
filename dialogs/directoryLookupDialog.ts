import { StatePropertyAccessor, TurnContext } from 'botbuilder';
import { Dialog, DialogContext, DialogTurnResult } from 'botbuilder-dialogs';
import type { TFunction } from 'i18next';
import { inTown, parseDirectoryQuery } from '../rules/directory/directoryQuery';
import type { Directory, DirectoryEdition, Practitioner } from '../rules/directory/place';
import { answersFromPlace, denominationMismatch, placesFor } from '../rules/directory/placeAnswers';
import { answerConflict, givenRpps } from '../rules/questions/answerChecks';
import { choiceSets } from '../rules/questions/choices';
import { validators } from '../rules/identifiers';
import { matchOneChoice } from '../rules/questions/matchChoice';
import { unsureReason } from '../rules/questions/unsure';
import type { Choice } from './choiceActivity';
import { lookupPrompt } from './directoryPrompt';
import { dialogIds } from './dialogIds';
import type { LookupState } from './directorySession';
import { chosenDenomination } from './directoryMismatch';
import { editionText, placeBlock, placeChoices, placeVocabulary, practitionerChoices, practitionerName } from './directoryText';
import { conflictText } from './answerErrorText';
import { filledText } from './directoryFilledText';
import type { LookupRequest } from './directoryTrigger';
import { readSession, Session } from './session';
import { unsureText } from './questionHelp';
import { languageOfTurn, translatorOf, userText } from './turnText';
import { unsureVocabularyOf, vocabularyFor } from './vocabulary';

/** How the look-up ended: the answer keys it filled, or nothing (the question is asked as usual). */
export interface LookupResult {
  filled: string[];
  /** What to tell the user before the next question (what was filled, or why nothing was). */
  notice?: string;
}

/** Practitioners listed at most; a common name beyond that needs the town or the RPPS. */
export const practitionerLimit = 20;
/** Choices shown as buttons at most (a longer homonym list asks for the town again). */
const maxPractitionerChoices = 8;
const failuresBeforeGivingUp = 2;
/** A name or a town may be «Comment» or «Quoi»: only a «?» or words of not knowing make them no answer. */
const freeTextSigns = { starts: false, mark: true };

/**
 * Finds the radiologist in the Annuaire Santé (by RPPS, or by name then town), lists their places of
 * practice and fills the chosen one's sector code, raison sociale and identifier (guide §8). Any dead
 * end (not found, directory down, user's choice) goes back to the question, with where to look.
 */
export class DirectoryLookupDialog extends Dialog<LookupRequest> {
  constructor(
    private readonly sessions: StatePropertyAccessor<Session>,
    private readonly directory: Directory,
  ) {
    super(dialogIds.directoryLookup);
  }

  override async beginDialog(dc: DialogContext, request?: LookupRequest): Promise<DialogTurnResult> {
    if (!request) return dc.endDialog({ filled: [] });
    const session = await this.session(dc.context);
    const state: LookupState = { target: request.target, phase: 'query', failures: 0, practitioners: [], places: [] };
    session.directory.lookup = state;
    if (request.query !== undefined) return this.search(dc, session, state, request.query, true);
    const known = knownRpps(session, request.target.radiologist ?? 1);
    if (known !== undefined && request.target.need !== 'any') return this.search(dc, session, state, known, true);
    await this.save(dc.context, session);
    await dc.context.sendActivity(lookupPrompt(translatorOf(dc.context), state, dc.context.activity.channelId));
    return Dialog.EndOfTurn;
  }

  override async continueDialog(dc: DialogContext): Promise<DialogTurnResult> {
    const session = await this.session(dc.context);
    const state = session.directory.lookup;
    if (!state) return dc.endDialog({ filled: [] });
    const t = translatorOf(dc.context);
    const text = userText(dc.context);
    if ((state.phase === 'query' || state.phase === 'town') && this.isManual(t, text)) return this.giveUp(dc, session);
    // «je ne sais pas», «c'est quoi le RPPS ?»: no name to search, no choice; where to find it, and the same question.
    const unsure = unsureReason(text, unsureVocabularyOf(t), freeTextSigns);
    if (unsure !== undefined) return this.ask(dc, session, state, unsureText(t, unsure, t(`unsure.directory.${state.phase}`)));
    switch (state.phase) {
      case 'query':
        return this.search(dc, session, state, text, false);
      case 'town':
        return this.narrowByTown(dc, session, state, text);
      case 'practitioner': {
        const choices = practitionerChoices(t, state.practitioners);
        const chosen = this.choose(text, choices);
        const practitioner = chosen === undefined ? undefined : state.practitioners[Number(chosen.slice(1)) - 1];
        return practitioner ? this.showPlaces(dc, session, state, practitioner) : this.ask(dc, session, state);
      }
      case 'place': {
        const chosen = matchOneChoice(text, placeChoices(t, state.places).map((choice) => choice.id), placeVocabulary(t, state.places));
        if (chosen === 'none') return this.giveUp(dc, session, t('directory.manualHelp'));
        const place = chosen === undefined ? undefined : state.places[Number(chosen) - 1];
        return place ? this.fill(dc, session, state, place) : this.ask(dc, session, state);
      }
      case 'denomination':
        return this.chooseDenomination(dc, session, state, text);
    }
  }

  override async repromptDialog(context: TurnContext): Promise<void> {
    const state = (await this.session(context)).directory.lookup;
    if (state) await context.sendActivity(lookupPrompt(translatorOf(context), state, context.activity.channelId));
  }

  private async search(dc: DialogContext, session: Session, state: LookupState, text: string, typedAtQuestion: boolean): Promise<DialogTurnResult> {
    const t = translatorOf(dc.context);
    const query = parseDirectoryQuery(text);
    if (query.kind === 'invalid') return this.miss(dc, session, state, t(`directory.invalidQuery.${query.reason}`), typedAtQuestion);
    const result = query.kind === 'rpps' ? await this.directory.byRpps(query.rpps) : await this.directory.byName({ words: query.words }, practitionerLimit);
    if (!result.ok) return this.giveUp(dc, session, `${t('directory.unavailable')}\n\n${t('directory.manualHelp')}`);
    state.edition = result.edition;
    const [first] = result.practitioners;
    if (first === undefined) {
      const typed = query.kind === 'rpps' ? query.rpps : query.typed;
      return this.miss(dc, session, state, t('directory.notFound', { query: typed, edition: this.edition(dc.context, result.edition) }), typedAtQuestion);
    }
    if (result.practitioners.length === 1) return this.showPlaces(dc, session, state, first);
    state.phase = 'town';
    state.failures = 0;
    state.practitioners = result.practitioners;
    const count = result.practitioners.length;
    const typed = query.kind === 'name' ? query.typed : text;
    const preface = result.truncated ? t('directory.tooMany', { count, query: typed }) : t('directory.homonyms', { count, query: typed });
    return this.ask(dc, session, state, preface);
  }

  private async narrowByTown(dc: DialogContext, session: Session, state: LookupState, text: string): Promise<DialogTurnResult> {
    const t = translatorOf(dc.context);
    if (parseDirectoryQuery(text).kind === 'rpps') return this.search(dc, session, state, text, false);
    const found = inTown(state.practitioners, text);
    const [only] = found;
    if (found.length === 1 && only) return this.showPlaces(dc, session, state, only);
    if (found.length > 1 && found.length <= maxPractitionerChoices) {
      state.phase = 'practitioner';
      state.practitioners = found;
      return this.ask(dc, session, state);
    }
    state.failures += 1;
    if (found.length === 0 && state.failures >= failuresBeforeGivingUp) return this.giveUp(dc, session, t('directory.manualHelp'));
    if (found.length > 1) state.practitioners = found;
    const preface = found.length === 0 ? t('directory.townNotFound', { town: text.trim() }) : t('directory.homonyms', { count: found.length, query: text.trim() });
    return this.ask(dc, session, state, preface);
  }

  private async showPlaces(dc: DialogContext, session: Session, state: LookupState, practitioner: Practitioner): Promise<DialogTurnResult> {
    const t = translatorOf(dc.context);
    // The radiologist found is remembered for the first radiologist's later look-ups only (another one is another person).
    if ((state.target.radiologist ?? 1) === 1) session.directory.rpps = practitioner.rpps;
    const places = placesFor(practitioner, state.target.need, session.answers);
    const name = practitionerName(practitioner);
    if (places.length === 0) {
      const alreadyGiven = placesFor(practitioner, state.target.need).length > 0;
      const reason = t(`directory.noMatchingPlace.${alreadyGiven ? 'other' : state.target.need}`, { name });
      return this.giveUp(dc, session, `${reason}\n\n${t('directory.manualHelp')}`);
    }
    state.phase = 'place';
    state.places = places;
    const edition = state.edition ? this.edition(dc.context, state.edition) : '';
    const listing = [t('directory.places', { count: places.length, name, edition }), ...places.map((place, index) => placeBlock(t, place, index + 1))];
    return this.ask(dc, session, state, listing.join('\n\n'));
  }

  private async fill(dc: DialogContext, session: Session, state: LookupState, place: LookupState['places'][number]): Promise<DialogTurnResult> {
    const t = translatorOf(dc.context);
    const values = answersFromPlace(place, state.target, session.answers);
    const keys = Object.keys(values);
    // Checked like a typed answer: another radiologist's cabinet is not filled in for this one.
    const check = answerConflict(values, session.answers);
    if (check && !check.keep) return this.giveUp(dc, session, `${conflictText(t, check.conflict)}\n\n${t('directory.manualHelp')}`);
    Object.assign(session.answers, values);
    session.directory.filledKeys = [...new Set([...session.directory.filledKeys, ...keys])];
    if (state.edition) session.directory.edition = state.edition;
    session.directory.lookup = undefined;
    await this.save(dc.context, session);
    const edition = state.edition ? this.edition(dc.context, state.edition) : '';
    const notice = keys.length > 0 ? filledText(t, values, place, edition) : t('directory.nothingFilled');
    const mismatch = denominationMismatch(place, state.target, session.answers, values);
    if (mismatch) {
      // Another company's name over this identifier would be refused: the user picks the name to keep.
      const lookup: LookupState = { ...state, phase: 'denomination', mismatch, failures: 0 };
      return this.ask(dc, session, lookup, notice);
    }
    return dc.endDialog({ filled: keys, notice } satisfies LookupResult);
  }

  private async chooseDenomination(dc: DialogContext, session: Session, state: LookupState, text: string): Promise<DialogTurnResult> {
    const t = translatorOf(dc.context);
    const mismatch = state.mismatch;
    if (!mismatch) return this.giveUp(dc, session);
    const chosen = chosenDenomination(t, mismatch, text);
    if (chosen === undefined) return this.ask(dc, session, state, t('directory.denominationMismatch.notUnderstood'));
    if (chosen === 'directory') {
      session.answers[mismatch.key] = mismatch.directory;
      session.directory.filledKeys = [...new Set([...session.directory.filledKeys, mismatch.key])];
      session.prefilledKeys = session.prefilledKeys.filter((key) => key !== mismatch.key);
    }
    session.directory.lookup = undefined;
    await this.save(dc.context, session);
    const kept = chosen === 'directory' ? mismatch.directory : mismatch.typed;
    return dc.endDialog({ filled: chosen === 'directory' ? [mismatch.key] : [], notice: t('directory.denominationMismatch.kept', { name: kept }) } satisfies LookupResult);
  }

  /** Not found or not understood: ask again, or give up when the search came with the answer itself. */
  private async miss(dc: DialogContext, session: Session, state: LookupState, message: string, typedAtQuestion: boolean): Promise<DialogTurnResult> {
    state.failures += 1;
    // Typed at the question itself, the question comes back with its own invitation; after the look-up's
    // own tries, the user is told where to look by hand.
    if (typedAtQuestion) return this.giveUp(dc, session, message);
    if (state.failures >= failuresBeforeGivingUp) return this.giveUp(dc, session, `${message}\n\n${translatorOf(dc.context)('directory.manualHelp')}`);
    state.phase = 'query';
    return this.ask(dc, session, state, message);
  }

  private async giveUp(dc: DialogContext, session: Session, message?: string): Promise<DialogTurnResult> {
    session.directory.lookup = undefined;
    await this.save(dc.context, session);
    return dc.endDialog({ filled: [], ...(message ? { notice: message } : {}) } satisfies LookupResult);
  }

  private async ask(dc: DialogContext, session: Session, state: LookupState, preface?: string): Promise<DialogTurnResult> {
    session.directory.lookup = state;
    await this.save(dc.context, session);
    await dc.context.sendActivity(lookupPrompt(translatorOf(dc.context), state, dc.context.activity.channelId, preface));
    return Dialog.EndOfTurn;
  }


  private choose(text: string, choices: Choice[]): string | undefined {
    const vocabulary = Object.fromEntries(choices.map((choice) => [choice.id, [choice.label]]));
    return matchOneChoice(text, choices.map((choice) => choice.id), vocabulary);
  }

  private isManual(t: TFunction, text: string): boolean {
    return matchOneChoice(text, choiceSets.directoryManual, vocabularyFor(t, choiceSets.directoryManual)) === 'manual';
  }

  private edition(context: TurnContext, edition: DirectoryEdition): string {
    return editionText(translatorOf(context), edition, languageOfTurn(context));
  }

  private async session(context: TurnContext): Promise<Session> {
    return readSession(await this.sessions.get(context));
  }

  private async save(context: TurnContext, session: Session): Promise<void> {
    await this.sessions.set(context, session);
  }
}

/**
 * The RPPS of the radiologist a look-up is for, already known: from an RPPS-rang given for him, or the first
 * radiologist's from an earlier look-up (another radiologist of a group is another person).
 */
function knownRpps(session: Session, radiologist: number): string | undefined {
  const given = givenRpps(session.answers, radiologist);
  if (given !== undefined && validators.rpps(given).ok) return given;
  return radiologist === 1 ? session.directory.rpps : undefined;
}
