import type { Request, Response, Server } from 'restify';
import { errorLogFields, Logger } from '../logger';
import { clientActivitySchema, startConversationSchema, watermarkSchema } from './activitySchemas';
import type { Bridge } from './bridge';
import type { Conversation, ConversationStore } from './conversations';
import { bearerToken, sendError } from './httpErrors';
import type { SecretRegistry } from './secrets';

export interface ClientRoutesDependencies {
  conversations: ConversationStore;
  /** Conversation tokens (bearer on every call) and single-use WebSocket tickets, both → conversation id. */
  tokens: SecretRegistry<string>;
  tickets: SecretRegistry<string>;
  bridge: Bridge;
  logger: Logger;
}

const base = '/v3/directline';

/** The Direct Line 3.0 calls Web Chat and botframework-directlinejs make. */
export function registerClientRoutes(server: Server, deps: ClientRoutesDependencies): void {
  const { conversations, tokens, tickets } = deps;

  /** The conversation the bearer token opens (and `req.params.conversationId` names, if any); else answers 401/404. */
  const authorize = (req: Request, res: Response): Conversation | undefined => {
    const conversationId = tokens.resolve(bearerToken(req.headers.authorization));
    const named = req.params?.conversationId;
    if (!conversationId || (named !== undefined && named !== conversationId)) {
      sendError(res, 401, 'TokenInvalid', 'A valid conversation token is required.');
      return undefined;
    }
    const conversation = conversations.get(conversationId);
    if (!conversation) sendError(res, 404, 'ConversationNotFound', 'The conversation has expired.');
    return conversation;
  };
  const tokenBody = (conversation: Conversation) => {
    const issued = tokens.issue(conversation.id);
    return { conversationId: conversation.id, token: issued.secret, expires_in: issued.expiresInSeconds };
  };
  const streamUrl = (req: Request, conversation: Conversation, watermark: number) => {
    const secure = req.isSecure() || req.headers['x-forwarded-proto'] === 'https';
    const ticket = tickets.issue(conversation.id).secret;
    const path = `${base}/conversations/${encodeURIComponent(conversation.id)}/stream`;
    return `${secure ? 'wss' : 'ws'}://${req.headers.host ?? 'localhost'}${path}?watermark=${watermark}&t=${ticket}`;
  };
  const watermarkOf = (req: Request, res: Response): number | undefined => {
    const parsed = watermarkSchema.safeParse(req.query?.watermark);
    if (!parsed.success) sendError(res, 400, 'BadArgument', 'Invalid watermark.');
    return parsed.success ? parsed.data : undefined;
  };

  // Local use: anyone who can reach this server may open a conversation (Azure's endpoint wants the secret here).
  server.post(`${base}/tokens/generate`, async (_req: Request, res: Response) => {
    res.send(200, tokenBody(conversations.create()));
  });

  server.post(`${base}/tokens/refresh`, async (req: Request, res: Response) => {
    const conversation = authorize(req, res);
    if (conversation) res.send(200, tokenBody(conversation));
  });

  server.post(`${base}/conversations`, async (req: Request, res: Response) => {
    const conversation = authorize(req, res);
    if (!conversation) return;
    const body = startConversationSchema.safeParse(req.body ?? {});
    const first = !conversation.started;
    if (first) {
      conversation.started = true;
      conversation.locale = body.success ? body.data.locale : undefined;
      // Like Direct Line, the welcome turn runs after the answer; its replies wait in the log.
      deps.bridge.start(conversation).catch((error: unknown) => deps.logger.warn('directLine.startFailed', errorLogFields(error)));
    }
    res.send(first ? 201 : 200, { ...tokenBody(conversation), streamUrl: streamUrl(req, conversation, 0) });
  });

  server.get(`${base}/conversations/:conversationId`, async (req: Request, res: Response) => {
    const conversation = authorize(req, res);
    const watermark = conversation && watermarkOf(req, res);
    if (conversation && watermark !== undefined) res.send(200, { ...tokenBody(conversation), streamUrl: streamUrl(req, conversation, watermark) });
  });

  server.get(`${base}/conversations/:conversationId/activities`, async (req: Request, res: Response) => {
    const conversation = authorize(req, res);
    const watermark = conversation && watermarkOf(req, res);
    if (conversation && watermark !== undefined) res.send(200, conversations.since(conversation, watermark));
  });

  server.post(`${base}/conversations/:conversationId/activities`, async (req: Request, res: Response) => {
    const conversation = authorize(req, res);
    if (!conversation) return;
    const parsed = clientActivitySchema.safeParse(req.body);
    if (!parsed.success) {
      sendError(res, 400, 'BadArgument', `Invalid activity: ${parsed.error.issues.map((issue) => issue.path.join('.') || 'body').join(', ')}.`);
      return;
    }
    try {
      res.send(200, { id: await deps.bridge.post(conversation, parsed.data) });
    } catch {
      sendError(res, 502, 'BotError', 'The bot could not process the activity.');
    }
  });
}
