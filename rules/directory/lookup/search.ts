import type { DirectoryResult } from '../place';
import { inTown, parseDirectoryQuery } from '../directoryQuery';
import { showPlaces } from './places';
import { ask, giveUp, LookupContext, LookupNote, LookupSearch, LookupState, LookupStep } from './state';

/** Practitioners listed at most; a common name beyond that needs the town or the RPPS. */
const practitionerLimit = 20;
/** Choices shown as buttons at most (a longer homonym list asks for the town again). */
const maxPractitionerChoices = 8;
/** The look-up's own tries before the user is sent to annuaire.sante.fr. */
const failuresBeforeGivingUp = 2;

const manualHelp: LookupNote = { kind: 'manualHelp' };

/** One more failed try, counted up to where it decides (a town that leaves many homonyms may be typed again and again). */
const oneMoreFailure = (state: LookupState): number => Math.min(state.failures + 1, failuresBeforeGivingUp);

/** Not found or not understood: ask again, or give up when the search came with the answer itself. */
function miss(state: LookupState, note: LookupNote, atQuestion: boolean): LookupStep {
  const failures = oneMoreFailure(state);
  // Typed at the question itself, the question comes back with its own invitation; after the look-up's
  // own tries, the user is told where to look by hand.
  if (atQuestion) return giveUp(note);
  if (failures >= failuresBeforeGivingUp) return giveUp(note, manualHelp);
  return ask({ ...state, failures, phase: 'query' }, note);
}

/** A name or an RPPS to search (guide §8: the annuaire finds the radiologist by either). */
export function search(state: LookupState, text: string, atQuestion: boolean): LookupStep {
  const query = parseDirectoryQuery(text);
  if (query.kind === 'invalid') return miss(state, { kind: 'invalidQuery', reason: query.reason }, atQuestion);
  return { state, effects: [{ kind: 'search', search: { query, text, atQuestion, limit: practitionerLimit } }] };
}

/** The annuaire's answer: nobody, one radiologist (his places), or homonyms (which town?). */
export function found(
  state: LookupState,
  search: LookupSearch,
  result: DirectoryResult,
  context: LookupContext,
): LookupStep {
  if (!result.ok) return giveUp({ kind: 'unavailable' }, manualHelp);
  const searched: LookupState = { ...state, edition: result.edition };
  const [first] = result.practitioners;
  if (first === undefined) {
    const query = search.query.kind === 'rpps' ? search.query.rpps : search.query.typed;
    return miss(searched, { kind: 'notFound', query, edition: result.edition }, search.atQuestion);
  }
  if (result.practitioners.length === 1) return showPlaces(searched, first, context);
  const homonyms = { ...searched, phase: 'town' as const, failures: 0, practitioners: result.practitioners };
  const query = search.query.kind === 'name' ? search.query.typed : search.text;
  return ask(homonyms, { kind: 'homonyms', count: result.practitioners.length, query, truncated: result.truncated });
}

/** Homonyms told apart by the town where they practise, or an RPPS typed instead. */
export function narrowByTown(state: LookupState, text: string, context: LookupContext): LookupStep {
  if (parseDirectoryQuery(text).kind === 'rpps') return search(state, text, false);
  const inIt = inTown(state.practitioners, text);
  const [only] = inIt;
  if (inIt.length === 1 && only) return showPlaces(state, only, context);
  if (inIt.length > 1 && inIt.length <= maxPractitionerChoices)
    return ask({ ...state, phase: 'practitioner', practitioners: inIt });
  const failures = oneMoreFailure(state);
  if (inIt.length === 0 && failures >= failuresBeforeGivingUp) return giveUp(manualHelp);
  const town = text.trim();
  if (inIt.length === 0) return ask({ ...state, failures }, { kind: 'townNotFound', town });
  return ask(
    { ...state, failures, practitioners: inIt },
    { kind: 'homonyms', count: inIt.length, query: town, truncated: false },
  );
}
