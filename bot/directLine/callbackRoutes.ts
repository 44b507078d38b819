import type { Request, Response, Server } from 'restify';
import type { Logger } from '../logger';
import { botActivitySchema } from './activitySchemas';
import { bridgeSecretMatches } from './bridgedAdapter';
import type { ConversationStore } from './conversations';
import { routeParam } from '../http/requestParts';
import { sendError } from './httpErrors';

export const callbackPath = '/v3/directline/bot';

export interface CallbackRoutesDependencies {
  conversations: ConversationStore;
  /** The secret the adapter signs the bot's calls with (no one else may write into a conversation). */
  secret: string;
  botAccount: { id: string; name: string };
  logger: Logger;
  now?: () => Date;
}

/**
 * The connector API subset the bot calls on its serviceUrl (`${base}/v3/directline/bot`): send, reply,
 * and update (appended again with the same id, which Web Chat renders in place).
 */
export function registerCallbackRoutes(server: Server, deps: CallbackRoutesDependencies): void {
  const now = deps.now ?? (() => new Date());
  const receive = async (req: Request, res: Response) => {
    if (!bridgeSecretMatches(deps.secret, req.headers.authorization)) {
      sendError(res, 401, 'Unauthorized', 'Only this bot may post to its Direct Line callback.');
      return;
    }
    const conversation = deps.conversations.get(routeParam(req, 'conversationId') ?? '');
    if (!conversation) {
      sendError(res, 404, 'ConversationNotFound', 'Unknown or expired conversation.');
      return;
    }
    const parsed = botActivitySchema.safeParse(req.body);
    if (!parsed.success) {
      sendError(res, 400, 'BadArgument', 'Invalid activity.');
      return;
    }
    const { id: _clientId, ...activity } = parsed.data;
    const isUpdate = req.method === 'PUT';
    const stored = deps.conversations.append(
      conversation,
      {
        ...activity,
        from: activity.from ?? { ...deps.botAccount, role: 'bot' },
        conversation: { id: conversation.id },
        channelId: 'directline',
        timestamp: now().toISOString(),
        replyToId: isUpdate ? activity.replyToId : (routeParam(req, 'activityId') ?? activity.replyToId),
      },
      isUpdate ? String(routeParam(req, 'activityId')) : undefined,
    );
    deps.logger.debug('directLine.botActivity', {
      activityId: stored.id,
      activityType: parsed.data.type,
      conversationId: conversation.id,
      update: isUpdate,
    });
    res.send(200, { id: stored.id });
  };
  const conversationPath = `${callbackPath}/v3/conversations/:conversationId/activities`;
  server.post(conversationPath, receive);
  server.post(`${conversationPath}/:activityId`, receive);
  server.put(`${conversationPath}/:activityId`, receive);
}
