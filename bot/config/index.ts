import { config as loadDotEnv } from 'dotenv';
import { z } from 'zod';
import { annuaireVariables, toAnnuaireConfig } from './annuaireSettings';
import { checkDirectLineVariables, directLineVariables } from './directLineSettings';
import { operationsVariables, storageRules, toOperationsConfig } from './operationsSettings';
import { credentialRules, serverVariables, toServerConfig } from './serverSettings';

export type { AnnuaireConfig } from './annuaireSettings';
export type { ServerConfig } from './serverSettings';

const variablesSchema = z.object({
  ...serverVariables,
  ...directLineVariables,
  ...operationsVariables,
  ...annuaireVariables,
});

/** Every variable the server reads (`.env.example` documents each). */
export const settingsVariables = variablesSchema.keyof().options;

const directLineRules = z
  .object({
    ...directLineVariables,
    NODE_ENV: serverVariables.NODE_ENV,
    PUBLIC_BASE_URL: serverVariables.PUBLIC_BASE_URL,
  })
  .superRefine((env, ctx) =>
    checkDirectLineVariables(env, (path, message) =>
      ctx.addIssue({ code: z.ZodIssueCode.custom, path: [path], message }),
    ),
  );

/** Rules between variables: each reads only the variables it needs, so it is checked whatever else is wrong. */
const rules = [credentialRules, directLineRules, storageRules];

const toSettings = (env: z.output<typeof variablesSchema>) => ({
  server: toServerConfig(env),
  operations: toOperationsConfig(env),
  annuaire: toAnnuaireConfig(env),
});

export type Settings = ReturnType<typeof toSettings>;

/** Every wrong variable at once, one line each: the operator fixes them in one go. */
export class SettingsError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((problem) => `  - ${problem}`).join('\n')}`);
    this.name = 'SettingsError';
  }
}

/** `process.env` after loading `.env` from the working directory, if there is one (real variables win). */
export function readEnvironment(): NodeJS.ProcessEnv {
  loadDotEnv();
  return process.env;
}

/** Reads and checks every setting at once; throws a SettingsError naming each wrong variable. */
export function loadSettings(env: NodeJS.ProcessEnv): Settings {
  const variables = variablesSchema.safeParse(env);
  const issues = [variables, ...rules.map((rule) => rule.safeParse(env))].flatMap(
    (result) => result.error?.issues ?? [],
  );
  const problems = [...new Set(issues.map((issue) => `${issue.path.join('.') || '(environment)'}: ${issue.message}`))];
  if (variables.success && problems.length === 0) return toSettings(variables.data);
  throw new SettingsError(problems);
}
