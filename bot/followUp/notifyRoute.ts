import type { Request, Response, Server } from 'restify';
import { authorised, KeyCheck } from '../support/agentAuth';

/**
 * `POST /api/notify`: sends the follow-ups due now. Called by an external scheduler in production (cron,
 * an Azure Functions timer, a Kubernetes CronJob) with the notify key; by the in-process timer otherwise.
 */
export function registerNotifyRoute(
  server: Server,
  deps: { key: KeyCheck; processDue(): Promise<{ sent: number; failed: number }> },
): void {
  server.post('/api/notify', async (req: Request, res: Response) => {
    if (!authorised(req, res, deps.key)) return;
    res.send(200, await deps.processDue());
  });
}
