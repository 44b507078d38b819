import { z } from 'zod';

/** `NAME=` in a .env file (or spaces only) means "not set": the default applies. */
export const blankAsUndefined = (value: unknown): unknown =>
  typeof value === 'string' && value.trim() === '' ? undefined : value;

/** Optional free text, trimmed. */
export const optionalText = () => z.preprocess(blankAsUndefined, z.string().trim().optional());

/** A whole number within bounds, `fallback` when unset. */
export const integer = (min: number, max: number, fallback: number) =>
  z.preprocess(blankAsUndefined, z.coerce.number().int().min(min).max(max).default(fallback));

/** One of a few words, `fallback` when unset. */
export const oneOf = <const T extends readonly [string, ...string[]]>(values: T, fallback: T[number]) =>
  z.preprocess(blankAsUndefined, z.enum(values).default(fallback));

/** An http(s) URL, without trailing slashes. */
export const httpUrl = z
  .string()
  .url()
  .refine((url) => /^https?:\/\//.test(url), 'must start with http:// or https://')
  .transform((url) => url.replace(/\/+$/, ''));

export const nodeEnvironments = ['development', 'production', 'test'] as const;
export type NodeEnvironment = (typeof nodeEnvironments)[number];

/** Exactly one of the three: `Production`, `prod` or ` production` must not start a server in another mode. */
export const nodeEnvSchema = z.preprocess(
  blankAsUndefined,
  z
    .enum(nodeEnvironments, {
      errorMap: () => ({ message: `must be exactly one of ${nodeEnvironments.join(', ')} (lower case, no spaces)` }),
    })
    .default('development'),
);
