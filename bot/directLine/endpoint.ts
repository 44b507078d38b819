import { randomBytes } from 'node:crypto';
import type { Server as HttpServer } from 'node:http';
import type { TurnContext } from 'botbuilder';
import type { Request, Server } from 'restify';
import { clientAddress } from '../http/clientAddress';
import { createRateLimiter } from '../http/rateLimit';
import { errorLogFields, Logger } from '../logger';
import { createBridge } from './bridge';
import type { BridgedCloudAdapter } from './bridgedAdapter';
import { callbackPath, registerCallbackRoutes } from './callbackRoutes';
import { registerClientRoutes } from './clientRoutes';
import { ConversationStore, createConversationStore } from './conversations';
import { createSecretRegistry } from './secrets';
import { createStreamServer } from './stream';

export interface DirectLineOptions {
  adapter: BridgedCloudAdapter;
  bot: { run(context: TurnContext): Promise<void> };
  logger: Logger;
  editorProfileId?: string;
  botAccount?: { id: string; name: string };
  /** When set, `tokens/generate` requires it (`Authorization: Bearer`), as Azure's Direct Line does. */
  secret?: string;
  /** Per client address and minute: tokens issued (generate, refresh), conversations started. */
  tokensPerMinute?: number;
  conversationsPerMinute?: number;
  /** Reverse proxies in front whose X-Forwarded-For entries are trusted (TRUST_PROXY_HOPS). */
  trustProxyHops?: number;
  /** `ws(s)://host` of stream URLs (from PUBLIC_BASE_URL); else the request's Host. */
  streamBase?: string;
  tokenTtlMs?: number;
  conversationIdleMs?: number;
  maxConversations?: number;
  maxActivitiesPerConversation?: number;
  maxStreamsPerConversation?: number;
  /** Called for each conversation forgotten (idle or made room for): the bot's state for it goes too. */
  forgetConversation?: (conversationId: string) => Promise<void>;
  now?: () => Date;
}

export interface DirectLineEndpoint {
  conversations: ConversationStore;
  /** Once the server listens: the bot's replies go to `${internalBaseUrl}/v3/directline/bot`; streams upgrade. */
  attach(httpServer: HttpServer, internalBaseUrl: string): void;
  /** The serviceUrl the bridge puts on activities (throws before `attach`). */
  serviceUrl(): string;
  /** Closes the streams and waits for running turns. */
  close(): Promise<void>;
}

const minute = 60_000;

/** A local Direct Line 3.0 endpoint (the subset Web Chat uses) bridged to the bot through the adapter. */
export function createDirectLineEndpoint(server: Server, options: DirectLineOptions): DirectLineEndpoint {
  const now = options.now;
  const logger = options.logger.child({ component: 'directLine' });
  const botAccount = options.botAccount ?? {
    id: options.adapter.authentication.appId || 'assistant-413',
    name: 'Assistant 413',
  };
  const maxConversations = options.maxConversations ?? 1000;
  const conversations = createConversationStore({
    idleMs: options.conversationIdleMs ?? 24 * 60 * minute,
    maxConversations,
    maxActivities: options.maxActivitiesPerConversation ?? 500,
    now,
    onRemoved: (conversationId) => {
      stream.closeConversation(conversationId);
      options
        .forgetConversation?.(conversationId)
        .catch((error: unknown) => logger.warn('directLine.forgetFailed', errorLogFields(error)));
    },
  });
  const tokens = createSecretRegistry<string>({
    ttlMs: options.tokenTtlMs ?? 30 * minute,
    max: 10 * maxConversations,
    now,
  });
  const tickets = createSecretRegistry<string>({ ttlMs: minute, max: 10_000, now });
  const stream = createStreamServer({
    conversations,
    tickets,
    logger,
    maxPerConversation: options.maxStreamsPerConversation ?? 3,
  });
  const secret = randomBytes(32).toString('base64url');
  let attachedUrl: string | undefined;
  let unregister: () => void = () => undefined;
  const serviceUrl = () => {
    if (!attachedUrl) throw new Error('Direct Line endpoint used before the server listens');
    return attachedUrl;
  };
  const bridge = createBridge({
    adapter: options.adapter,
    bot: options.bot,
    conversations,
    botAccount,
    editorProfileId: options.editorProfileId,
    logger,
    now,
    serviceUrl,
  });
  registerClientRoutes(server, {
    conversations,
    tokens,
    tickets,
    bridge,
    logger,
    secret: options.secret,
    limits: {
      tokens: createRateLimiter({ limit: options.tokensPerMinute ?? 30, windowMs: minute, now }),
      conversations: createRateLimiter({ limit: options.conversationsPerMinute ?? 10, windowMs: minute, now }),
    },
    clientAddress: (req: Request) => clientAddress(req, options.trustProxyHops ?? 0),
    streamBase: options.streamBase,
  });
  registerCallbackRoutes(server, { conversations, secret, botAccount, logger, now });
  // Idle conversations are forgotten even when nobody opens a new one.
  const sweeper = setInterval(() => conversations.sweep(), minute);
  sweeper.unref();
  return {
    conversations,
    attach(httpServer, internalBaseUrl) {
      attachedUrl = `${internalBaseUrl.replace(/\/+$/, '')}${callbackPath}`;
      unregister = options.adapter.authentication.registerBridge(attachedUrl, secret);
      httpServer.on('upgrade', (req, socket, head) => stream.handleUpgrade(req, socket, head));
    },
    serviceUrl,
    async close() {
      clearInterval(sweeper);
      stream.close();
      await bridge.idle();
      unregister();
    },
  };
}
