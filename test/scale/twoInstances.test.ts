import { ContainerClient } from '@azure/storage-blob';
import { RunningApp, startApp } from '../../bot/app';
import { silentLogger } from '../../bot/logger';
import { lockBlobName } from '../../bot/state/blobConversationLock';
import { ChannelDriver, Reply } from '../../bench/channelDriver';
import { gieConversation } from '../../bench/gieScript';
import { RecordingChannel } from '../helpers/recordingChannel';
import { Azurite, startAzurite } from '../bot/state/azurite';

const endsTurn = (reply: Reply): boolean =>
  reply.inputHint === 'expectingInput' || reply.channelData?.outcome !== undefined;
const slotOf = (reply: Reply) => reply.channelData?.slot;

describe('two bot instances on one Azure Blob storage (Azurite)', () => {
  let azurite: Azurite;
  let instances: RunningApp[];
  let drivers: ChannelDriver[];
  let channel: RecordingChannel;
  const urls = () => instances.map((app) => `http://127.0.0.1:${app.port}`);

  beforeAll(async () => {
    azurite = await startAzurite();
    const env = {
      PORT: '0',
      LOG_LEVEL: 'error',
      STORAGE: 'azureBlob',
      AZURE_STORAGE_CONNECTION_STRING: azurite.connectionString,
    };
    instances = [
      await startApp({ env, port: 0, logger: silentLogger, followUpTimer: false }),
      await startApp({ env, port: 0, logger: silentLogger, followUpTimer: false }),
    ];
    drivers = instances.map((app) => new ChannelDriver(`http://127.0.0.1:${app.port}`, endsTurn));
    for (const driver of drivers) await driver.start();
    channel = new RecordingChannel();
    await channel.start();
  }, 60_000);

  afterAll(async () => {
    await channel.stop();
    for (const driver of drivers) await driver.stop();
    for (const app of instances) await app.close();
    await azurite.stop();
  });

  it('completes a conversation whose turns alternate between the instances; documents download from both', async () => {
    let last: Reply | undefined;
    for (const [index, text] of gieConversation(7).entries()) {
      last = (await drivers[index % 2]!.say('alternating', text)).reply;
    }
    const outcome = last?.channelData?.outcome as { kind: string; forms: number } | undefined;
    expect(outcome).toMatchObject({ kind: 'form413', forms: 1 });
    const formUrl = last?.attachments?.[0]?.contentUrl ?? '';
    const path = new URL(formUrl).pathname;
    for (const app of instances) {
      const response = await fetch(`http://127.0.0.1:${app.port}${path}`);
      expect(response.status).toBe(200);
      expect(
        Buffer.from(await response.arrayBuffer())
          .subarray(0, 5)
          .toString(),
      ).toBe('%PDF-');
    }
  }, 60_000);

  it('loses no answer when two messages of one conversation reach both instances at once', async () => {
    await drivers[0]!.say('concurrent', 'bonjour');
    // Two answers sent together: the first question's and the next one's.
    await Promise.all([drivers[0]!.say('concurrent', 'un GIE'), drivers[1]!.say('concurrent', 'non')]);
    // Whatever the order, «un GIE» is kept: without eTags the other turn's save could erase it.
    const next = await drivers[1]!.say('concurrent', 'aide');
    expect(['sharedCertifiedRis', 'services']).toContain(slotOf(next.reply));
  }, 60_000);

  it('tells the user to retry while the storage is down, and recovers when it is back', async () => {
    await drivers[0]!.say('outage', 'bonjour');
    await azurite.stop();
    // The apology is the turn's only message: any reply ends this turn.
    const anyReply = new ChannelDriver(`http://127.0.0.1:${instances[1]!.port}`, (reply) => reply.text !== undefined);
    await anyReply.start();
    const during = await anyReply.say('outage', 'un GIE');
    expect(during.reply.text).toMatch(/Réessayez dans un instant/);
    await azurite.restart();
    const after = await anyReply.say('outage', 'un GIE');
    await anyReply.stop();
    expect(after.reply.text).not.toMatch(/Réessayez dans un instant/);
  }, 60_000);

  /** A conversation at «Nom de l'administrateur technique 1 ?», its turns alternating between the instances. */
  const reachAdminName = async (conversation: string) => {
    for (const [index, text] of gieConversation(5).slice(0, 17).entries())
      await channel.say(urls()[index % 2] ?? '', conversation, text);
    expect(channel.lastSlot(conversation)).toBe('admin[1].nom');
    return channel.repliesOf(conversation).length;
  };

  it.each([1, 2, 3])(
    'files «MARTIN» sent to both instances at once only once, and says «déjà noté» (try %i)',
    async (attempt) => {
      const conversation = `identical-${attempt}`;
      const before = await reachAdminName(conversation);
      await Promise.all(urls().map((url) => channel.say(url, conversation, 'MARTIN')));
      const replies = channel.repliesOf(conversation).slice(before);
      expect(replies.filter((reply) => /déjà noté/.test(reply.text ?? ''))).toHaveLength(1);
      expect(
        replies.filter((reply) => reply.inputHint === 'expectingInput').map((reply) => reply.channelData?.slot),
      ).toEqual(['admin[1].prenom', 'admin[1].prenom']);
    },
    60_000,
  );

  it.each([1, 2, 3])(
    'never files the second of two different messages under the next question; says so and asks again (try %i)',
    async (attempt) => {
      const conversation = `different-${attempt}`;
      const before = await reachAdminName(conversation);
      await Promise.all([
        channel.say(urls()[0] ?? '', conversation, 'MARTIN'),
        channel.say(urls()[1] ?? '', conversation, 'DURAND'),
      ]);
      const replies = channel.repliesOf(conversation).slice(before);
      expect(
        replies.filter((reply) => /arrivé alors que je passais à la question suivante/.test(reply.text ?? '')),
      ).toHaveLength(1);
      expect(channel.lastSlot(conversation)).toBe('admin[1].prenom');
    },
    60_000,
  );

  it('waits out the lease of an instance that died holding the conversation, then goes on where it was', async () => {
    await channel.say(urls()[0] ?? '', 'orphan', 'bonjour');
    // As an instance killed mid-turn: the conversation's lease is taken, then neither renewed nor released.
    const lockBlob = new ContainerClient(azurite.connectionString, 'assistant413-state').getBlockBlobClient(
      lockBlobName('emulator/orphan'),
    );
    await lockBlob.getBlobLeaseClient().acquireLease(15);
    expect(await channel.say(urls()[1] ?? '', 'orphan', 'un GIE')).toBe(200);
    expect(channel.lastSlot('orphan')).toBe('sharedCertifiedRis');
  }, 60_000);
});
