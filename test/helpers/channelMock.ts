import { createServer, IncomingMessage } from 'node:http';
import { freePort } from './freePort';

export interface ReceivedCall {
  method: string;
  path: string;
  authorization: string | undefined;
  activity: Record<string, unknown>;
}

export interface ChannelMock {
  /** The serviceUrl to put on activities. */
  url: string;
  received: ReceivedCall[];
  /** Resolves once `count` calls have arrived. */
  waitFor(count: number, timeoutMs?: number): Promise<ReceivedCall[]>;
  close(): Promise<void>;
}

const readJson = async (req: IncomingMessage): Promise<Record<string, unknown>> => {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(Buffer.from(chunk));
  const parsed: unknown = JSON.parse(Buffer.concat(chunks).toString('utf8') || '{}');
  return parsed && typeof parsed === 'object' ? Object.fromEntries(Object.entries(parsed)) : {};
};

/** A Bot Framework channel's connector API: records what the bot sends to its serviceUrl. */
export async function startChannelMock(): Promise<ChannelMock> {
  const received: ReceivedCall[] = [];
  let notify: () => void = () => undefined;
  const server = createServer(
    (req, res) =>
      void (async () => {
        const activity = await readJson(req);
        received.push({
          method: req.method ?? '',
          path: req.url ?? '',
          authorization: req.headers.authorization,
          activity,
        });
        res.writeHead(200, { 'Content-Type': 'application/json' });
        res.end(JSON.stringify({ id: `reply-${received.length}` }));
        notify();
      })(),
  );
  const port = await freePort();
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${port}`,
    received,
    waitFor(count, timeoutMs = 5000) {
      return new Promise((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`expected ${count} calls, got ${received.length}`)), timeoutMs);
        notify = () => {
          if (received.length < count) return;
          clearTimeout(timer);
          resolve(received);
        };
        notify();
      });
    },
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
