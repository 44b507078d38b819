import { failure, success, ValidationResult } from './validationResult';
import { isDigits } from './normalise';
import { lengthFailure } from './lengthCheck';

export const phoneLength = 10;

/** Parentheses are kept at first: «+33 (0)6…» says the national 0 is dropped after the country code. */
const phoneSeparators = /[\s.\-\u2010-\u2015/]/g;

/** France and the overseas départements on the same 10-digit plan (Réunion/Mayotte, Guadeloupe, Guyane, Martinique). */
const frenchCountryCode = /^(?:\+|00)(?:33|262|590|594|596)(?:\(0\)|0)?(.*)$/;

/** `+33 6 29 00 11 22`, `0033…`, `06.29.00.11.22` → `0629001122`; other countries are refused. */
function toNational(compact: string): string | undefined {
  const international = frenchCountryCode.exec(compact);
  if (international) return '0' + (international[1] ?? '').replace(/[()]/g, '');
  if (compact.startsWith('+') || compact.startsWith('00')) return undefined;
  return compact.replace(/[()]/g, '');
}

/** French phone number: 10 digits starting with 0 (guide §5). */
export function validatePhone(input: string): ValidationResult {
  const compact = input.replace(phoneSeparators, '');
  if (compact === '') return failure('telephone', 'empty', compact);
  const national = toNational(compact);
  if (national === undefined) return failure('telephone', 'notFrenchNumber', compact);
  if (!isDigits(national)) return failure('telephone', 'invalidCharacters', national);
  const lengthError = lengthFailure('telephone', national, phoneLength);
  if (lengthError) return lengthError;
  return /^0[1-9]/.test(national) ? success(national) : failure('telephone', 'badFormat', national);
}
