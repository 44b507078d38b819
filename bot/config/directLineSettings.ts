import { z } from 'zod';
import { blankAsUndefined, integer, NodeEnvironment } from './settingSchemas';

/** The local Direct Line endpoint's variables (`.env.example` documents each). */
export const directLineVariables = {
  LOCAL_DIRECT_LINE: z.preprocess(blankAsUndefined, z.enum(['on', 'off']).optional()),
  DIRECT_LINE_SECRET: z.preprocess(
    blankAsUndefined,
    z.string().min(32, 'must be at least 32 characters (e.g. openssl rand -base64 32)').optional(),
  ),
  DIRECT_LINE_TOKENS_PER_MINUTE: integer(1, 100_000, 30),
  DIRECT_LINE_CONVERSATIONS_PER_MINUTE: integer(1, 100_000, 10),
  DIRECT_LINE_IDLE_MINUTES: integer(1, 60 * 24 * 30, 60 * 24),
  DIRECT_LINE_MAX_CONVERSATIONS: integer(1, 100_000, 1000),
  DIRECT_LINE_MAX_STREAMS: integer(1, 100, 3),
};

export type DirectLineVariables = z.output<z.ZodObject<typeof directLineVariables>> & {
  NODE_ENV: NodeEnvironment;
  PUBLIC_BASE_URL?: string;
};

/** On by default for local use; in production only when asked for, and then only with a secret. */
export const localDirectLineEnabled = (env: Pick<DirectLineVariables, 'LOCAL_DIRECT_LINE' | 'NODE_ENV'>): boolean =>
  (env.LOCAL_DIRECT_LINE ?? (env.NODE_ENV === 'production' ? 'off' : 'on')) === 'on';

/** Rules between variables: a production endpoint needs a secret for its token route and its public address. */
export function checkDirectLineVariables(
  env: DirectLineVariables,
  addIssue: (path: string, message: string) => void,
): void {
  if (env.NODE_ENV !== 'production' || !localDirectLineEnabled(env)) return;
  if (!env.DIRECT_LINE_SECRET)
    addIssue(
      'DIRECT_LINE_SECRET',
      "required when LOCAL_DIRECT_LINE=on and NODE_ENV=production (the editor's backend exchanges it for tokens)",
    );
  if (!env.PUBLIC_BASE_URL?.startsWith('https://'))
    addIssue(
      'PUBLIC_BASE_URL',
      "an https address is required when LOCAL_DIRECT_LINE=on and NODE_ENV=production (stream URLs and the page's CSP are built from it)",
    );
}

export const toDirectLineConfig = (env: DirectLineVariables) => ({
  enabled: localDirectLineEnabled(env),
  secret: env.DIRECT_LINE_SECRET,
  tokensPerMinute: env.DIRECT_LINE_TOKENS_PER_MINUTE,
  conversationsPerMinute: env.DIRECT_LINE_CONVERSATIONS_PER_MINUTE,
  idleMinutes: env.DIRECT_LINE_IDLE_MINUTES,
  maxConversations: env.DIRECT_LINE_MAX_CONVERSATIONS,
  maxStreamsPerConversation: env.DIRECT_LINE_MAX_STREAMS,
});
