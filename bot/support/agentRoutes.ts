import type { TranscriptStore } from 'botbuilder';
import type { Request, Response, Server } from 'restify';
import { translatorFor } from '../../locales';
import { agentKeyMatches, presentedKey } from './agentAuth';
import { transcriptHtml } from './transcriptHtml';
import { exportActivities, readTranscript } from './transcripts';

export interface AgentRoutesDependencies {
  agentApiKey: string;
  /** Whether an agent may ask for unmasked phone and card numbers (`?clear=true`). */
  allowClearExport: boolean;
  transcripts: TranscriptStore;
  channelIds: readonly string[];
}

/** `GET /api/transcripts/:conversationId` (JSON) and `…/view` (HTML), for agents holding the key. No listing. */
export function registerAgentRoutes(server: Server, deps: AgentRoutesDependencies): void {
  const load = async (req: Request, res: Response) => {
    if (!agentKeyMatches(deps.agentApiKey, presentedKey(req.headers))) {
      res.send(401, { error: 'unauthorized' });
      return undefined;
    }
    const conversationId = String(req.params.conversationId ?? '');
    for (const channelId of deps.channelIds) {
      const activities = await readTranscript(deps.transcripts, channelId, conversationId);
      if (activities.length > 0) {
        const clear = deps.allowClearExport && req.query?.clear === 'true';
        return { conversationId, channelId, activities: exportActivities(activities, { clear }) };
      }
    }
    res.send(404, { error: 'not found' });
    return undefined;
  };
  server.get('/api/transcripts/:conversationId', async (req: Request, res: Response) => {
    const transcript = await load(req, res);
    if (transcript) res.send(200, transcript);
  });
  server.get('/api/transcripts/:conversationId/view', async (req: Request, res: Response) => {
    const transcript = await load(req, res);
    if (!transcript) return;
    const body = transcriptHtml(translatorFor(req.headers['accept-language']), transcript.conversationId, transcript.activities);
    res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store', 'Content-Security-Policy': "default-src 'none'; style-src 'unsafe-inline'" });
    res.end(body);
  });
}
