import { RunningApp, startApp } from '../../../bot/app';
import { silentLogger } from '../../../bot/logger';
import { RecordingChannel } from '../../helpers/recordingChannel';

const lostNotice = /Je ne retrouve pas vos réponses précédentes/;

describe('the memory storage forgets idle conversations, and says so to a user who comes back', () => {
  let app: RunningApp;
  let channel: RecordingChannel;
  let botUrl: string;
  let time = Date.UTC(2026, 11, 2, 9, 0);

  beforeAll(async () => {
    const env = { PORT: '0', LOG_LEVEL: 'error', STORAGE: 'memory', ANNUAIRE_LOOKUP: 'off', MEMORY_IDLE_MINUTES: '30' };
    app = await startApp({ env, port: 0, logger: silentLogger, followUpTimer: false, now: () => new Date(time) });
    botUrl = `http://127.0.0.1:${app.port}`;
    channel = new RecordingChannel();
    await channel.start();
  });
  afterAll(async () => {
    await channel.stop();
    await app.close();
  });

  it('keeps the answers of a conversation that goes on, however long, while no pause exceeds the idle time', async () => {
    await channel.say(botUrl, 'steady', 'bonjour');
    for (const text of ['un GIE', 'non', 'dmp et insi']) {
      time += 25 * 60_000;
      await channel.say(botUrl, 'steady', text);
    }
    expect(channel.repliesOf('steady').some((reply) => lostNotice.test(reply.text ?? ''))).toBe(false);
    expect(channel.lastSlot('steady')).toBe('pfiRelay');
  });

  it('drops a conversation idle past MEMORY_IDLE_MINUTES; its next message hears that the answers are gone, then the first question', async () => {
    await channel.say(botUrl, 'idle', 'bonjour');
    await channel.say(botUrl, 'idle', 'un GIE');
    expect(channel.lastSlot('idle')).toBe('sharedCertifiedRis');
    time += 31 * 60_000;
    const before = channel.repliesOf('idle').length;
    await channel.say(botUrl, 'idle', 'non');
    const replies = channel.repliesOf('idle').slice(before);
    expect(replies[0]?.text).toMatch(lostNotice);
    expect(channel.lastSlot('idle')).toBe('risController');
  });
});
