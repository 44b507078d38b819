import type { Activity, TurnContext } from 'botbuilder';
import type { AuthenticateRequestResult } from 'botframework-connector';
import type { Request, Response, Server } from 'restify';
import { z } from 'zod';
import { sendInternalError } from './correlationId';
import type { BridgedCloudAdapter } from './directLine/bridgedAdapter';
import { sendError } from './directLine/httpErrors';
import { isLoopbackUrl } from './http/loopback';
import { activityLogFields, errorLogFields, Logger } from './logger';
import { validateAndFixActivity } from './sdk/internals';

/** The fields every Bot Framework channel sends and the adapter needs to reply. */
const inboundActivitySchema = z.object({
  type: z.string().min(1),
  serviceUrl: z.string().url(),
  channelId: z.string().min(1),
  conversation: z.object({ id: z.string().min(1) }),
  from: z.object({ id: z.string().min(1) }),
  recipient: z.object({ id: z.string().min(1) }),
});
/** Checked as above, typed as the SDK's Activity (which the SDK itself takes from `z.custom`). */
const inboundActivity = z.custom<Activity>((value) => inboundActivitySchema.safeParse(value).success);

export interface MessagesRouteDependencies {
  adapter: BridgedCloudAdapter;
  bot: { run(context: TurnContext): Promise<void> };
  /** Empty: no authentication (local use), so replies may only go to this machine. */
  appId: string;
  logger: Logger;
}

/** `POST /api/messages`: the Bot Framework endpoint (Azure Bot Service, Teams, the Emulator). */
export function registerMessagesRoute(server: Server, deps: MessagesRouteDependencies): void {
  const { adapter, logger } = deps;
  server.post('/api/messages', async (req: Request, res: Response) => {
    const checked = inboundActivitySchema.safeParse(req.body);
    if (!checked.success) {
      return sendError(
        res,
        400,
        'BadArgument',
        `Invalid activity: ${checked.error.issues.map((issue) => issue.path.join('.') || 'body').join(', ')}.`,
      );
    }
    if (!deps.appId && !isLoopbackUrl(checked.data.serviceUrl)) {
      logger.warn('messages.foreignServiceUrl', { channelId: checked.data.channelId });
      return sendError(
        res,
        400,
        'BadArgument',
        'Without MicrosoftAppId this server only replies to a serviceUrl on this machine (localhost, 127.0.0.1, [::1]).',
      );
    }
    const activity = validateAndFixActivity(inboundActivity.parse(req.body));
    let authenticated: AuthenticateRequestResult;
    try {
      authenticated = await adapter.authentication.authenticateRequest(activity, req.headers.authorization ?? '');
    } catch (error) {
      logger.warn('auth.rejected', { ...activityLogFields(activity), ...errorLogFields(error) });
      return sendError(res, 401, 'Unauthorized', 'A valid Bot Framework token is required.');
    }
    try {
      const invokeResponse = await adapter.processAuthenticated(authenticated, activity, (context) =>
        deps.bot.run(context),
      );
      res.send(invokeResponse?.status ?? 200, invokeResponse?.body);
    } catch (error) {
      // The turn failed past the bot's own error handler (e.g. the channel refused even the apology).
      sendInternalError(res, logger, 'messages.turnFailed', error, { fields: activityLogFields(activity) });
    }
  });
}
