import { ChannelDriver, Reply } from '../../bench/channelDriver';
import { gieConversation } from '../../bench/gieScript';
import { RunningApp, startApp } from '../../bot/app';
import { silentLogger } from '../../bot/logger';

jest.setTimeout(120_000);

// Issue 13 §10: the renewal .ics UID carried the conversation id, and the file is meant to be forwarded.
describe('the renewal reminder of a whole conversation through the real server', () => {
  let app: RunningApp;
  let driver: ChannelDriver;
  beforeAll(async () => {
    app = await startApp({ env: { PORT: '0' }, port: 0, logger: silentLogger, followUpTimer: false });
    driver = new ChannelDriver(`http://127.0.0.1:${app.port}`, (reply) => reply.inputHint === 'expectingInput');
    await driver.start();
  });
  afterAll(async () => {
    await driver.stop();
    await app.close();
  });

  const reminderUid = async (conversationId: string): Promise<string> => {
    let last: Reply | undefined;
    for (const text of gieConversation(1)) last = (await driver.say(conversationId, text)).reply;
    const link = last?.attachments
      ?.map((attachment) => attachment.contentUrl ?? '')
      .find((url) => url.endsWith('.ics'));
    if (!link) throw new Error('no .ics among the documents');
    const calendar = await (await fetch(`http://127.0.0.1:${app.port}${new URL(link).pathname}`)).text();
    return (
      calendar
        .replace(/\r\n[ \t]/g, '')
        .split('\r\n')
        .find((line) => line.startsWith('UID:'))
        ?.slice('UID:'.length) ?? ''
    );
  };

  it('has a random UID that says nothing of the conversation', async () => {
    const conversationId = 'conv-2026-secretariat-rouen';
    const [first, second] = [await reminderUid(conversationId), await reminderUid('conv-other')];
    expect(first).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}@assistant-413$/);
    expect(first).not.toContain('secretariat');
    expect(second).not.toBe(first);
  });
});
