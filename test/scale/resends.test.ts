import { PDFDocument } from 'pdf-lib';
import { RunningApp, startApp } from '../../bot/app';
import { silentLogger } from '../../bot/logger';
import { gieConversation } from '../../bench/gieScript';
import { RecordingChannel } from '../helpers/recordingChannel';

/** The GIE conversation up to «Nom de l'administrateur technique 1 ?» (its 17 first messages). */
const untilAdminName = gieConversation(3).slice(0, 17);
/** What follows the admin's last name in that conversation: first name, phone, e-mail, no more admins, confirm. */
const afterAdminName = ['Jean', '0667529323', 'certificats@exemple.fr', 'non', 'oui'];
const alreadyNoted = /déjà noté/;
const overtaken = /arrivé alors que je passais à la question suivante/;

describe('one instance, memory storage: a message is only filed under a question the user had seen', () => {
  let app: RunningApp;
  let channel: RecordingChannel;
  let botUrl: string;

  beforeAll(async () => {
    app = await startApp({
      env: { PORT: '0', LOG_LEVEL: 'error', STORAGE: 'memory', ANNUAIRE_LOOKUP: 'off' },
      port: 0,
      logger: silentLogger,
      followUpTimer: false,
    });
    botUrl = `http://127.0.0.1:${app.port}`;
    channel = new RecordingChannel();
    await channel.start();
  });
  afterAll(async () => {
    await channel.stop();
    await app.close();
  });

  const reachAdminName = async (conversation: string) => {
    for (const text of untilAdminName) expect(await channel.say(botUrl, conversation, text)).toBe(200);
    expect(channel.lastSlot(conversation)).toBe('admin[1].nom');
    return channel.repliesOf(conversation).length;
  };
  const finish = async (conversation: string) => {
    for (const text of afterAdminName) await channel.say(botUrl, conversation, text);
    const outcome = channel.repliesOf(conversation).find((reply) => reply.channelData?.outcome !== undefined);
    const url =
      outcome?.attachments?.find((attachment) => attachment.contentType === 'application/pdf')?.contentUrl ?? '';
    const response = await fetch(`${botUrl}${new URL(url).pathname}`);
    expect(response.status).toBe(200);
    return (await PDFDocument.load(new Uint8Array(await response.arrayBuffer()))).getForm();
  };

  it('«MARTIN» sent twice at once at the admin name: noted once, «déjà noté», the first name still asked', async () => {
    const before = await reachAdminName('twice');
    await Promise.all([channel.say(botUrl, 'twice', 'MARTIN'), channel.say(botUrl, 'twice', 'MARTIN')]);
    const replies = channel.repliesOf('twice').slice(before);
    expect(replies.filter((reply) => alreadyNoted.test(reply.text ?? ''))).toHaveLength(1);
    expect(
      replies.filter((reply) => reply.inputHint === 'expectingInput').map((reply) => reply.channelData?.slot),
    ).toEqual(['admin[1].prenom', 'admin[1].prenom']);
    const form = await finish('twice');
    expect(form.getTextField('admin1.nom').getText()).toBe('MARTIN');
    expect(form.getTextField('admin1.prenom').getText()).toBe('JEAN');
  }, 60_000);

  it('two different messages at once: the second is not filed as the first name; the bot says so and asks again', async () => {
    const before = await reachAdminName('different');
    await Promise.all([channel.say(botUrl, 'different', 'MARTIN'), channel.say(botUrl, 'different', 'DURAND')]);
    const replies = channel.repliesOf('different').slice(before);
    expect(replies.filter((reply) => overtaken.test(reply.text ?? ''))).toHaveLength(1);
    expect(channel.lastSlot('different')).toBe('admin[1].prenom');
    const form = await finish('different');
    expect(form.getTextField('admin1.nom').getText()).toBe('MARTIN');
    expect(form.getTextField('admin1.prenom').getText()).toBe('JEAN');
  }, 60_000);

  it('a channel delivering the same activity again (same id) gets «déjà noté», even long after', async () => {
    const before = await reachAdminName('redelivered');
    await channel.say(botUrl, 'redelivered', 'MARTIN', { id: 'activity-martin' });
    await channel.say(botUrl, 'redelivered', 'MARTIN', { id: 'activity-martin' });
    const replies = channel.repliesOf('redelivered').slice(before);
    expect(alreadyNoted.test(replies.at(-2)?.text ?? '')).toBe(true);
    expect(channel.lastSlot('redelivered')).toBe('admin[1].prenom');
  }, 60_000);

  it('the same words sent again after the next question was seen are an answer to it (a MARTIN called Martin)', async () => {
    await reachAdminName('namesake');
    await channel.say(botUrl, 'namesake', 'MARTIN');
    await channel.say(botUrl, 'namesake', 'MARTIN');
    expect(channel.lastSlot('namesake')).toBe('admin[1].telephone');
  }, 60_000);

  it('answers in English in an English conversation', async () => {
    await channel.say(botUrl, 'english', 'hello', { locale: 'en-US' });
    await channel.say(botUrl, 'english', 'a GIE', { locale: 'en-US', id: 'gie-once' });
    await channel.say(botUrl, 'english', 'a GIE', { locale: 'en-US', id: 'gie-once' });
    expect(channel.repliesOf('english').some((reply) => /Already noted/.test(reply.text ?? ''))).toBe(true);
  }, 60_000);
});
