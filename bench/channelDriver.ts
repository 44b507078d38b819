import { createServer, IncomingMessage, Server, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface Reply {
  conversationId: string;
  text?: string;
  inputHint?: string;
  channelData?: { slot?: string; outcome?: unknown };
  attachments?: { contentUrl?: string }[];
}

const readBody = (req: IncomingMessage): Promise<string> =>
  new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });

/**
 * A Bot Framework channel on loopback: posts user activities to the bot's /api/messages and receives the
 * bot's replies on its own serviceUrl, so a turn is timed from the post to the reply that ends it.
 */
export class ChannelDriver {
  private server?: Server;
  private readonly waiters = new Map<string, (reply: Reply) => void>();
  serviceUrl = '';

  /** `turnTimeoutMs`: a lost reply fails the run instead of hanging it. */
  constructor(
    private readonly botUrl: string,
    private readonly endsTurn: (reply: Reply) => boolean,
    private readonly turnTimeoutMs = 120_000,
  ) {}

  async start(): Promise<void> {
    this.server = createServer((req, res) => void this.receive(req, res));
    this.server.keepAliveTimeout = 60_000;
    await new Promise<void>((resolve) => this.server?.listen(0, '127.0.0.1', resolve));
    this.serviceUrl = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}/`;
  }

  /** The bot's reply, posted to the channel's serviceUrl. */
  private async receive(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const body = await readBody(req);
    const match = req.url?.match(/\/v3\/conversations\/([^/]+)\/activities/);
    // restify patches http.ServerResponse (writeHead does not return the response): two calls.
    res.writeHead(200, { 'Content-Type': 'application/json' });
    res.end(JSON.stringify({ id: `r-${Date.now()}` }));
    if (!match?.[1]) return;
    const conversationId = decodeURIComponent(match[1]);
    const reply: Reply = { conversationId, ...(JSON.parse(body) as Omit<Reply, 'conversationId'>) };
    if (this.endsTurn(reply)) this.waiters.get(conversationId)?.(reply);
  }

  /** Sends a message and resolves with the reply that ends the turn, and how long it took (ms). */
  async say(conversationId: string, text: string, locale = 'fr-FR'): Promise<{ reply: Reply; ms: number }> {
    const started = performance.now();
    let timer: NodeJS.Timeout | undefined;
    const replied = new Promise<Reply>((resolve, reject) => {
      this.waiters.set(conversationId, resolve);
      timer = setTimeout(
        () =>
          reject(new Error(`${conversationId}: no reply ending the turn «${text}» within ${this.turnTimeoutMs} ms`)),
        this.turnTimeoutMs,
      );
    });
    replied.catch(() => undefined);
    try {
      const response = await fetch(`${this.botUrl}/api/messages`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({
          type: 'message',
          id: `m-${Math.random().toString(36).slice(2)}`,
          text,
          locale,
          channelId: 'emulator',
          serviceUrl: this.serviceUrl,
          from: { id: `user-${conversationId}`, role: 'user' },
          recipient: { id: 'bot', role: 'bot' },
          conversation: { id: conversationId },
          timestamp: new Date().toISOString(),
        }),
      });
      // Read to the end, so that the keep-alive connection goes back to the pool at once.
      await response.arrayBuffer();
      if (response.status >= 300) throw new Error(`bot answered ${response.status}`);
      const reply = await replied;
      return { reply, ms: performance.now() - started };
    } finally {
      clearTimeout(timer);
      this.waiters.delete(conversationId);
    }
  }

  async stop(): Promise<void> {
    const server = this.server;
    this.server = undefined;
    if (server) await new Promise<void>((resolve) => server.close(() => resolve()));
  }
}
