import { BlobServiceClient } from '@azure/storage-blob';
import { PDFDocument } from 'pdf-lib';
import { RunningApp, startApp } from '../../bot/app';
import { silentLogger } from '../../bot/logger';
import { gieConversation } from '../../bench/gieScript';
import { RecordingChannel } from '../helpers/recordingChannel';
import { Azurite, startAzurite } from '../bot/state/azurite';

const retryLater = /Réessayez dans un instant/;
const lostAnswers = /Je ne retrouve pas vos réponses précédentes/;

describe('storage faults, two instances on Azurite: nothing lost, nothing misfiled, everything heals', () => {
  let azurite: Azurite;
  let env: NodeJS.ProcessEnv;
  let instances: RunningApp[];
  let channel: RecordingChannel;
  const url = (app: RunningApp | undefined) => `http://127.0.0.1:${app?.port ?? 0}`;
  /** Sends each message to the instances in turn, as a round-robin load balancer would. */
  const sayAll = async (conversation: string, texts: string[], locale?: string) => {
    for (const [index, text] of texts.entries())
      await channel.say(url(instances[index % 2]), conversation, text, { locale });
  };
  const pdfPathOf = (conversation: string): string => {
    const outcome = channel.repliesOf(conversation).find((reply) => reply.channelData?.outcome !== undefined);
    const link = outcome?.attachments?.find((attachment) => attachment.contentType === 'application/pdf')?.contentUrl;
    if (!link) throw new Error(`${conversation}: no Form 413 link`);
    return new URL(link).pathname;
  };
  const download = (app: RunningApp | undefined, path: string) => fetch(`${url(app)}${path}`);

  beforeAll(async () => {
    azurite = await startAzurite();
    env = {
      PORT: '0',
      LOG_LEVEL: 'error',
      STORAGE: 'azureBlob',
      AZURE_STORAGE_CONNECTION_STRING: azurite.connectionString,
      STORAGE_TIMEOUT_MS: '1000',
      ANNUAIRE_LOOKUP: 'off',
    };
    instances = [
      await startApp({ env, port: 0, logger: silentLogger, followUpTimer: false }),
      await startApp({ env, port: 0, logger: silentLogger, followUpTimer: false }),
    ];
    channel = new RecordingChannel();
    await channel.start();
  }, 60_000);

  afterAll(async () => {
    await channel.stop();
    for (const app of instances) await app.close();
    await azurite.stop();
  });

  it('a paused storage: «réessayez» at the deadline, downloads 503, /health up; once it wakes the answer counts once', async () => {
    await sayAll('before-pause', gieConversation(1));
    const pdf = pdfPathOf('before-pause');
    await sayAll('paused', gieConversation(2).slice(0, 17));
    expect(channel.lastSlot('paused')).toBe('admin[1].nom');
    const before = channel.repliesOf('paused').length;

    azurite.pause();
    try {
      await channel.say(url(instances[0]), 'paused', 'MARTIN');
      await channel.say(url(instances[1]), 'paused', 'MARTIN');
      const during = channel.repliesOf('paused').slice(before);
      expect(during.map((reply) => retryLater.test(reply.text ?? ''))).toEqual([true, true]);

      const refused = await download(instances[0], pdf);
      const body = await refused.text();
      expect(refused.status).toBe(503);
      expect(refused.headers.get('retry-after')).toBe('5');
      expect(JSON.parse(body)).toMatchObject({
        error: { code: 'ServiceUnavailable', correlationId: expect.stringMatching(/^[0-9a-f]{16}$/) },
      });
      expect(body).not.toMatch(/127\.0\.0\.1|devstoreaccount|azurite/i);
      expect((await fetch(`${url(instances[1])}/health`)).status).toBe(200);
    } finally {
      azurite.resume();
    }

    await channel.say(url(instances[0]), 'paused', 'MARTIN');
    expect(channel.lastSlot('paused')).toBe('admin[1].prenom');
    await sayAll('paused', gieConversation(2).slice(18));
    const form = (
      await PDFDocument.load(new Uint8Array(await (await download(instances[1], pdfPathOf('paused'))).arrayBuffer()))
    ).getForm();
    expect(form.getTextField('admin1.nom').getText()).toBe('MARTIN');
    expect(form.getTextField('admin1.prenom').getText()).toBe('JEAN');
    expect((await download(instances[0], pdf)).status).toBe(200);
  }, 120_000);

  it.each([
    ['fr-FR', lostAnswers],
    ['en-US', /I cannot find your earlier answers/],
  ])(
    'a storage restart that lost everything: the next answer is told so (%s) and the request starts again',
    async (locale, notice) => {
      const conversation = `lost-${locale}`;
      await sayAll(
        conversation,
        ['bonjour', locale === 'fr-FR' ? 'un GIE' : 'a GIE', locale === 'fr-FR' ? 'non' : 'no'],
        locale,
      );
      await azurite.restart();
      const before = channel.repliesOf(conversation).length;
      await channel.say(url(instances[1]), conversation, locale === 'fr-FR' ? 'dmp et insi' : 'dmp and insi', {
        locale,
      });
      const replies = channel.repliesOf(conversation).slice(before);
      expect(notice.test(replies[0]?.text ?? '')).toBe(true);
      expect(replies.at(-1)?.channelData?.slot).toBe('risController');
    },
    60_000,
  );

  it('a new conversation after the restart is not told anything was lost', async () => {
    await channel.say(url(instances[0]), 'new-after-restart', 'bonjour');
    const replies = channel.repliesOf('new-after-restart');
    expect(replies.some((reply) => lostAnswers.test(reply.text ?? ''))).toBe(false);
    expect(channel.lastSlot('new-after-restart')).toBe('risController');
  }, 60_000);

  it('documents work again after the storage lost its containers between turns', async () => {
    await sayAll('containers-before', gieConversation(3));
    const old = pdfPathOf('containers-before');
    const service = BlobServiceClient.fromConnectionString(azurite.connectionString);
    for await (const container of service.listContainers()) await service.deleteContainer(container.name);

    await sayAll('containers-after', gieConversation(4));
    for (const app of instances) {
      const response = await download(app, pdfPathOf('containers-after'));
      expect(response.status).toBe(200);
      expect(
        Buffer.from(await response.arrayBuffer())
          .subarray(0, 5)
          .toString(),
      ).toBe('%PDF-');
    }
    expect((await download(instances[0], old)).status).toBe(404);
  }, 120_000);

  it('an instance that started while the storage was down makes and serves documents once it is back', async () => {
    await azurite.kill();
    const late = await startApp({ env, port: 0, logger: silentLogger, followUpTimer: false });
    try {
      expect((await download(late, `/documents/${'a'.repeat(43)}/formulaire.pdf`)).status).toBe(503);
      await channel.say(url(late), 'started-during-outage', 'bonjour');
      expect(retryLater.test(channel.repliesOf('started-during-outage').at(-1)?.text ?? '')).toBe(true);
      await azurite.restart();
      for (const text of gieConversation(5)) await channel.say(url(late), 'started-during-outage', text);
      const response = await download(late, pdfPathOf('started-during-outage'));
      expect(response.status).toBe(200);
    } finally {
      await late.close();
    }
  }, 120_000);
});
