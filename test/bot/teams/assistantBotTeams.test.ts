import { createServer } from 'node:http';
import {
  Activity,
  ActivityTypes,
  MemoryStorage,
  MemoryTranscriptStore,
  TestAdapter,
  TranscriptLoggerMiddleware,
} from 'botbuilder';
import { AssistantBot } from '../../../bot/assistantBot';
import { createMemoryDocumentStore } from '../../../bot/documentStore';
import { OptimisticConversationState } from '../../../bot/state/optimisticConversationState';
import { ReplyBufferMiddleware } from '../../../bot/state/replyBuffer';
import { PrivateKeyGuard } from '../../../bot/support/privateKeyGuard';
import { fileConsentContentType, fileInfoContentType } from '../../../bot/teams/fileConsentCard';
import { installTeamsSupport } from '../../../bot/teams/installTeamsSupport';
import { createDocumentProducer } from '../../../documents/producer';
import { renderDocuments } from '../../../documents/renderDocuments';
import { confirmSteps, gieFromFiness, gieToFiness } from '../../dialogs/cases/paths';
import { finess } from '../../dialogs/cases/identifiers';

const formBytes = new TextEncoder().encode('%PDF-1.7 formulaire 413');

/** The assistant with the app's middleware order, in a Teams personal chat, its documents in the memory store. */
function startTeamsBot() {
  const now = new Date('2026-11-30T09:00:00Z');
  const store = createMemoryDocumentStore({
    baseUrl: 'https://assistant413.exemple.fr',
    ttlMs: 24 * 60 * 60_000,
    now: () => now,
  });
  const transcripts = new MemoryTranscriptStore();
  const bot = new AssistantBot({
    conversationState: new OptimisticConversationState(new MemoryStorage()),
    // Real guide and reminder, a small stand-in for the form (its bytes are compared after the upload).
    documents: createDocumentProducer({
      render: async (request) =>
        (await renderDocuments(request)).map((doc) => (doc.kind === 'form413' ? { ...doc, bytes: formBytes } : doc)),
      sink: store,
      now: () => now,
    }),
    today: () => '2026-11-30',
  });
  installTeamsSupport(bot, store, { upload: { allowedUrl: (url) => url.hostname === '127.0.0.1' } });
  const adapter = new TestAdapter((context) => bot.run(context), { channelId: 'msteams', locale: 'fr-FR' });
  adapter.use(new ReplyBufferMiddleware());
  adapter.use(new PrivateKeyGuard());
  adapter.use(new TranscriptLoggerMiddleware(transcripts));
  const send = async (activity: Partial<Activity>) => {
    await adapter.processActivity(activity);
    await new Promise((resolve) => setImmediate(resolve));
    return adapter.activeQueue.splice(0);
  };
  return { store, transcripts, send, say: (text: string) => send({ type: ActivityTypes.Message, text }) };
}

const outcomeOf = (replies: Partial<Activity>[]) => replies.find((reply) => reply.channelData?.outcome !== undefined);

describe('the assistant in a Teams personal chat', () => {
  const received: Buffer[] = [];
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      received.push(Buffer.concat(chunks));
      res.writeHead(201);
      res.end('{}');
    });
  });
  let uploadUrl = '';
  beforeAll(async () => {
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const address = server.address();
    uploadUrl = `http://127.0.0.1:${address && typeof address === 'object' ? address.port : 0}/upload`;
  });
  afterAll(async () => new Promise<void>((resolve) => server.close(() => resolve())));

  it('ends a GIE request with consent cards for every document, the outcome unchanged, and uploads on accept', async () => {
    const teams = startTeamsBot();
    let replies: Partial<Activity>[] = [];
    for (const [says] of [...gieToFiness, ...gieFromFiness(finess(1)), ...confirmSteps])
      replies = await teams.say(says);

    const outcome = outcomeOf(replies);
    expect(outcome?.channelData?.outcome).toMatchObject({ kind: 'form413', forms: 1 });
    const documents: { fileName: string; contentType: string }[] = outcome?.channelData?.outcome.documents ?? [];
    expect(documents.map((doc) => doc.contentType)).toEqual(['application/pdf', 'application/pdf', 'text/calendar']);
    expect(outcome?.attachments?.map((card) => [card.contentType, card.name])).toEqual(
      documents.map((doc) => [fileConsentContentType, doc.fileName]),
    );
    expect(outcome?.text).toContain(
      "Vous pouvez aussi télécharger vos documents avec ces liens, valables jusqu'au 1 décembre 2026 à 10:00 :",
    );

    const token = String(outcome?.attachments?.[0]?.content.acceptContext.token);
    const uploadInfo = {
      uploadUrl,
      contentUrl: 'https://contoso-my.sharepoint.com/f.pdf',
      name: documents[0]?.fileName,
      uniqueId: 'drive-item-1',
      fileType: 'pdf',
    };
    const answer = await teams.send({
      type: ActivityTypes.Invoke,
      name: 'fileConsent/invoke',
      value: { type: 'fileUpload', action: 'accept', context: { token }, uploadInfo },
    });
    expect(received).toEqual([Buffer.from(formBytes)]);
    expect(answer[0]?.attachments?.[0]).toMatchObject({
      contentType: fileInfoContentType,
      name: documents[0]?.fileName,
    });
    expect(answer.find((reply) => reply.type === 'invokeResponse')?.value).toEqual({ status: 200 });
  });

  it('records in the transcript the consent cards Teams received, not the PDF attachments', async () => {
    const teams = startTeamsBot();
    for (const [says] of [...gieToFiness, ...gieFromFiness(finess(2)), ...confirmSteps]) await teams.say(says);
    const items: Partial<Activity>[] = [];
    let page = await teams.transcripts.getTranscriptActivities('msteams', 'Convo1');
    items.push(...page.items);
    while (page.continuationToken) {
      page = await teams.transcripts.getTranscriptActivities('msteams', 'Convo1', page.continuationToken);
      items.push(...page.items);
    }
    const logged = items.find((item) => item.channelData?.outcome !== undefined);
    expect(logged?.attachments?.map((attachment) => attachment.contentType)).toEqual([
      fileConsentContentType,
      fileConsentContentType,
      fileConsentContentType,
    ]);
  });
});
