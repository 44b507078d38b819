import { createServer, IncomingMessage, Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export type PostedActivity = Record<string, unknown> & {
  type?: string;
  name?: string;
  text?: string;
  value?: unknown;
  attachments?: unknown[];
};

const readBody = async (req: IncomingMessage): Promise<string> => {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(Buffer.from(chunk));
  return Buffer.concat(chunks).toString('utf8');
};

/**
 * A channel with a support desk behind it, on loopback: it posts the user's messages and the desk's
 * `handoff.status` events to the bot's /api/messages, and records every activity the bot sends back.
 */
export class FakeDesk {
  private server?: Server;
  readonly received: PostedActivity[] = [];
  serviceUrl = '';

  constructor(private readonly botUrl: string) {}

  async start(): Promise<void> {
    this.server = createServer(
      (req, res) =>
        void (async () => {
          const body = await readBody(req);
          res.writeHead(200, { 'Content-Type': 'application/json' });
          res.end(JSON.stringify({ id: `desk-${this.received.length}` }));
          if (/\/v3\/conversations\/[^/]+\/activities/.test(req.url ?? ''))
            this.received.push(JSON.parse(body) as PostedActivity);
        })(),
    );
    await new Promise<void>((resolve) => this.server?.listen(0, '127.0.0.1', resolve));
    this.serviceUrl = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
  }

  /** Posts one activity and returns what the bot sent during that turn (its replies are sent before it answers). */
  async post(conversationId: string, activity: Record<string, unknown>): Promise<PostedActivity[]> {
    const before = this.received.length;
    const response = await fetch(`${this.botUrl}/api/messages`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({
        id: `in-${Math.random().toString(36).slice(2)}`,
        channelId: 'emulator',
        serviceUrl: this.serviceUrl,
        from: { id: 'user-1', name: 'Utilisateur' },
        recipient: { id: 'bot' },
        conversation: { id: conversationId },
        timestamp: new Date().toISOString(),
        ...activity,
      }),
    });
    await response.arrayBuffer();
    if (response.status >= 300) throw new Error(`the bot answered ${response.status}`);
    return this.received.slice(before);
  }

  /** A user's message, with no locale unless given (Teams may omit it). */
  say(conversationId: string, text: string): Promise<PostedActivity[]> {
    return this.post(conversationId, { type: 'message', text });
  }

  /** The desk ends the hand-off (Bot Framework's `handoff.status`). */
  status(conversationId: string, state: 'completed' | 'failed'): Promise<PostedActivity[]> {
    return this.post(conversationId, {
      type: 'event',
      name: 'handoff.status',
      value: { state },
      from: { id: 'desk', name: 'Support' },
    });
  }

  async stop(): Promise<void> {
    const server = this.server;
    this.server = undefined;
    if (server) await new Promise<void>((resolve) => server.close(() => resolve()));
  }
}
