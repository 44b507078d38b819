import type { TurnContext } from 'botbuilder';
import restify, { Next, Request, Response } from 'restify';
import type { ServerConfig } from './config';
import { DocumentStore, registerDocumentRoutes } from './documentStore';
import { BridgedCloudAdapter, createAdapter } from './directLine/bridgedAdapter';
import { createDirectLineEndpoint, DirectLineEndpoint } from './directLine/endpoint';
import { formatRestifyErrors } from './directLine/httpErrors';
import { registerWebChatPage } from './directLine/webChatPage';
import type { EditorProfile } from './editorProfile';
import { jsonBodyOnly } from './http/jsonBody';
import { errorLogFields, Logger } from './logger';
import { registerMessagesRoute } from './messagesRoute';

export { BridgedCloudAdapter, createAdapter } from './directLine/bridgedAdapter';

export interface ServerDependencies {
  config: ServerConfig;
  bot: { run(context: TurnContext): Promise<void> };
  /** From `createAdapter` (the Direct Line bridge needs its authentication); made here if absent. */
  adapter?: BridgedCloudAdapter;
  documents: DocumentStore;
  logger: Logger;
  editorProfile?: EditorProfile;
  /** Longest wait for in-flight requests on close before their connections are cut. */
  shutdownTimeoutMs?: number;
  /** Drops what the bot keeps for a local Direct Line conversation once it is forgotten (its state). */
  forgetConversation?: (conversationId: string) => Promise<void>;
  now?: () => Date;
}

export interface AppServer {
  server: restify.Server;
  adapter: BridgedCloudAdapter;
  /** The local Direct Line endpoint and its Web Chat page, unless switched off (LOCAL_DIRECT_LINE). */
  directLine?: DirectLineEndpoint;
  /** Resolves with the port actually listened on (`0` picks a free one). */
  listen(port?: number): Promise<number>;
  close(): Promise<void>;
}

/** On every response, errors and 404s included: browsers take each body for the type it is sent as. */
const noSniff = (_req: Request, res: Response, next: Next) => {
  res.header('X-Content-Type-Options', 'nosniff');
  next();
};

export function createServer(deps: ServerDependencies): AppServer {
  const { config, logger } = deps;
  const adapter = deps.adapter ?? createAdapter(config, logger);
  // No name: the Server header would only tell a scanner which product to probe.
  const server = restify.createServer({ name: '', handleUpgrades: false });
  let state: 'starting' | 'ready' | 'stopping' = 'starting';

  server.pre(noSniff);
  // Before routing: an unknown route's body is refused like any other, never drained.
  server.pre(jsonBodyOnly(config.maxBodyBytes));
  server.use(restify.plugins.queryParser({ mapParams: false }));
  formatRestifyErrors(server, logger);
  server.on('after', (req: Request, res: Response, route?: { path: string | RegExp }) => {
    logger.debug('http.request', {
      method: req.method,
      route: route ? String(route.path) : 'unmatched',
      status: res.statusCode,
      durationMs: Date.now() - req.time(),
    });
  });

  registerMessagesRoute(server, { adapter, bot: deps.bot, appId: config.microsoftApp.id, logger });

  server.get('/health', async (_req: Request, res: Response) => {
    res.header('Cache-Control', 'no-store');
    res.send(state === 'ready' ? 200 : 503, { status: state === 'ready' ? 'ok' : state });
  });

  registerDocumentRoutes(server, deps.documents, logger);
  const directLine = config.directLine.enabled ? createLocalDirectLine(server, deps, adapter) : undefined;

  return {
    server,
    adapter,
    directLine,
    async listen(port = config.port) {
      await new Promise<void>((resolve, reject) => {
        server.server.once('error', reject);
        server.listen(port, () => {
          server.server.off('error', reject);
          resolve();
        });
      });
      const address = server.server.address();
      const actual = address && typeof address === 'object' ? address.port : port;
      directLine?.attach(server.server, `http://127.0.0.1:${actual}`);
      state = 'ready';
      logger.info('server.listening', { port: actual });
      return actual;
    },
    async close() {
      if (state === 'stopping') return;
      state = 'stopping';
      // Turns still running reply through this server's own Direct Line callback: let them finish first.
      await directLine?.close();
      const cut = setTimeout(() => server.server.closeAllConnections(), deps.shutdownTimeoutMs ?? 10_000);
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.server.closeIdleConnections();
      });
      clearTimeout(cut);
      logger.info('server.closed');
    },
  };
}

/** The Web Chat page and the Direct Line endpoint it talks to, with the settings of `config.directLine`. */
function createLocalDirectLine(
  server: restify.Server,
  deps: ServerDependencies,
  adapter: BridgedCloudAdapter,
): DirectLineEndpoint {
  const { config } = deps;
  const settings = config.directLine;
  registerWebChatPage(server, {
    profile: deps.editorProfile,
    publicBaseUrl: config.publicBaseUrl,
    frameAncestors: config.frameAncestors,
  });
  return createDirectLineEndpoint(server, {
    adapter,
    bot: deps.bot,
    logger: deps.logger,
    editorProfileId: deps.editorProfile?.id,
    secret: settings.secret,
    tokensPerMinute: settings.tokensPerMinute,
    conversationsPerMinute: settings.conversationsPerMinute,
    trustProxyHops: config.trustProxyHops,
    streamBase: config.publicBaseUrlSet ? config.publicBaseUrl.replace(/^http/, 'ws') : undefined,
    conversationIdleMs: settings.idleMinutes * 60_000,
    maxConversations: settings.maxConversations,
    maxStreamsPerConversation: settings.maxStreamsPerConversation,
    forgetConversation: deps.forgetConversation,
    now: deps.now,
  });
}

/** Graceful stop on SIGTERM/SIGINT: no new connections, in-flight requests and turns finish, then exit. */
export function closeOnSignals(
  app: Pick<AppServer, 'close'>,
  logger: Logger,
  signals: NodeJS.Signals[] = ['SIGTERM', 'SIGINT'],
): void {
  const stop = (signal: NodeJS.Signals) => {
    logger.info('server.stopping', { signal });
    app.close().then(
      () => process.exit(0),
      (error: unknown) => {
        logger.error('server.closeFailed', errorLogFields(error));
        process.exit(1);
      },
    );
  };
  for (const signal of signals) process.once(signal, stop);
}
