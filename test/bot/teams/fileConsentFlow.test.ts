import { createServer } from 'node:http';
import { randomBytes } from 'node:crypto';
import { Activity, ActivityHandler, Attachment, TestAdapter } from 'botbuilder';
import { createMemoryDocumentStore } from '../../../bot/documentStore';
import { fileConsentContentType, fileInfoContentType } from '../../../bot/teams/fileConsentCard';
import { installTeamsSupport } from '../../../bot/teams/installTeamsSupport';

const form = randomBytes(30_000);
const ttlMs = 60 * 60_000;
const sharePoint =
  'https://contoso-my.sharepoint.com/personal/secretariat/Documents/Applications/Microsoft Teams Chat Files';

/** A bot whose every answer is a finished request: a Form 413 PDF and an .ics reminder from the store. */
class OutcomeBot extends ActivityHandler {
  constructor(store: ReturnType<typeof createMemoryDocumentStore>) {
    super();
    this.onMessage(async (context, next) => {
      const conversationId = context.activity.conversation.id;
      const pdf = await store.put({
        bytes: form,
        contentType: 'application/pdf',
        fileName: 'formulaire-413.pdf',
        conversationId,
      });
      const ics = await store.put({
        bytes: Buffer.from('BEGIN:VCALENDAR'),
        contentType: 'text/calendar',
        fileName: 'rappel.ics',
        conversationId,
      });
      const attachments: Attachment[] = [
        { contentType: 'application/pdf', contentUrl: pdf.url, name: 'formulaire-413.pdf' },
        { contentType: 'text/calendar', contentUrl: ics.url, name: 'rappel.ics' },
      ];
      await context.sendActivity({
        text: 'Voici vos documents.',
        attachments,
        channelData: { outcome: { kind: 'form413', forms: 1 } },
      });
      await next();
    });
  }
}

function startUploadServer(statuses: number[]) {
  const received: { range: string | undefined; body: Buffer }[] = [];
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      received.push({ range: req.headers['content-range'], body: Buffer.concat(chunks) });
      res.writeHead(statuses[received.length - 1] ?? 201);
      res.end('{}');
    });
  });
  const url = new Promise<string>((resolve) =>
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      resolve(`http://127.0.0.1:${address && typeof address === 'object' ? address.port : 0}/upload/session`);
    }),
  );
  return { received, url, close: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}

function start(options: { channelId?: string; conversationType?: string; statuses?: number[] } = {}) {
  let now = new Date('2026-11-30T09:00:00Z');
  const store = createMemoryDocumentStore({ baseUrl: 'https://assistant413.exemple.fr', ttlMs, now: () => now });
  const warnings: { msg: string; fields: unknown }[] = [];
  const bot = new OutcomeBot(store);
  const upload = startUploadServer(options.statuses ?? [201]);
  installTeamsSupport(bot, store, {
    logger: { warn: (msg, fields) => warnings.push({ msg, fields }) },
    upload: { allowedUrl: (url) => url.hostname === '127.0.0.1' },
  });
  const conversation = {
    id: 'a:1teams-personal-chat',
    isGroup: false,
    conversationType: options.conversationType ?? 'personal',
    name: '',
  };
  const adapter = new TestAdapter((context) => bot.run(context), {
    channelId: options.channelId ?? 'msteams',
    locale: 'fr-FR',
  });
  const send = async (activity: Partial<Activity>) => {
    await adapter.processActivity({ conversation, ...activity });
    return adapter.activeQueue.splice(0);
  };
  return {
    store,
    upload,
    warnings,
    later: (ms: number) => (now = new Date(now.getTime() + ms)),
    say: (text: string) => send({ type: 'message', text }),
    consent: (value: unknown, conversationId?: string) =>
      send({
        type: 'invoke',
        name: 'fileConsent/invoke',
        value,
        ...(conversationId ? { conversation: { ...conversation, id: conversationId } } : {}),
      }),
  };
}

const tokenOf = (card: Attachment | undefined): string => String(card?.content?.acceptContext?.token);
const accepted = (token: string, uploadUrl: string) => ({
  type: 'fileUpload',
  action: 'accept',
  context: { token },
  uploadInfo: {
    uploadUrl,
    contentUrl: `${sharePoint}/formulaire-413.pdf`,
    name: 'formulaire-413.pdf',
    uniqueId: '1150D938-8870-4044-9F2C-5BBDEBA70C8C',
    fileType: 'pdf',
  },
});
const declined = (token: string) => ({ type: 'fileUpload', action: 'decline', context: { token } });
const invokeStatus = (replies: Partial<Activity>[]) =>
  replies.find((reply) => reply.type === 'invokeResponse')?.value?.status;

describe('the Teams file consent flow', () => {
  let run: ReturnType<typeof start>;
  afterEach(async () => run.upload.close());

  it('sends the documents as consent cards whose sizes and tokens are the stored files', async () => {
    run = start();
    const [outcome] = await run.say('oui');
    expect(outcome?.attachments?.map((card) => card.contentType)).toEqual([
      fileConsentContentType,
      fileConsentContentType,
    ]);
    const stored = await Promise.all((outcome?.attachments ?? []).map((card) => run.store.get(tokenOf(card))));
    expect(stored.map((doc) => doc?.fileName)).toEqual(['formulaire-413.pdf', 'rappel.ics']);
    expect(outcome?.attachments?.map((card) => card.content.sizeInBytes)).toEqual(
      stored.map((doc) => doc?.bytes.byteLength),
    );
    expect(outcome?.channelData).toEqual({ outcome: { kind: 'form413', forms: 1 } });
    expect(outcome?.text).toMatch(
      /^Voici vos documents\.\n\nVous pouvez aussi télécharger .*\n- \[formulaire-413\.pdf\]\(https:\/\/assistant413\.exemple\.fr\/documents\//,
    );
  });

  it('on accept, uploads the exact bytes by range, shows a file info card, then answers the invoke 200', async () => {
    run = start();
    const [outcome] = await run.say('oui');
    const replies = await run.consent(accepted(tokenOf(outcome?.attachments?.[0]), await run.upload.url));
    expect(run.upload.received).toEqual([{ range: 'bytes 0-29999/30000', body: form }]);
    expect(replies.map((reply) => reply.type)).toEqual(['message', 'invokeResponse']);
    expect(replies[0]).toMatchObject({
      text: '« formulaire-413.pdf » est enregistré dans votre OneDrive.',
      attachments: [
        {
          contentType: fileInfoContentType,
          contentUrl: `${sharePoint}/formulaire-413.pdf`,
          name: 'formulaire-413.pdf',
          content: { uniqueId: '1150D938-8870-4044-9F2C-5BBDEBA70C8C', fileType: 'pdf' },
        },
      ],
    });
    expect(invokeStatus(replies)).toBe(200);
  });

  it('when OneDrive refuses the upload, says the link still works and logs no file name', async () => {
    run = start({ statuses: [507] });
    const [outcome] = await run.say('oui');
    const replies = await run.consent(accepted(tokenOf(outcome?.attachments?.[0]), await run.upload.url));
    expect(replies[0]?.text).toBe(
      "Je n'ai pas pu enregistrer « formulaire-413.pdf » dans votre OneDrive. Le lien de téléchargement du message reste valable jusqu'au 30 novembre 2026 à 11:00.",
    );
    expect(invokeStatus(replies)).toBe(200);
    expect(run.warnings).toEqual([
      { msg: 'teams.upload.failed', fields: { status: 507, bytes: 30_000, contentType: 'application/pdf' } },
    ]);
  });

  it('on decline, uploads nothing and says the link in the message still works, and until when', async () => {
    run = start();
    const [outcome] = await run.say('oui');
    const replies = await run.consent(declined(tokenOf(outcome?.attachments?.[1])));
    expect(run.upload.received).toEqual([]);
    expect(replies[0]?.text).toBe(
      "D'accord, je n'enregistre pas « rappel.ics » dans votre OneDrive. Le lien de téléchargement du message reste valable jusqu'au 30 novembre 2026 à 11:00.",
    );
    expect(invokeStatus(replies)).toBe(200);
  });

  it.each([
    ['accept', 'expired', (token: string, url: string) => accepted(token, url), ttlMs, undefined],
    ['decline', 'expired', (token: string) => declined(token), ttlMs, undefined],
    ['accept', 'from another conversation', (token: string, url: string) => accepted(token, url), 0, 'a:1someone-else'],
  ])(
    'on %s of a document %s, explains how to get new documents and uploads nothing',
    async (_action, _case, value, delay, conversationId) => {
      run = start();
      const [outcome] = await run.say('oui');
      run.later(delay);
      const replies = await run.consent(
        value(tokenOf(outcome?.attachments?.[0]), await run.upload.url),
        conversationId,
      );
      expect(replies[0]?.text).toMatch(/^Ce document n'est plus disponible\u00a0.* Écrivez « retour »/);
      expect(run.upload.received).toEqual([]);
      expect(invokeStatus(replies)).toBe(200);
    },
  );

  it.each([
    ['no token', { action: 'accept', context: {}, uploadInfo: {} }],
    ['an unknown action', { action: 'maybe', context: { token: 'A'.repeat(43) } }],
    ['a file name instead of a token', { action: 'decline', context: { filename: 'formulaire-413.pdf' } }],
  ])('answers 400 to a consent invoke with %s, and says nothing', async (_name, value) => {
    run = start();
    const replies = await run.consent(value);
    expect(replies.map((reply) => reply.type)).toEqual(['invokeResponse']);
    expect(invokeStatus(replies)).toBe(400);
  });

  it.each([
    ['Direct Line', { channelId: 'directline' }],
    ['the Emulator', { channelId: 'emulator' }],
    ['a Teams group chat', { conversationType: 'groupChat' }],
    ['a Teams channel', { conversationType: 'channel' }],
  ])('leaves %s untouched: documents stay links, consent invokes are not handled', async (_name, options) => {
    run = start(options);
    const [outcome] = await run.say('oui');
    expect(outcome?.attachments?.map((attachment) => attachment.contentType)).toEqual([
      'application/pdf',
      'text/calendar',
    ]);
    expect(outcome?.text).toBe('Voici vos documents.');
    const replies = await run.consent(declined(String(outcome?.attachments?.[0]?.contentUrl?.split('/')[4])));
    expect(invokeStatus(replies)).toBe(501);
  });
});
