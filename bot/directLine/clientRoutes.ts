import type { Request, Response, Server } from 'restify';
import { sendInternalError } from '../correlationId';
import type { RateLimiter } from '../http/rateLimit';
import { queryValue, routeParam } from '../http/requestParts';
import { errorLogFields, Logger } from '../logger';
import { clientActivitySchema, startConversationSchema, watermarkSchema } from './activitySchemas';
import type { Bridge } from './bridge';
import { bridgeSecretMatches } from './bridgedAdapter';
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
  /** When set, `tokens/generate` wants `Authorization: Bearer <secret>`, as Azure's Direct Line does. */
  secret?: string;
  /** Per client address: tokens issued (generate, refresh) and conversations started. */
  limits: { tokens: RateLimiter; conversations: RateLimiter };
  clientAddress(req: Request): string;
  /** `ws(s)://host[:port]` of stream URLs when PUBLIC_BASE_URL is set; else the request's own host (checked). */
  streamBase?: string;
}

const base = '/v3/directline';
/** A Host header that is only a host name or address and a port: nothing else goes into a stream URL. */
const plainHost = /^(?:[A-Za-z0-9.-]+|\[[0-9A-Fa-f:.]+\])(?::\d{1,5})?$/;

/** The Direct Line 3.0 calls Web Chat and botframework-directlinejs make. */
export function registerClientRoutes(server: Server, deps: ClientRoutesDependencies): void {
  const { conversations, tokens, tickets } = deps;

  /** The conversation the bearer token opens (and `req.params.conversationId` names, if any); else answers 401/404. */
  const authorize = (req: Request, res: Response): { conversation: Conversation; token: string } | undefined => {
    const token = bearerToken(req.headers.authorization);
    const conversationId = tokens.resolve(token);
    const named = routeParam(req, 'conversationId');
    if (!conversationId || (named !== undefined && named !== conversationId)) {
      sendError(res, 401, 'TokenInvalid', 'A valid conversation token is required.');
      return undefined;
    }
    const conversation = conversations.get(conversationId);
    if (!conversation) sendError(res, 404, 'ConversationNotFound', 'The conversation has expired.');
    return conversation && { conversation, token };
  };
  /** False (429 answered) when this address has used up its budget. */
  const withinLimit = (limiter: RateLimiter, req: Request, res: Response): boolean => {
    const decision = limiter.take(deps.clientAddress(req));
    if (decision.allowed) return true;
    res.header('Retry-After', String(decision.retryAfterSeconds));
    sendError(
      res,
      429,
      'TooManyRequests',
      `Too many requests from this address: try again in ${decision.retryAfterSeconds} s.`,
    );
    return false;
  };
  const tokenBody = (conversation: Conversation, token: string) => ({
    conversationId: conversation.id,
    token,
    expires_in: tokens.remainingSeconds(token),
  });
  const streamUrl = (req: Request, conversation: Conversation, watermark: number) => {
    const host = req.headers.host ?? '';
    const origin = deps.streamBase ?? `${req.isSecure() ? 'wss' : 'ws'}://${plainHost.test(host) ? host : 'localhost'}`;
    const ticket = tickets.issue(conversation.id).secret;
    return `${origin}${base}/conversations/${encodeURIComponent(conversation.id)}/stream?watermark=${watermark}&t=${ticket}`;
  };
  const watermarkOf = (req: Request, res: Response): number | undefined => {
    const parsed = watermarkSchema.safeParse(queryValue(req, 'watermark'));
    if (!parsed.success) sendError(res, 400, 'BadArgument', 'Invalid watermark.');
    return parsed.success ? parsed.data : undefined;
  };

  // Counted before the secret is checked, so guessing it is throttled too.
  server.post(`${base}/tokens/generate`, async (req: Request, res: Response) => {
    if (!withinLimit(deps.limits.tokens, req, res)) return;
    if (deps.secret !== undefined && !bridgeSecretMatches(deps.secret, req.headers.authorization)) {
      return sendError(
        res,
        401,
        'Unauthorized',
        'The Direct Line secret is required (Authorization: Bearer <secret>), from your backend only.',
      );
    }
    const conversation = conversations.create();
    if (!conversation) {
      res.header('Retry-After', '60');
      return sendError(res, 503, 'ServerBusy', 'Too many conversations are open: try again in a minute.');
    }
    res.send(200, tokenBody(conversation, tokens.issue(conversation.id).secret));
  });

  server.post(`${base}/tokens/refresh`, async (req: Request, res: Response) => {
    const authorized = authorize(req, res);
    if (!authorized || !withinLimit(deps.limits.tokens, req, res)) return;
    // The old token stops working: a copy of it cannot outlive the refresh.
    tokens.revoke(authorized.token);
    res.send(200, tokenBody(authorized.conversation, tokens.issue(authorized.conversation.id).secret));
  });

  server.post(`${base}/conversations`, async (req: Request, res: Response) => {
    const authorized = authorize(req, res);
    if (!authorized) return;
    const { conversation, token } = authorized;
    const body = startConversationSchema.safeParse(req.body ?? {});
    const first = !conversation.started;
    if (first) {
      if (!withinLimit(deps.limits.conversations, req, res)) return;
      conversation.started = true;
      conversation.locale = body.success ? body.data.locale : undefined;
      // Like Direct Line, the welcome turn runs after the answer; its replies wait in the log.
      deps.bridge
        .start(conversation)
        .catch((error: unknown) => deps.logger.warn('directLine.startFailed', errorLogFields(error)));
    }
    res.send(first ? 201 : 200, { ...tokenBody(conversation, token), streamUrl: streamUrl(req, conversation, 0) });
  });

  server.get(`${base}/conversations/:conversationId`, async (req: Request, res: Response) => {
    const authorized = authorize(req, res);
    const watermark = authorized && watermarkOf(req, res);
    if (authorized && watermark !== undefined) {
      res.send(200, {
        ...tokenBody(authorized.conversation, authorized.token),
        streamUrl: streamUrl(req, authorized.conversation, watermark),
      });
    }
  });

  server.get(`${base}/conversations/:conversationId/activities`, async (req: Request, res: Response) => {
    const authorized = authorize(req, res);
    const watermark = authorized && watermarkOf(req, res);
    if (authorized && watermark !== undefined) res.send(200, conversations.since(authorized.conversation, watermark));
  });

  server.post(`${base}/conversations/:conversationId/activities`, async (req: Request, res: Response) => {
    const authorized = authorize(req, res);
    if (!authorized) return;
    const parsed = clientActivitySchema.safeParse(req.body);
    if (!parsed.success) {
      sendError(
        res,
        400,
        'BadArgument',
        `Invalid activity: ${parsed.error.issues.map((issue) => issue.path.join('.') || 'body').join(', ')}.`,
      );
      return;
    }
    try {
      res.send(200, { id: await deps.bridge.post(authorized.conversation, parsed.data) });
    } catch (error) {
      sendInternalError(res, deps.logger, 'directLine.postFailed', error, {
        status: 502,
        fields: { conversationId: authorized.conversation.id },
      });
    }
  });
}
