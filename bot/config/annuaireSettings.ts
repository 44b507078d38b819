import { z } from 'zod';
import { annuaireFhirBaseUrl } from '../../annuaire/fhir';
import { blankAsUndefined, httpUrl, NodeEnvironment } from './settingSchemas';

/** The Annuaire Santé look-up's variables (`.env.example` documents each). */
export const annuaireVariables = {
  ANNUAIRE_LOOKUP: z.preprocess(blankAsUndefined, z.enum(['on', 'off']).default('on')),
  ANNUAIRE_DATABASE: z.preprocess(blankAsUndefined, z.string().trim().default('data/annuaire.sqlite')),
  ANNUAIRE_MAX_AGE_DAYS: z.preprocess(blankAsUndefined, z.coerce.number().int().min(1).max(3650).default(31)),
  ESANTE_API_KEY: z.preprocess(blankAsUndefined, z.string().trim().optional()),
  ESANTE_FHIR_URL: z.preprocess(blankAsUndefined, httpUrl.default(annuaireFhirBaseUrl)),
  ESANTE_TIMEOUT_MS: z.preprocess(blankAsUndefined, z.coerce.number().int().min(200).max(60_000).default(4000)),
};

type AnnuaireVariables = z.output<z.ZodObject<typeof annuaireVariables>> & { NODE_ENV: NodeEnvironment };

export const toAnnuaireConfig = (env: AnnuaireVariables) => ({
  enabled: env.ANNUAIRE_LOOKUP === 'on',
  databasePath: env.ANNUAIRE_DATABASE,
  maxExtractAgeDays: env.ANNUAIRE_MAX_AGE_DAYS,
  fhir: env.ESANTE_API_KEY
    ? { baseUrl: env.ESANTE_FHIR_URL, apiKey: env.ESANTE_API_KEY, timeoutMs: env.ESANTE_TIMEOUT_MS }
    : undefined,
  // Fictional people must never answer a real practice: the sample is for trying the bot out.
  sampleAllowed: env.NODE_ENV !== 'production',
});

export type AnnuaireConfig = ReturnType<typeof toAnnuaireConfig>;
