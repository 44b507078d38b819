import { failure, success, ValidationResult } from './validationResult';
import { isDigits, lengthDetails, luhnPasses, stripSeparators } from './normalise';
import { lengthFailure } from './lengthCheck';
import { isPrefixedStructureId } from './nationalStructureId';

export const siretLength = 14;
const sirenLength = 9;

/** La Poste's establishments outnumber what a Luhn key can tell apart; INSEE checks them by digit sum. */
export const laPosteSiren = '356000000';

const digitSum = (digits: string): number => [...digits].reduce((sum, digit) => sum + Number(digit), 0);

/** La Poste exception (guide §5, §8): SIREN 356000000 and a digit sum that is a multiple of 5. */
export function isValidLaPosteSiret(siret: string): boolean {
  return siret.startsWith(laPosteSiren) && digitSum(siret) % 5 === 0;
}

/** SIRET: 14 digits, valid when Luhn passes or under the La Poste exception. */
export function validateSiret(input: string): ValidationResult {
  const value = stripSeparators(input);
  if (value === '') return failure('siret', 'empty', value);
  if (!isDigits(value)) return failure('siret', 'invalidCharacters', value);
  if (value.length === sirenLength) {
    return failure('siret', 'looksLikeSiren', value, lengthDetails(siretLength, value.length));
  }
  if (isPrefixedStructureId('siret', value, siretLength, validateSiret)) {
    return failure('siret', 'hasStructurePrefix', value, lengthDetails(siretLength, value.length));
  }
  const lengthError = lengthFailure('siret', value, siretLength);
  if (lengthError) return lengthError;
  return luhnPasses(value) || isValidLaPosteSiret(value) ? success(value) : failure('siret', 'badCheckKey', value);
}
