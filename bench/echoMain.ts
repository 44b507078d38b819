import { silentLogger } from '../bot/logger';
import { closeOnSignals } from '../bot/server';
import { startEchoServer } from './echoServer';

/** `node dist/bench/echoMain.js` with PORT set: the echo bot alone in its process, stopped by SIGTERM like the bot. */
startEchoServer(process.env).then(
  ({ server }) => closeOnSignals(server, silentLogger),
  (error: unknown) => {
    process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
    process.exit(1);
  },
);
