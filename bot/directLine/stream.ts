import type { IncomingMessage } from 'node:http';
import type { Duplex } from 'node:stream';
import { WebSocket, WebSocketServer } from 'ws';
import type { Logger } from '../logger';
import { watermarkSchema } from './activitySchemas';
import type { ConversationStore } from './conversations';
import type { SecretRegistry } from './secrets';

const streamPath = /^\/v3\/directline\/conversations\/([^/]+)\/stream$/;

const refuse = (socket: Duplex, status: string) => {
  socket.end(`HTTP/1.1 ${status}\r\nConnection: close\r\nContent-Length: 0\r\nX-Content-Type-Options: nosniff\r\n\r\n`);
};

/** Close code for a stream replaced by a newer one of the same conversation (4000–4999: the application's). */
export const replacedCloseCode = 4001;

export interface StreamServer {
  handleUpgrade(req: IncomingMessage, socket: Duplex, head: Buffer): void;
  /** Closes the streams of a conversation that was forgotten. */
  closeConversation(conversationId: string): void;
  close(): void;
}

/**
 * The conversation's WebSocket stream: `{ activities, watermark }` messages, first everything after the
 * URL's watermark, then each new activity. Opened with a single-use ticket from the streamUrl; at most
 * `maxPerConversation` open at once, the oldest closed when another opens (a reconnecting page is never locked out).
 */
export function createStreamServer(deps: {
  conversations: ConversationStore;
  tickets: SecretRegistry<string>;
  logger: Logger;
  maxPerConversation: number;
}): StreamServer {
  const wss = new WebSocketServer({ noServer: true, maxPayload: 4096 });
  const open = new Map<string, Set<WebSocket>>();
  const track = (conversationId: string, ws: WebSocket) => {
    const sockets = open.get(conversationId) ?? new Set<WebSocket>();
    open.set(conversationId, sockets);
    sockets.add(ws);
    for (const oldest of sockets) {
      if (sockets.size <= deps.maxPerConversation) break;
      sockets.delete(oldest);
      oldest.close(replacedCloseCode, 'replaced by a newer stream');
    }
    return () => {
      sockets.delete(ws);
      if (sockets.size === 0 && open.get(conversationId) === sockets) open.delete(conversationId);
    };
  };
  return {
    handleUpgrade(req, socket, head) {
      const url = new URL(req.url ?? '/', 'http://localhost');
      const match = streamPath.exec(url.pathname);
      if (!match?.[1]) return refuse(socket, '404 Not Found');
      const conversationId = decodeURIComponent(match[1]);
      if (deps.tickets.take(url.searchParams.get('t') ?? '') !== conversationId)
        return refuse(socket, '401 Unauthorized');
      const conversation = deps.conversations.get(conversationId);
      const watermark = watermarkSchema.safeParse(url.searchParams.get('watermark') ?? undefined);
      if (!conversation || !watermark.success) return refuse(socket, '404 Not Found');
      wss.handleUpgrade(req, socket, head, (ws: WebSocket) => {
        const backlog = deps.conversations.since(conversation, watermark.data);
        if (backlog.activities.length > 0) ws.send(JSON.stringify(backlog));
        const unsubscribe = deps.conversations.subscribe(conversation, (set) => ws.send(JSON.stringify(set)));
        const untrack = track(conversationId, ws);
        const forget = () => {
          unsubscribe();
          untrack();
        };
        // directlinejs sends empty keep-alive messages; nothing else is expected from the client.
        ws.on('close', forget);
        ws.on('error', () => {
          forget();
          deps.logger.debug('directLine.streamError', { conversationId });
        });
      });
    },
    closeConversation(conversationId) {
      for (const ws of open.get(conversationId) ?? []) ws.close(1000, 'conversation expired');
      open.delete(conversationId);
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
