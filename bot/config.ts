import { config as loadDotEnv } from 'dotenv';
import { z } from 'zod';
import { checkDirectLineVariables, directLineVariables, toDirectLineConfig } from './directLine/directLineConfig';
import { logLevels } from './logger';

export const appTypes = ['MultiTenant', 'SingleTenant', 'UserAssignedMSI'] as const;
export const nodeEnvironments = ['development', 'production', 'test'] as const;

/** Exactly one of the three: `Production`, `prod` or ` production` must not start a server in another mode. */
export const nodeEnvSchema = z.preprocess(
  (value) => (value === undefined || value === '' ? undefined : value),
  z.enum(nodeEnvironments, { errorMap: () => ({ message: `must be exactly one of ${nodeEnvironments.join(', ')} (lower case, no spaces)` }) }).default('development'),
);

/** An https origin: a host (a leading `*.` allowed) and an optional port; plain http only for this machine (trying the page out). */
const frameAncestor = /^(?:https:\/\/(?:\*\.)?[a-z0-9-]+(?:\.[a-z0-9-]+)*|http:\/\/(?:localhost|127\.0\.0\.1))(?::\d{1,5})?$/i;
const frameAncestorsSchema = z.preprocess(
  (value) => (typeof value === 'string' ? value.split(/[\s,]+/).filter(Boolean) : []),
  z.array(z.string()).superRefine((entries, ctx) => {
    for (const entry of entries.filter((candidate) => !frameAncestor.test(candidate))) {
      ctx.addIssue({ code: z.ZodIssueCode.custom, message: `${JSON.stringify(entry)} is not an origin: https, a host (a leading *. allowed) and an optional port, nothing else` });
    }
  }),
);

/** `NAME=` in a .env file means "not set". */
const blankAsUndefined = (value: unknown) => (typeof value === 'string' && value.trim() === '' ? undefined : value);
const text = () => z.preprocess(blankAsUndefined, z.string().trim().optional());
const integer = (min: number, max: number, fallback: number) =>
  z.preprocess(blankAsUndefined, z.coerce.number().int().min(min).max(max).default(fallback));
const httpUrl = z
  .string()
  .url()
  .refine((url) => /^https?:\/\//.test(url), 'must start with http:// or https://')
  .transform((url) => url.replace(/\/+$/, ''));

const variablesSchema = z.object({
  MicrosoftAppType: z.preprocess(blankAsUndefined, z.enum(appTypes).default('MultiTenant')),
  MicrosoftAppId: text(),
  MicrosoftAppPassword: text(),
  MicrosoftAppTenantId: text(),
  PORT: integer(0, 65535, 3978),
  PUBLIC_BASE_URL: z.preprocess(blankAsUndefined, httpUrl.optional()),
  LOG_LEVEL: z.preprocess(blankAsUndefined, z.enum(logLevels).default('info')),
  DOCUMENT_TTL_MINUTES: integer(1, 60 * 24 * 90, 60 * 24),
  EDITOR_PROFILE_FILE: text(),
  NODE_ENV: nodeEnvSchema,
  MAX_BODY_BYTES: integer(1024, 50 * 1024 * 1024, 256 * 1024),
  TRUST_PROXY_HOPS: integer(0, 10, 0),
  WEBCHAT_FRAME_ANCESTORS: frameAncestorsSchema,
  ...directLineVariables,
});

/** The variables this module reads (`.env.example` documents each). */
export const configVariables = variablesSchema.keyof().options;

/** Rules between variables, checked even when other variables are wrong so that every problem is listed. */
const credentialsSchema = variablesSchema
  .pick({ MicrosoftAppType: true, MicrosoftAppId: true, MicrosoftAppPassword: true, MicrosoftAppTenantId: true, NODE_ENV: true, PUBLIC_BASE_URL: true })
  .extend(directLineVariables)
  .superRefine((env, ctx) => {
    const require = (path: 'MicrosoftAppId' | 'MicrosoftAppPassword' | 'MicrosoftAppTenantId', why: string) => {
      if (!env[path]) ctx.addIssue({ code: z.ZodIssueCode.custom, path: [path], message: `required ${why}` });
    };
    if (env.MicrosoftAppType !== 'MultiTenant') {
      require('MicrosoftAppId', `when MicrosoftAppType=${env.MicrosoftAppType}`);
      require('MicrosoftAppTenantId', `when MicrosoftAppType=${env.MicrosoftAppType}`);
    }
    if (env.MicrosoftAppId && env.MicrosoftAppType !== 'UserAssignedMSI') {
      require('MicrosoftAppPassword', 'when MicrosoftAppId is set (except with UserAssignedMSI)');
    }
    if (env.NODE_ENV === 'production') {
      // Without an app id the adapter accepts unauthenticated activities and replies to any serviceUrl.
      require('MicrosoftAppId', 'when NODE_ENV=production (without it anyone can post activities and make the bot call any serviceUrl)');
    }
    checkDirectLineVariables(env, (path, message) => ctx.addIssue({ code: z.ZodIssueCode.custom, path: [path], message }));
  });

const toAppConfig = (env: z.output<typeof variablesSchema>) => ({
  microsoftApp: {
    type: env.MicrosoftAppType,
    id: env.MicrosoftAppId ?? '',
    password: env.MicrosoftAppPassword ?? '',
    tenantId: env.MicrosoftAppTenantId,
  },
  port: env.PORT,
  publicBaseUrl: env.PUBLIC_BASE_URL ?? `http://localhost:${env.PORT}`,
  /** Set by the operator (not the local default): stream URLs are then built from it, never from the Host header. */
  publicBaseUrlSet: env.PUBLIC_BASE_URL !== undefined,
  logLevel: env.LOG_LEVEL,
  documentTtlMinutes: env.DOCUMENT_TTL_MINUTES,
  editorProfileFile: env.EDITOR_PROFILE_FILE,
  nodeEnv: env.NODE_ENV,
  maxBodyBytes: env.MAX_BODY_BYTES,
  trustProxyHops: env.TRUST_PROXY_HOPS,
  frameAncestors: env.WEBCHAT_FRAME_ANCESTORS,
  directLine: toDirectLineConfig(env),
});

export type AppConfig = ReturnType<typeof toAppConfig>;

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((problem) => `  - ${problem}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

/** `process.env` after loading `.env` from the working directory, if there is one (real variables win). */
export function readEnvironment(): NodeJS.ProcessEnv {
  loadDotEnv();
  return process.env;
}

/**
 * Reads and checks the server's settings at once; throws a ConfigError naming each wrong variable.
 * (Storage, support and follow-up settings are read by operationsConfig.ts.)
 */
export function loadConfig(env: NodeJS.ProcessEnv = readEnvironment()): AppConfig {
  const variables = variablesSchema.safeParse(env);
  const credentials = credentialsSchema.safeParse(env);
  const issues = [...(variables.error?.issues ?? []), ...(credentials.error?.issues ?? [])];
  const problems = [...new Set(issues.map((issue) => `${issue.path.join('.') || '(environment)'}: ${issue.message}`))];
  if (variables.success && problems.length === 0) return toAppConfig(variables.data);
  throw new ConfigError(problems);
}
