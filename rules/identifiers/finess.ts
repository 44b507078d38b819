import { failure, success, ValidationResult } from './validationResult';
import { isDigits, lengthDetails, luhnPasses, stripSeparators } from './normalise';
import { lengthFailure } from './lengthCheck';
import { isPrefixedStructureId } from './nationalStructureId';
import { siretLength } from './siret';

export const finessLength = 9;

/** Corsica's départements 2A / 2B: no key rule is published for them, so only the shape is checked. */
const corsicanFiness = /^2[AB][0-9]{7}$/;

/** FINESS géographique: 9 characters, positions 1-2 the département, position 9 a Luhn key (guide §8). */
export function validateFiness(input: string): ValidationResult {
  const value = stripSeparators(input);
  if (value === '') return failure('finess', 'empty', value);
  if (!/^[0-9AB]+$/.test(value)) return failure('finess', 'invalidCharacters', value);
  if (value.length === siretLength && isDigits(value)) {
    return failure('finess', 'looksLikeSiret', value, lengthDetails(finessLength, value.length));
  }
  if (isPrefixedStructureId('finess', value, finessLength, validateFiness)) {
    return failure('finess', 'hasStructurePrefix', value, lengthDetails(finessLength, value.length));
  }
  const lengthError = lengthFailure('finess', value, finessLength);
  if (lengthError) return lengthError;
  if (corsicanFiness.test(value)) return success(value);
  if (!isDigits(value)) return failure('finess', 'badFormat', value);
  return luhnPasses(value) ? success(value) : failure('finess', 'badCheckKey', value);
}
