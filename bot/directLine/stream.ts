import type { IncomingMessage } from 'node:http';
import type { Duplex } from 'node:stream';
import { WebSocket, WebSocketServer } from 'ws';
import type { Logger } from '../logger';
import { watermarkSchema } from './activitySchemas';
import type { ConversationStore } from './conversations';
import type { SecretRegistry } from './secrets';

const streamPath = /^\/v3\/directline\/conversations\/([^/]+)\/stream$/;

const refuse = (socket: Duplex, status: string) => {
  socket.end(`HTTP/1.1 ${status}\r\nConnection: close\r\nContent-Length: 0\r\n\r\n`);
};

export interface StreamServer {
  handleUpgrade(req: IncomingMessage, socket: Duplex, head: Buffer): void;
  close(): void;
}

/**
 * The conversation's WebSocket stream: `{ activities, watermark }` messages, first everything after the
 * URL's watermark, then each new activity. Opened with a single-use ticket from the streamUrl.
 */
export function createStreamServer(deps: { conversations: ConversationStore; tickets: SecretRegistry<string>; logger: Logger }): StreamServer {
  const wss = new WebSocketServer({ noServer: true, maxPayload: 4096 });
  return {
    handleUpgrade(req, socket, head) {
      const url = new URL(req.url ?? '/', 'http://localhost');
      const match = streamPath.exec(url.pathname);
      if (!match?.[1]) return refuse(socket, '404 Not Found');
      const conversationId = decodeURIComponent(match[1]);
      if (deps.tickets.take(url.searchParams.get('t') ?? '') !== conversationId) return refuse(socket, '401 Unauthorized');
      const conversation = deps.conversations.get(conversationId);
      const watermark = watermarkSchema.safeParse(url.searchParams.get('watermark') ?? undefined);
      if (!conversation || !watermark.success) return refuse(socket, '404 Not Found');
      wss.handleUpgrade(req, socket, head, (ws: WebSocket) => {
        const backlog = deps.conversations.since(conversation, watermark.data);
        if (backlog.activities.length > 0) ws.send(JSON.stringify(backlog));
        const unsubscribe = deps.conversations.subscribe(conversation, (set) => ws.send(JSON.stringify(set)));
        // directlinejs sends empty keep-alive messages; nothing else is expected from the client.
        ws.on('close', unsubscribe);
        ws.on('error', () => {
          unsubscribe();
          deps.logger.debug('directLine.streamError', { conversationId });
        });
      });
    },
    close() {
      // 1001 "going away" lets directlinejs reconnect elsewhere; sockets that do not answer are cut.
      for (const client of wss.clients) {
        client.close(1001);
        setTimeout(() => client.terminate(), 1000).unref();
      }
      wss.close();
    },
  };
}
