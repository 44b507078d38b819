import type { TurnContext } from 'botbuilder';
import { loadConfig } from '../../bot/config';
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
}): Promise<TestServer> {
  const port = options.port ?? (await freePort());
  const baseUrl = `http://127.0.0.1:${port}`;
  const config = loadConfig({ PORT: String(port), PUBLIC_BASE_URL: baseUrl, NODE_ENV: 'test', ...options.env });
  const logs: string[] = [];
  const logger = createLogger({ level: 'debug', write: (line) => logs.push(line) });
  const documents = options.documents ?? createMemoryDocumentStore({ baseUrl, ttlMs: config.documentTtlMinutes * 60_000 });
  const app = createServer({ config, bot: options.bot, documents, logger, editorProfile: options.editorProfile, shutdownTimeoutMs: 500 });
  await app.listen(port);
  return { app, baseUrl, documents, logs, close: () => app.close() };
}
