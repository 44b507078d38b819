import { ActivityHandler } from 'botbuilder';
import { loadSettings } from '../bot/config';
import { createMemoryDocumentStore } from '../bot/documentStore';
import { silentLogger } from '../bot/logger';
import { AppServer, createServer } from '../bot/server';
import { questionReply } from '../dialogs/replies';

/** The reference: an echo bot on the same stack (config, restify server, CloudAdapter), no state. */
export async function startEchoServer(
  env: NodeJS.ProcessEnv = { PORT: '0' },
): Promise<{ port: number; server: AppServer }> {
  const bot = new ActivityHandler();
  bot.onMessage(async (context, next) => {
    await context.sendActivity(questionReply(`echo: ${context.activity.text ?? ''}`));
    await next();
  });
  const config = loadSettings({ ...env, LOG_LEVEL: 'error' }).server;
  const server = createServer({
    config,
    bot,
    documents: createMemoryDocumentStore({ baseUrl: 'http://127.0.0.1', ttlMs: 60_000 }),
    logger: silentLogger,
  });
  return { port: await server.listen(config.port), server };
}
