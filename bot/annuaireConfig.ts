import { z } from 'zod';
import { parseSettings } from './parseSettings';
import { annuaireFhirBaseUrl } from '../annuaire/fhir';
import { nodeEnvSchema } from './config';

const blankAsUndefined = (value: unknown) => (typeof value === 'string' && value.trim() === '' ? undefined : value);

/** The Annuaire Santé look-up's settings (`.env.example` documents each). */
const variablesSchema = z.object({
  ANNUAIRE_LOOKUP: z.preprocess(blankAsUndefined, z.enum(['on', 'off']).default('on')),
  ANNUAIRE_DATABASE: z.preprocess(blankAsUndefined, z.string().trim().default('data/annuaire.sqlite')),
  ANNUAIRE_MAX_AGE_DAYS: z.preprocess(blankAsUndefined, z.coerce.number().int().min(1).max(3650).default(31)),
  ESANTE_API_KEY: z.preprocess(blankAsUndefined, z.string().trim().optional()),
  ESANTE_FHIR_URL: z.preprocess(blankAsUndefined, z.string().url().refine((url) => /^https?:\/\//.test(url), 'must start with http:// or https://').default(annuaireFhirBaseUrl)),
  ESANTE_TIMEOUT_MS: z.preprocess(blankAsUndefined, z.coerce.number().int().min(200).max(60_000).default(4000)),
  NODE_ENV: nodeEnvSchema,
});

/** The variables this module reads. */
export const annuaireVariables = variablesSchema.keyof().options;

const annuaireSchema = variablesSchema.transform((env) => ({
  enabled: env.ANNUAIRE_LOOKUP === 'on',
  databasePath: env.ANNUAIRE_DATABASE,
  maxExtractAgeDays: env.ANNUAIRE_MAX_AGE_DAYS,
  fhir: env.ESANTE_API_KEY ? { baseUrl: env.ESANTE_FHIR_URL.replace(/\/+$/, ''), apiKey: env.ESANTE_API_KEY, timeoutMs: env.ESANTE_TIMEOUT_MS } : undefined,
  // Fictional people must never answer a real practice: the sample is for trying the bot out.
  sampleAllowed: env.NODE_ENV !== 'production',
}));

export type AnnuaireConfig = z.output<typeof annuaireSchema>;

export class AnnuaireConfigError extends Error {}

export function loadAnnuaireConfig(env: NodeJS.ProcessEnv = process.env): AnnuaireConfig {
  return parseSettings(annuaireSchema, env, (message) => new AnnuaireConfigError(message));
}
