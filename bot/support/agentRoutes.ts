import type { TranscriptStore } from 'botbuilder';
import type { Request, Response, Server } from 'restify';
import { translatorFor } from '../../locales';
import { z } from 'zod';
import { authorised, KeyCheck } from './agentAuth';
import { transcriptHtml } from './transcriptHtml';
import { exportActivities, readTranscript } from './transcripts';

export interface AgentRoutesDependencies {
  key: KeyCheck;
  /** Whether an agent may ask for unmasked phone and card numbers (`?clear=true`). */
  allowClearExport: boolean;
  transcripts: TranscriptStore;
  channelIds: readonly string[];
}

/** Channel conversation ids are opaque but bounded (Teams' are the longest, about 200 characters). */
const conversationIdSchema = z.string().min(1).max(512);

/** `GET /api/transcripts/:conversationId` (JSON) and `…/view` (HTML), for agents holding the key. No listing. */
export function registerAgentRoutes(server: Server, deps: AgentRoutesDependencies): void {
  const find = async (conversationId: string, clear: boolean) => {
    for (const channelId of deps.channelIds) {
      const activities = await readTranscript(deps.transcripts, channelId, conversationId);
      if (activities.length > 0) return { conversationId, channelId, activities: exportActivities(activities, { clear }) };
    }
    return undefined;
  };
  // `/api/transcripts/` comes here with an empty id: the same 404 as an unknown conversation (no listing).
  const load = async (req: Request, res: Response) => {
    if (!authorised(req, res, deps.key)) return undefined;
    const parsed = conversationIdSchema.safeParse(req.params?.conversationId);
    const found = parsed.success ? await find(parsed.data, deps.allowClearExport && req.query?.clear === 'true') : undefined;
    if (!found) res.send(404, { error: 'not found' });
    return found;
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
