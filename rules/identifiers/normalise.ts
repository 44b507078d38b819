import { validate as passesLuhn } from 'luhn';
import type { ValidationDetails } from './validationResult';

/** Spaces (incl. non-breaking), dots and dashes are how people group digits; they carry no meaning. */
const separators = /[\s.\-\u2010-\u2015]/g;

export function stripSeparators(input: string): string {
  return input.replace(separators, '').toUpperCase();
}

export const isDigits = (value: string): boolean => /^[0-9]+$/.test(value);

/** The `luhn` package also rejects an all-zero number, which no real identifier is. */
export const luhnPasses = (digits: string): boolean => passesLuhn(digits);

export function lengthDetails(expectedLength: number, actualLength: number): Required<ValidationDetails> {
  return { expectedLength, actualLength };
}
