import { validators } from '../../identifiers';
import { givenRpps } from '../../questions/answerChecks';
import type { LookupTarget } from '../lookupTarget';
import { chooseDenomination, fillFromPlace, showPlaces } from './places';
import { found, narrowByTown, search } from './search';
import { ask, giveUp, LookupContext, LookupInput, LookupState, LookupStep } from './state';

/**
 * The RPPS of the radiologist a look-up is for, already known: from an RPPS-rang given for him, or the first
 * radiologist's from an earlier look-up (another radiologist of a group is another person).
 */
function knownRpps(context: LookupContext, radiologist: number): string | undefined {
  const given = givenRpps(context.answers, radiologist);
  if (given !== undefined && validators.rpps(given).ok) return given;
  return radiologist === 1 ? context.rememberedRpps : undefined;
}

/** A look-up asked for: a name or RPPS typed is searched at once, so is a known RPPS where an identifier is wanted. */
function start(target: LookupTarget, query: string | undefined, context: LookupContext): LookupStep {
  const state: LookupState = { target, phase: 'query', failures: 0, practitioners: [], places: [] };
  if (query !== undefined) return search(state, query, true);
  const known = knownRpps(context, target.radiologist ?? 1);
  if (known !== undefined && target.need !== 'any') return search(state, known, true);
  return ask(state);
}

/** The user picked one of the question's choices: «Continuer sans l'annuaire», a practitioner, a place, a name. */
function chosen(state: LookupState, id: string, context: LookupContext): LookupStep {
  const position = (prefix: string): number =>
    new RegExp(`^${prefix}(\\d+)$`).test(id) ? Number(id.slice(prefix.length)) - 1 : -1;
  switch (state.phase) {
    case 'query':
    case 'town':
      return id === 'manual' ? giveUp() : ask(state);
    case 'practitioner': {
      const practitioner = state.practitioners[position('p')];
      return practitioner ? showPlaces(state, practitioner, context) : ask(state);
    }
    case 'place': {
      if (id === 'none') return giveUp({ kind: 'manualHelp' });
      const place = state.places[position('')];
      return place ? fillFromPlace(state, place, context) : ask(state);
    }
    case 'denomination':
      return chooseDenomination(state, id);
  }
}

/** Free text: a name or an RPPS, a town; at a list, nothing chosen. */
function typed(state: LookupState, text: string, context: LookupContext): LookupStep {
  switch (state.phase) {
    case 'query':
      return search(state, text, false);
    case 'town':
      return narrowByTown(state, text, context);
    case 'denomination':
      return chooseDenomination(state, undefined);
    default:
      return ask(state);
  }
}

/**
 * The Annuaire Santé look-up as a pure machine (guide §8): find the radiologist by RPPS, or by name then
 * town, list his places of practice, fill the chosen one's sector code, raison sociale and identifier. Any
 * dead end (not found, the annuaire down, the user's choice) ends it: the question is asked as usual.
 */
export function transition(state: LookupState | undefined, input: LookupInput, context: LookupContext): LookupStep {
  if (input.kind === 'start') return start(input.target, input.query, context);
  if (!state) return giveUp();
  switch (input.kind) {
    case 'found':
      return found(state, input.search, input.result, context);
    case 'unsure':
      // «je ne sais pas», «c'est quoi le RPPS ?»: no name to search, no choice; where to find it, and the same question.
      return ask(state, { kind: 'unsure', reason: input.reason, phase: state.phase });
    case 'chosen':
      return chosen(state, input.id, context);
    case 'typed':
      return typed(state, input.text, context);
  }
}
