import { answerConflict } from '../../questions/answerChecks';
import type { PlaceOfPractice, Practitioner } from '../place';
import { answersFromPlace, denominationMismatch, placesFor } from '../placeAnswers';
import { after, ask, giveUp, LookupContext, LookupEffect, LookupState, LookupStep } from './state';

/** The radiologist a look-up is for: the first one of the request, or a later one of a group (another person). */
const isFirstRadiologist = (state: LookupState): boolean => (state.target.radiologist ?? 1) === 1;

/**
 * The radiologist's places that can answer the question (guide §8: the place's identifiers), or why none
 * can; the first radiologist is remembered for his next look-ups (his second cabinet).
 */
export function showPlaces(state: LookupState, practitioner: Practitioner, context: LookupContext): LookupStep {
  const remember: LookupEffect[] = isFirstRadiologist(state) ? [{ kind: 'remember', rpps: practitioner.rpps }] : [];
  const need = state.target.need;
  const places = placesFor(practitioner, need, context.answers);
  if (places.length === 0) {
    const alreadyGiven = placesFor(practitioner, need).length > 0;
    return after(
      remember,
      giveUp({ kind: 'noMatchingPlace', practitioner, need: alreadyGiven ? 'other' : need }, { kind: 'manualHelp' }),
    );
  }
  const listing = {
    kind: 'places' as const,
    practitioner,
    places,
    ...(state.edition ? { edition: state.edition } : {}),
  };
  return after(remember, ask({ ...state, phase: 'place', places }, listing));
}

/**
 * The place chosen fills its answers, each checked as a typed one (another radiologist's cabinet is refused);
 * when its raison sociale is not the one given earlier, the user picks the name for the form.
 */
export function fillFromPlace(state: LookupState, place: PlaceOfPractice, context: LookupContext): LookupStep {
  const values = answersFromPlace(place, state.target, context.answers);
  const keys = Object.keys(values);
  const check = answerConflict(values, context.answers);
  if (check && !check.keep) return giveUp({ kind: 'conflict', conflict: check.conflict }, { kind: 'manualHelp' });
  const edition = state.edition ? { edition: state.edition } : {};
  const record: LookupEffect = { kind: 'record', values, ...edition };
  const notice =
    keys.length > 0 ? { kind: 'filled' as const, values, place, ...edition } : { kind: 'nothingFilled' as const };
  const mismatch = denominationMismatch(place, state.target, { ...context.answers, ...values }, values);
  // Another company's name over this identifier would be refused by the ANS: the user picks the name to keep.
  if (mismatch) return after([record], ask({ ...state, phase: 'denomination', mismatch, failures: 0 }, notice));
  return { state: undefined, effects: [record, { kind: 'end', filled: keys, notes: [notice] }] };
}

/** The name for the form: the annuaire's (recorded as its answer) or the one given earlier (kept). */
export function chooseDenomination(state: LookupState, choice: string | undefined): LookupStep {
  const mismatch = state.mismatch;
  if (!mismatch) return giveUp();
  if (choice !== 'directory' && choice !== 'typed') return ask(state, { kind: 'denominationNotUnderstood' });
  const kept = {
    kind: 'denominationKept' as const,
    name: choice === 'directory' ? mismatch.directory : mismatch.typed,
  };
  if (choice === 'typed') return giveUp(kept);
  return {
    state: undefined,
    effects: [
      { kind: 'record', values: { [mismatch.key]: mismatch.directory } },
      { kind: 'end', filled: [mismatch.key], notes: [kept] },
    ],
  };
}
