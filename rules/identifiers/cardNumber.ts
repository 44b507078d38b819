import { failure, success, ValidationResult } from './validationResult';
import { isDigits, lengthDetails, stripSeparators } from './normalise';
import { lengthFailure } from './lengthCheck';
import { rppsLength } from './rpps';

export const cardNumberLength = 10;

/** CPS / CPA / CPE number: 10 digits as printed on the card; no key rule is published (guide §8). */
export function validateCardNumber(input: string): ValidationResult {
  const value = stripSeparators(input);
  if (value === '') return failure('carte', 'empty', value);
  if (!isDigits(value)) return failure('carte', 'invalidCharacters', value);
  if (value.length === rppsLength) {
    return failure('carte', 'looksLikeRpps', value, lengthDetails(cardNumberLength, value.length));
  }
  return lengthFailure('carte', value, cardNumberLength) ?? success(value);
}
