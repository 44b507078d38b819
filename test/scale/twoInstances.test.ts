import { RunningApp, startApp } from '../../bot/app';
import { silentLogger } from '../../bot/logger';
import { ChannelDriver, Reply } from '../../bench/channelDriver';
import { gieConversation } from '../../bench/gieScript';
import { Azurite, startAzurite } from '../state/azurite';

const endsTurn = (reply: Reply): boolean => reply.inputHint === 'expectingInput' || reply.channelData?.outcome !== undefined;
const slotOf = (reply: Reply) => reply.channelData?.slot;

describe('two bot instances on one Azure Blob storage (Azurite)', () => {
  let azurite: Azurite;
  let instances: RunningApp[];
  let drivers: ChannelDriver[];

  beforeAll(async () => {
    azurite = await startAzurite();
    const env = { PORT: '0', LOG_LEVEL: 'error', STORAGE: 'azureBlob', AZURE_STORAGE_CONNECTION_STRING: azurite.connectionString };
    instances = [await startApp({ env, port: 0, logger: silentLogger, followUpTimer: false }), await startApp({ env, port: 0, logger: silentLogger, followUpTimer: false })];
    drivers = instances.map((app) => new ChannelDriver(`http://127.0.0.1:${app.port}`, endsTurn));
    for (const driver of drivers) await driver.start();
  }, 60_000);

  afterAll(async () => {
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
      expect(Buffer.from(await response.arrayBuffer()).subarray(0, 5).toString()).toBe('%PDF-');
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
});
