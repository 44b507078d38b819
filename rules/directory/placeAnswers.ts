import type { Answers } from '../answers';
import { validators } from '../identifiers';
import { cabinetSlot } from '../questions/editors';
import { normaliseWords } from '../questions/matchChoice';
import { parseSectorCode } from '../sectorCodes';
import type { LookupTarget, PlaceNeed } from './lookupTarget';
import type { PlaceOfPractice, Practitioner } from './place';

const maxDenomination = 120;

/**
 * The places that can answer the question: those with the identifier it needs, except one already given
 * (a second cabinet's look-up does not offer the first cabinet again).
 */
export function placesFor(practitioner: Practitioner, need: PlaceNeed, answers: Answers = {}): PlaceOfPractice[] {
  if (need === 'any') return practitioner.places;
  const given = new Set(Object.values(answers).filter((value): value is string => typeof value === 'string'));
  return practitioner.places.filter((place) => {
    const identifier = place[need];
    return identifier !== undefined && identifier !== '' && !given.has(identifier);
  });
}

const checked = (
  value: string | undefined,
  validate: (input: string) => { ok: true; value: string } | { ok: false },
): string | undefined => {
  if (!value) return undefined;
  const result = validate(value);
  return result.ok ? result.value : undefined;
};

function denominationOf(place: PlaceOfPractice): string | undefined {
  const value = place.denomination.replace(/\s+/g, ' ').trim();
  return value === '' || value.length > maxDenomination ? undefined : value;
}

/**
 * The answers a chosen place gives, each checked as a typed answer would be (a published identifier that
 * fails its key is left for the user to type): a cabinet fills that cabinet's RPPS-rang and name, another
 * structure its raison sociale, FINESS and SIRET; the sector code when the look-up started there.
 * Answers already given are kept.
 */
export function answersFromPlace(
  place: PlaceOfPractice,
  target: LookupTarget,
  answers: Answers,
): Record<string, string> {
  const sector = place.sectorCode ? parseSectorCode(place.sectorCode) : undefined;
  const rppsRang = checked(place.rppsRang, validators.rppsRang);
  const denomination = denominationOf(place);
  const candidates: Record<string, string | undefined> = {
    sectorCode: target.need === 'any' && sector?.ok ? sector.code : undefined,
  };
  if (rppsRang !== undefined) {
    candidates[cabinetSlot(target.cabinetIndex, 'rppsRang', target.radiologist)] = rppsRang;
    candidates[cabinetSlot(target.cabinetIndex, 'denomination', target.radiologist)] = denomination;
  } else {
    candidates.denomination = denomination;
    candidates.finess = checked(place.finess, validators.finess);
    candidates.siret = checked(place.siret, validators.siret);
  }
  const filled: Record<string, string> = {};
  for (const [key, value] of Object.entries(candidates)) {
    if (value !== undefined && (answers[key] === undefined || key === target.key)) filled[key] = value;
  }
  return filled;
}

/** A raison sociale typed earlier that is not the annuaire's for the place chosen. */
export interface DenominationMismatch {
  key: string;
  typed: string;
  directory: string;
}

/**
 * The place's raison sociale differs from the denomination already given (case, accents and punctuation
 * aside) while the place fills the SIRET, FINESS or RPPS-rang: a form must not carry one company's
 * identifier under another's name (guide §4: «Dénomination de la structure», the raison sociale).
 */
export function denominationMismatch(
  place: PlaceOfPractice,
  target: LookupTarget,
  answers: Answers,
  filled: Record<string, string>,
): DenominationMismatch | undefined {
  const directory = denominationOf(place);
  const identifierFilled = Object.keys(filled).some((key) => /(^|\.)(rppsRang|finess|siret)$/.test(key));
  if (directory === undefined || !identifierFilled) return undefined;
  const key = Object.keys(filled).some((filledKey) => filledKey.endsWith('rppsRang'))
    ? cabinetSlot(target.cabinetIndex, 'denomination', target.radiologist)
    : 'denomination';
  const typed = answers[key];
  if (typeof typed !== 'string' || key in filled || normaliseWords(typed) === normaliseWords(directory))
    return undefined;
  return { key, typed, directory };
}
