import { failure, success, ValidationResult } from './validationResult';
import { isDigits, lengthDetails, luhnPasses, stripSeparators } from './normalise';
import { lengthFailure } from './lengthCheck';

export const rppsLength = 11;

/** RPPS: 11 digits with a Luhn key (guide §5). */
export function validateRpps(input: string): ValidationResult {
  const value = stripSeparators(input);
  if (value === '') return failure('rpps', 'empty', value);
  if (!isDigits(value)) return failure('rpps', 'invalidCharacters', value);
  if (value.length === 14) return failure('rpps', 'looksLikeRppsRang', value, lengthDetails(rppsLength, value.length));
  const lengthError = lengthFailure('rpps', value, rppsLength);
  if (lengthError) return lengthError;
  return luhnPasses(value) ? success(value) : failure('rpps', 'badCheckKey', value);
}
