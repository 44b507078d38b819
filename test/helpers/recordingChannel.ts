import { randomUUID } from 'node:crypto';
import { createServer, IncomingMessage, Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { z } from 'zod';

const replySchema = z.object({
  text: z.string().optional(),
  inputHint: z.string().optional(),
  channelData: z
    .object({ slot: z.string().optional(), outcome: z.object({ kind: z.string(), forms: z.number() }).optional() })
    .optional(),
  attachments: z.array(z.object({ contentUrl: z.string().optional(), contentType: z.string().optional() })).optional(),
});
export type Reply = z.infer<typeof replySchema>;

const readBody = (req: IncomingMessage): Promise<string> =>
  new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });

export interface SayOptions {
  locale?: string;
  /** The activity id (a channel delivering the same activity twice sends the same id). */
  id?: string;
}

/**
 * A Bot Framework channel on loopback that records every reply of every conversation. `/api/messages`
 * answers once the turn is over and its replies are delivered, so a `say` that resolved has its replies here.
 */
export class RecordingChannel {
  private server?: Server;
  private readonly replies = new Map<string, Reply[]>();
  serviceUrl = '';

  async start(): Promise<void> {
    this.server = createServer(
      (req, res) =>
        void (async () => {
          const body = await readBody(req);
          const match = req.url?.match(/\/v3\/conversations\/([^/]+)\/activities/);
          if (match?.[1]) {
            const conversationId = decodeURIComponent(match[1]);
            const list = this.replies.get(conversationId) ?? [];
            list.push(replySchema.parse(JSON.parse(body)));
            this.replies.set(conversationId, list);
          }
          res.writeHead(200, { 'Content-Type': 'application/json' });
          res.end(JSON.stringify({ id: randomUUID() }));
        })(),
    );
    await new Promise<void>((resolve) => this.server?.listen(0, '127.0.0.1', resolve));
    this.serviceUrl = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}/`;
  }

  /** Posts a user message to the bot at `botUrl`; resolves with the HTTP status once the turn is over. */
  async say(botUrl: string, conversationId: string, text: string, options: SayOptions = {}): Promise<number> {
    const response = await fetch(`${botUrl}/api/messages`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({
        type: 'message',
        id: options.id ?? randomUUID(),
        text,
        locale: options.locale ?? 'fr-FR',
        channelId: 'emulator',
        serviceUrl: this.serviceUrl,
        from: { id: `user-${conversationId}`, role: 'user' },
        recipient: { id: 'bot', role: 'bot' },
        conversation: { id: conversationId },
        timestamp: new Date().toISOString(),
      }),
    });
    await response.arrayBuffer();
    return response.status;
  }

  /** Every reply of the conversation so far, in the order they arrived. */
  repliesOf(conversationId: string): Reply[] {
    return [...(this.replies.get(conversationId) ?? [])];
  }

  /** The last question asked (`channelData.slot` of the last `expectingInput` reply). */
  lastSlot(conversationId: string): string | undefined {
    return this.repliesOf(conversationId)
      .filter((reply) => reply.inputHint === 'expectingInput')
      .at(-1)?.channelData?.slot;
  }

  async stop(): Promise<void> {
    const server = this.server;
    this.server = undefined;
    if (server) await new Promise<void>((resolve) => server.close(() => resolve()));
  }
}
