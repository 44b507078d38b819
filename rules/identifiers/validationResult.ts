export const identifierKinds = ['rpps', 'rppsRang', 'finess', 'siret', 'carte', 'telephone', 'email'] as const;
export type IdentifierKind = (typeof identifierKinds)[number];

export const identifierErrorCodes = [
  'empty',
  'invalidCharacters',
  'tooShort',
  'tooLong',
  'badCheckKey',
  'badFormat',
  'looksLikeRpps',
  'looksLikeRppsRang',
  'looksLikeSiren',
  'looksLikeSiret',
  'hasStructurePrefix',
  'notFrenchNumber',
  'missingAt',
] as const;
export type IdentifierErrorCode = (typeof identifierErrorCodes)[number];

/** What each validator can answer: the locale files need a message for every pair (checked by a test). */
export const identifierErrorCodesByKind = {
  rpps: ['empty', 'invalidCharacters', 'tooShort', 'tooLong', 'badCheckKey', 'looksLikeRppsRang'],
  rppsRang: [
    'empty',
    'invalidCharacters',
    'tooShort',
    'tooLong',
    'badFormat',
    'badCheckKey',
    'looksLikeRpps',
    'hasStructurePrefix',
  ],
  finess: [
    'empty',
    'invalidCharacters',
    'tooShort',
    'tooLong',
    'badFormat',
    'badCheckKey',
    'looksLikeSiret',
    'hasStructurePrefix',
  ],
  siret: ['empty', 'invalidCharacters', 'tooShort', 'tooLong', 'badCheckKey', 'looksLikeSiren', 'hasStructurePrefix'],
  carte: ['empty', 'invalidCharacters', 'tooShort', 'tooLong', 'looksLikeRpps'],
  telephone: ['empty', 'invalidCharacters', 'tooShort', 'tooLong', 'badFormat', 'notFrenchNumber'],
  email: ['empty', 'invalidCharacters', 'missingAt', 'badFormat'],
} as const satisfies Record<IdentifierKind, readonly IdentifierErrorCode[]>;

export type ErrorCodeOf<K extends IdentifierKind> = (typeof identifierErrorCodesByKind)[K][number];

export type ValidationDetails = { expectedLength?: number; actualLength?: number };

export type ValidationResult =
  | { ok: true; value: string }
  | { ok: false; kind: IdentifierKind; code: IdentifierErrorCode; normalised: string; details?: ValidationDetails };

export function success(value: string): ValidationResult {
  return { ok: true, value };
}

/** Typed per kind so a validator cannot answer a code that has no message for it. */
export function failure<K extends IdentifierKind>(
  kind: K,
  code: ErrorCodeOf<K>,
  normalised: string,
  details?: ValidationDetails,
): ValidationResult {
  return details ? { ok: false, kind, code, normalised, details } : { ok: false, kind, code, normalised };
}
