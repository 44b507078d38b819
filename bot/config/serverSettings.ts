import { z } from 'zod';
import { logLevels } from '../logger';
import { DirectLineVariables, toDirectLineConfig } from './directLineSettings';
import { blankAsUndefined, httpUrl, integer, nodeEnvSchema, oneOf, optionalText } from './settingSchemas';

const appTypes = ['MultiTenant', 'SingleTenant', 'UserAssignedMSI'] as const;

/** An https origin: a host (a leading `*.` allowed) and an optional port; plain http only for this machine (trying the page out). */
const frameAncestor =
  /^(?:https:\/\/(?:\*\.)?[a-z0-9-]+(?:\.[a-z0-9-]+)*|http:\/\/(?:localhost|127\.0\.0\.1))(?::\d{1,5})?$/i;
const frameAncestorsSchema = z.preprocess(
  (value) => (typeof value === 'string' ? value.split(/[\s,]+/).filter(Boolean) : []),
  z.array(z.string()).superRefine((entries, ctx) => {
    for (const entry of entries.filter((candidate) => !frameAncestor.test(candidate))) {
      ctx.addIssue({
        code: z.ZodIssueCode.custom,
        message: `${JSON.stringify(entry)} is not an origin: https, a host (a leading *. allowed) and an optional port, nothing else`,
      });
    }
  }),
);

/** The server's own variables: Bot Framework identity, HTTP, page and documents. */
export const serverVariables = {
  MicrosoftAppType: oneOf(appTypes, 'MultiTenant'),
  MicrosoftAppId: optionalText(),
  MicrosoftAppPassword: optionalText(),
  MicrosoftAppTenantId: optionalText(),
  PORT: integer(0, 65535, 3978),
  PUBLIC_BASE_URL: z.preprocess(blankAsUndefined, httpUrl.optional()),
  LOG_LEVEL: oneOf(logLevels, 'info'),
  DOCUMENT_TTL_MINUTES: integer(1, 60 * 24 * 90, 60 * 24),
  EDITOR_PROFILE_FILE: optionalText(),
  NODE_ENV: nodeEnvSchema,
  MAX_BODY_BYTES: integer(1024, 50 * 1024 * 1024, 256 * 1024),
  TRUST_PROXY_HOPS: integer(0, 10, 0),
  WEBCHAT_FRAME_ANCESTORS: frameAncestorsSchema,
};

const serverSchema = z.object(serverVariables);
type ServerVariables = z.output<typeof serverSchema>;

/** Rules between the identity variables, read on their own so that they are checked whatever else is wrong. */
export const credentialRules = serverSchema
  .pick({
    MicrosoftAppType: true,
    MicrosoftAppId: true,
    MicrosoftAppPassword: true,
    MicrosoftAppTenantId: true,
    NODE_ENV: true,
  })
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
  });

export const toServerConfig = (env: ServerVariables & DirectLineVariables) => ({
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

export type ServerConfig = ReturnType<typeof toServerConfig>;
