import type { Activity, TurnContext } from 'botbuilder';
import { validateAndFixActivity } from 'botbuilder/lib/activityValidator';
import type { AuthenticateRequestResult } from 'botframework-connector';
import restify, { Request, Response } from 'restify';
import { z } from 'zod';
import type { AppConfig } from './config';
import { DocumentStore, registerDocumentRoutes } from './documentStore';
import { BridgedCloudAdapter, createAdapter } from './directLine/bridgedAdapter';
import { createDirectLineEndpoint, DirectLineEndpoint } from './directLine/endpoint';
import { bodyGuard, formatRestifyErrors, sendError } from './directLine/httpErrors';
import { registerWebChatPage } from './directLine/webChatPage';
import type { EditorProfile } from './editorProfile';
import { activityLogFields, errorLogFields, Logger } from './logger';

export { BridgedCloudAdapter, createAdapter } from './directLine/bridgedAdapter';

export interface ServerDependencies {
  config: AppConfig;
  bot: { run(context: TurnContext): Promise<void> };
  /** From `createAdapter` (the Direct Line bridge needs its authentication); made here if absent. */
  adapter?: BridgedCloudAdapter;
  documents: DocumentStore;
  logger: Logger;
  editorProfile?: EditorProfile;
  /** Longest wait for in-flight requests on close before their connections are cut. */
  shutdownTimeoutMs?: number;
}

export interface AppServer {
  server: restify.Server;
  adapter: BridgedCloudAdapter;
  directLine: DirectLineEndpoint;
  /** Resolves with the port actually listened on (`0` picks a free one). */
  listen(port?: number): Promise<number>;
  close(): Promise<void>;
}

/** The fields every Bot Framework channel sends and the adapter needs to reply. */
const inboundActivitySchema = z.object({
  type: z.string().min(1),
  serviceUrl: z.string().url(),
  channelId: z.string().min(1),
  conversation: z.object({ id: z.string().min(1) }),
  from: z.object({ id: z.string().min(1) }),
  recipient: z.object({ id: z.string().min(1) }),
});
/** Checked as above, typed as the SDK's Activity (which the SDK itself takes from `z.custom`). */
const inboundActivity = z.custom<Activity>((value) => inboundActivitySchema.safeParse(value).success);

export function createServer(deps: ServerDependencies): AppServer {
  const { config, logger } = deps;
  const adapter = deps.adapter ?? createAdapter(config, logger);
  const server = restify.createServer({ name: 'assistant-413', handleUpgrades: false });
  let state: 'starting' | 'ready' | 'stopping' = 'starting';

  server.use(restify.plugins.queryParser({ mapParams: false }));
  server.use(bodyGuard(config.maxBodyBytes));
  server.use(restify.plugins.bodyParser({ maxBodySize: config.maxBodyBytes, mapParams: false, mapFiles: false }));
  formatRestifyErrors(server, logger);
  server.on('after', (req: Request, res: Response, route?: { path: string | RegExp }) => {
    logger.debug('http.request', { method: req.method, route: route ? String(route.path) : 'unmatched', status: res.statusCode, durationMs: Date.now() - req.time() });
  });

  server.post('/api/messages', async (req: Request, res: Response) => {
    const checked = inboundActivitySchema.safeParse(req.body);
    if (!checked.success) {
      return sendError(res, 400, 'BadArgument', `Invalid activity: ${checked.error.issues.map((issue) => issue.path.join('.') || 'body').join(', ')}.`);
    }
    const activity = validateAndFixActivity(inboundActivity.parse(req.body));
    let authenticated: AuthenticateRequestResult;
    try {
      authenticated = await adapter.authentication.authenticateRequest(activity, req.headers.authorization ?? '');
    } catch (error) {
      logger.warn('auth.rejected', { ...activityLogFields(activity), ...errorLogFields(error) });
      return sendError(res, 401, 'Unauthorized', 'A valid Bot Framework token is required.');
    }
    const invokeResponse = await adapter.processAuthenticated(authenticated, activity, (context) => deps.bot.run(context));
    res.send(invokeResponse?.status ?? 200, invokeResponse?.body);
  });

  server.get('/health', async (_req: Request, res: Response) => {
    res.header('Cache-Control', 'no-store');
    res.send(state === 'ready' ? 200 : 503, { status: state === 'ready' ? 'ok' : state });
  });

  registerDocumentRoutes(server, deps.documents, logger);
  registerWebChatPage(server, { profile: deps.editorProfile });
  const directLine = createDirectLineEndpoint(server, { adapter, bot: deps.bot, logger, editorProfileId: deps.editorProfile?.id });

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
      directLine.attach(server.server, `http://127.0.0.1:${actual}`);
      state = 'ready';
      logger.info('server.listening', { port: actual });
      return actual;
    },
    async close() {
      if (state === 'stopping') return;
      state = 'stopping';
      // Turns still running reply through this server's own Direct Line callback: let them finish first.
      await directLine.close();
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

/** Graceful stop on SIGTERM/SIGINT: no new connections, in-flight requests and turns finish, then exit. */
export function closeOnSignals(app: Pick<AppServer, 'close'>, logger: Logger, signals: NodeJS.Signals[] = ['SIGTERM', 'SIGINT']): void {
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
