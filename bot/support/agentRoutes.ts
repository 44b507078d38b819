import type { Activity, TranscriptStore } from 'botbuilder';
import type { Request, Response, Server } from 'restify';
import { z } from 'zod';
import { translatorFor } from '../../locales';
import type { Answers } from '../../rules/answers';
import { queryValue, routeParam } from '../http/requestParts';
import { authorised, KeyCheck } from './agentAuth';
import { knownNumbersOf } from './knownNumbers';
import { transcriptHtml } from './transcriptHtml';
import { exportActivities, readTranscript } from './transcripts';

export interface AgentRoutesDependencies {
  key: KeyCheck;
  /** Whether an agent may ask for unmasked phone and card numbers (`?clear=true`). */
  allowClearExport: boolean;
  transcripts: TranscriptStore;
  channelIds: readonly string[];
  /** The conversation's stored answers: its own phones and cards are masked whatever their form. */
  answersOf(channelId: string, conversationId: string): Promise<Answers>;
  /** `PUBLIC_BASE_URL`: only its `/documents/` links are links in the HTML view. */
  publicBaseUrl: string;
  timeZone: string;
}

/** Channel conversation ids are opaque but bounded (Teams' are the longest, about 200 characters). */
const conversationIdSchema = z.string().min(1).max(512);

/** `GET /api/transcripts/:conversationId` (JSON) and `…/view` (HTML), for agents holding the key. No listing. */
export function registerAgentRoutes(server: Server, deps: AgentRoutesDependencies): void {
  const find = async (conversationId: string, clear: boolean) => {
    for (const channelId of deps.channelIds) {
      const activities = await readTranscript(deps.transcripts, channelId, conversationId);
      if (activities.length === 0) continue;
      const known = knownNumbersOf(await deps.answersOf(channelId, conversationId));
      return { conversationId, channelId, activities: exportActivities(activities, { clear, known }) };
    }
    return undefined;
  };
  // `/api/transcripts/` comes here with an empty id: the same 404 as an unknown conversation (no listing).
  const load = async (
    req: Request,
    res: Response,
  ): Promise<{ conversationId: string; channelId: string; activities: Activity[] } | undefined> => {
    if (!authorised(req, res, deps.key)) return undefined;
    const parsed = conversationIdSchema.safeParse(routeParam(req, 'conversationId'));
    const found = parsed.success
      ? await find(parsed.data, deps.allowClearExport && queryValue(req, 'clear') === 'true')
      : undefined;
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
    const body = transcriptHtml(translatorFor(req.headers['accept-language']), {
      conversationId: transcript.conversationId,
      activities: transcript.activities,
      documentsBase: `${deps.publicBaseUrl}/documents/`,
      timeZone: deps.timeZone,
    });
    res.writeHead(200, {
      'Content-Type': 'text/html; charset=utf-8',
      'Cache-Control': 'no-store',
      'Content-Security-Policy':
        "default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'",
      'Referrer-Policy': 'no-referrer',
    });
    res.end(body);
  });
}
