import { z } from 'zod';
import { failure, success, ValidationResult } from './validationResult';

const emailSchema = z.string().email();

/** Professional e-mail: trimmed and lower-cased, then zod's e-mail check. */
export function validateEmail(input: string): ValidationResult {
  const value = input.trim().toLowerCase();
  if (value === '') return failure('email', 'empty', value);
  if (/\s/.test(value)) return failure('email', 'invalidCharacters', value);
  if (!value.includes('@')) return failure('email', 'missingAt', value);
  return emailSchema.safeParse(value).success ? success(value) : failure('email', 'badFormat', value);
}
