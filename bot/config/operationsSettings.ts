import { z } from 'zod';
import type { StorageSettings } from '../state/stores';
import { openingHoursSchema } from '../support/openingHours';
import { blankAsUndefined, optionalText } from './settingSchemas';

/** A key callers present: long enough that guessing is hopeless (failed attempts are throttled too). */
const apiKey = z.preprocess(
  blankAsUndefined,
  z
    .string()
    .trim()
    .min(32, 'must be at least 32 characters (e.g. `openssl rand -hex 32`), or empty to switch the route off')
    .optional(),
);

const isTimeZone = (timeZone: string): boolean => {
  try {
    new Intl.DateTimeFormat('en', { timeZone });
    return true;
  } catch {
    return false;
  }
};

/** Storage, support and follow-up variables. */
export const operationsVariables = {
  STORAGE: z.preprocess(blankAsUndefined, z.enum(['memory', 'azureBlob']).default('memory')),
  AZURE_STORAGE_CONNECTION_STRING: optionalText(),
  AZURE_STATE_CONTAINER: z.preprocess(blankAsUndefined, z.string().default('assistant413-state')),
  AZURE_TRANSCRIPT_CONTAINER: z.preprocess(blankAsUndefined, z.string().default('assistant413-transcripts')),
  AZURE_DOCUMENT_CONTAINER: z.preprocess(blankAsUndefined, z.string().default('assistant413-documents')),
  STORAGE_TIMEOUT_MS: z.preprocess(blankAsUndefined, z.coerce.number().int().min(100).max(60_000).default(3000)),
  MEMORY_IDLE_MINUTES: z.preprocess(blankAsUndefined, z.coerce.number().int().min(1).max(525_600).default(20_160)),
  MEMORY_MAX_CONVERSATIONS: z.preprocess(
    blankAsUndefined,
    z.coerce.number().int().min(10).max(1_000_000).default(2000),
  ),
  TRANSCRIPT_RETENTION_DAYS: z.preprocess(blankAsUndefined, z.coerce.number().int().min(1).max(3650).default(30)),
  AGENT_API_KEY: apiKey,
  AGENT_CLEAR_EXPORT: z.preprocess(blankAsUndefined, z.enum(['true', 'false']).default('false')),
  HANDOFF_ENABLED: z.preprocess(blankAsUndefined, z.enum(['true', 'false']).default('false')),
  SUPPORT_OPENING_HOURS: z.preprocess(blankAsUndefined, openingHoursSchema.default('1-5 09:00-18:00')),
  SUPPORT_TIME_ZONE: z.preprocess(
    blankAsUndefined,
    z.string().refine(isTimeZone, 'not an IANA time zone (e.g. Europe/Paris)').default('Europe/Paris'),
  ),
  SUPPORT_CONTACT: z.preprocess(blankAsUndefined, z.string().trim().max(200).optional()),
  NOTIFY_API_KEY: apiKey,
  API_KEY_MAX_FAILURES: z.preprocess(blankAsUndefined, z.coerce.number().int().min(1).max(10_000).default(10)),
  FOLLOW_UP_CRON: z.preprocess(blankAsUndefined, z.string().default('*/15 * * * *')),
};

const operationsSchema = z.object(operationsVariables);

/** Rules between variables, read on their own so that they are checked whatever else is wrong. */
export const storageRules = operationsSchema
  .pick({ STORAGE: true, AZURE_STORAGE_CONNECTION_STRING: true })
  .superRefine((env, ctx) => {
    if (env.STORAGE === 'azureBlob' && !env.AZURE_STORAGE_CONNECTION_STRING) {
      ctx.addIssue({
        code: z.ZodIssueCode.custom,
        path: ['AZURE_STORAGE_CONNECTION_STRING'],
        message: 'required when STORAGE=azureBlob',
      });
    }
  });

export const toOperationsConfig = (env: z.output<typeof operationsSchema>) => ({
  storage: (env.STORAGE === 'azureBlob'
    ? {
        kind: 'azureBlob',
        connectionString: env.AZURE_STORAGE_CONNECTION_STRING ?? '',
        stateContainer: env.AZURE_STATE_CONTAINER,
        transcriptContainer: env.AZURE_TRANSCRIPT_CONTAINER,
        documentContainer: env.AZURE_DOCUMENT_CONTAINER,
        timeoutMs: env.STORAGE_TIMEOUT_MS,
      }
    : {
        kind: 'memory',
        idleMinutes: env.MEMORY_IDLE_MINUTES,
        maxConversations: env.MEMORY_MAX_CONVERSATIONS,
      }) satisfies StorageSettings as StorageSettings,
  transcriptRetentionDays: env.TRANSCRIPT_RETENTION_DAYS,
  agentApiKey: env.AGENT_API_KEY ?? '',
  allowClearExport: env.AGENT_CLEAR_EXPORT === 'true',
  handoffEnabled: env.HANDOFF_ENABLED === 'true',
  openingHours: env.SUPPORT_OPENING_HOURS,
  supportTimeZone: env.SUPPORT_TIME_ZONE,
  notifyApiKey: env.NOTIFY_API_KEY ?? '',
  apiKeyMaxFailures: env.API_KEY_MAX_FAILURES,
  supportContact: env.SUPPORT_CONTACT,
  followUpCron: env.FOLLOW_UP_CRON,
});
