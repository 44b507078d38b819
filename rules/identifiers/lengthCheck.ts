import { failure, ValidationResult } from './validationResult';
import { lengthDetails } from './normalise';

type LengthCheckedKind = 'rpps' | 'rppsRang' | 'finess' | 'siret' | 'carte' | 'telephone';

/** `tooShort` / `tooLong` with both lengths, so the message can say how many characters are missing. */
export function lengthFailure(kind: LengthCheckedKind, value: string, expected: number): ValidationResult | undefined {
  if (value.length === expected) return undefined;
  const code = value.length < expected ? 'tooShort' : 'tooLong';
  return failure(kind, code, value, lengthDetails(expected, value.length));
}
