import { failure, success, ValidationResult } from './validationResult';
import { isDigits, lengthDetails, luhnPasses, stripSeparators } from './normalise';
import { lengthFailure } from './lengthCheck';
import { isPrefixedStructureId } from './nationalStructureId';
import { rppsLength } from './rpps';

export const rppsRangLength = 14;

/** RPPS (11 digits) + order number on 2 characters + a key digit (guide §8). */
const rppsRangShape = /^[0-9]{11}[0-9A-Z]{2}[0-9]$/;

/**
 * RPPS-rang: the Luhn key is checked when all 14 characters are digits (every real example is);
 * an alphanumeric order number only gets the format check, no key rule being published for it.
 */
export function validateRppsRang(input: string): ValidationResult {
  const value = stripSeparators(input);
  if (value === '') return failure('rppsRang', 'empty', value);
  if (!/^[0-9A-Z]+$/.test(value)) return failure('rppsRang', 'invalidCharacters', value);
  if (value.length === rppsLength && isDigits(value)) {
    return failure('rppsRang', 'looksLikeRpps', value, lengthDetails(rppsRangLength, value.length));
  }
  if (isPrefixedStructureId('rppsRang', value, rppsRangLength, validateRppsRang)) {
    return failure('rppsRang', 'hasStructurePrefix', value, lengthDetails(rppsRangLength, value.length));
  }
  const lengthError = lengthFailure('rppsRang', value, rppsRangLength);
  if (lengthError) return lengthError;
  if (!rppsRangShape.test(value)) return failure('rppsRang', 'badFormat', value);
  if (isDigits(value) && !luhnPasses(value)) return failure('rppsRang', 'badCheckKey', value);
  return success(value);
}
