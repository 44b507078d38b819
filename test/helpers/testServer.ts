import type { TurnContext } from 'botbuilder';
import { loadSettings } from '../../bot/config';
import { createMemoryDocumentStore, DocumentStore } from '../../bot/documentStore';
import type { EditorProfile } from '../../bot/editorProfile';
import { createLogger } from '../../bot/logger';
import { AppServer, createServer } from '../../bot/server';
import { freePort } from './freePort';

export interface TestServer {
  app: AppServer;
  baseUrl: string;
  documents: DocumentStore;
  /** JSON log lines the server wrote (level debug). */
  logs: string[];
  close(): Promise<void>;
}

/** The real server on a free loopback port, with a memory document store and captured logs. */
export async function startTestServer(options: {
  bot: { run(context: TurnContext): Promise<void> };
  env?: NodeJS.ProcessEnv;
  editorProfile?: EditorProfile;
  documents?: DocumentStore;
  /** A port picked beforehand (when document links must name it before the server exists). */
  port?: number;
  /** The server's clock (Direct Line expiry and rate windows). */
  now?: () => Date;
  forgetConversation?: (conversationId: string) => Promise<void>;
}): Promise<TestServer> {
  const port = options.port ?? (await freePort());
  const baseUrl = `http://127.0.0.1:${port}`;
  // Tests open many conversations from one address: the per-address limits are tested on their own.
  const limits = { DIRECT_LINE_TOKENS_PER_MINUTE: '10000', DIRECT_LINE_CONVERSATIONS_PER_MINUTE: '10000' };
  const config = loadSettings({
    PORT: String(port),
    PUBLIC_BASE_URL: baseUrl,
    NODE_ENV: 'test',
    ...limits,
    ...options.env,
  }).server;
  const logs: string[] = [];
  const logger = createLogger({ level: 'debug', write: (line) => logs.push(line) });
  const documents =
    options.documents ?? createMemoryDocumentStore({ baseUrl, ttlMs: config.documentTtlMinutes * 60_000 });
  const app = createServer({
    config,
    bot: options.bot,
    documents,
    logger,
    editorProfile: options.editorProfile,
    shutdownTimeoutMs: 500,
    now: options.now,
    forgetConversation: options.forgetConversation,
  });
  await app.listen(port);
  return { app, baseUrl, documents, logs, close: () => app.close() };
}
