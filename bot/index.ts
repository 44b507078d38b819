import { startApp } from './app';
import { createLogger, errorLogFields } from './logger';
import { reachableUrl, readyMessage } from './readyMessage';
import { closeOnSignals } from './server';

/** `npm start`: the bot, its local Web Chat page and Direct Line endpoint on http://localhost:PORT/. */
startApp().then(
  (app) => {
    const config = app.settings.server;
    const logger = createLogger({ level: config.logLevel });
    logger.info('app.ready', { url: `${reachableUrl(config, app.port)}/` });
    // On stderr, like the start-up errors: stdout stays JSON lines for log collectors.
    process.stderr.write(`${readyMessage(config, app.port)}\n`);
    closeOnSignals(app, logger);
  },
  (error: unknown) => {
    // A configuration error is the usual cause: its message lists each wrong variable.
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
    createLogger({ level: 'error' }).error('app.startFailed', errorLogFields(error));
    process.exit(1);
  },
);
