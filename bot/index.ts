import { startApp } from './app';
import { createLogger, errorLogFields } from './logger';
import { closeOnSignals } from './server';

/** `npm start`: the bot, its local Web Chat page and Direct Line endpoint on http://localhost:PORT/. */
startApp().then(
  (app) => {
    const logger = createLogger({ level: app.settings.server.logLevel });
    logger.info('app.ready', { url: `http://localhost:${app.port}/` });
    closeOnSignals(app, logger);
  },
  (error: unknown) => {
    // A configuration error is the usual cause: its message lists each wrong variable.
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
    createLogger({ level: 'error' }).error('app.startFailed', errorLogFields(error));
    process.exit(1);
  },
);
