import { randomBytes } from 'node:crypto';
import type { Server as HttpServer } from 'node:http';
import type { TurnContext } from 'botbuilder';
import type { Server } from 'restify';
import type { Logger } from '../logger';
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
  tokenTtlMs?: number;
  conversationIdleMs?: number;
  maxConversations?: number;
  maxActivitiesPerConversation?: number;
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

/** A local Direct Line 3.0 endpoint (the subset Web Chat uses) bridged to the bot through the adapter. */
export function createDirectLineEndpoint(server: Server, options: DirectLineOptions): DirectLineEndpoint {
  const now = options.now;
  const logger = options.logger.child({ component: 'directLine' });
  const botAccount = options.botAccount ?? { id: options.adapter.authentication.appId || 'assistant-413', name: 'Assistant 413' };
  const conversations = createConversationStore({
    idleMs: options.conversationIdleMs ?? 24 * 60 * 60 * 1000,
    maxConversations: options.maxConversations ?? 1000,
    maxActivities: options.maxActivitiesPerConversation ?? 500,
    now,
  });
  const tokens = createSecretRegistry<string>({ ttlMs: options.tokenTtlMs ?? 30 * 60 * 1000, max: 10_000, now });
  const tickets = createSecretRegistry<string>({ ttlMs: 60 * 1000, max: 10_000, now });
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
  const stream = createStreamServer({ conversations, tickets, logger });
  registerClientRoutes(server, { conversations, tokens, tickets, bridge, logger });
  registerCallbackRoutes(server, { conversations, secret, botAccount, logger, now });
  return {
    conversations,
    attach(httpServer, internalBaseUrl) {
      attachedUrl = `${internalBaseUrl.replace(/\/+$/, '')}${callbackPath}`;
      unregister = options.adapter.authentication.registerBridge(attachedUrl, secret);
      httpServer.on('upgrade', (req, socket, head) => stream.handleUpgrade(req, socket, head));
    },
    serviceUrl,
    async close() {
      stream.close();
      await bridge.idle();
      unregister();
    },
  };
}
