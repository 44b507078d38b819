import { generateKeyPairSync } from 'node:crypto';
import { RunningApp, startApp } from '../../bot/app';
import { createLogger } from '../../bot/logger';
import { ChannelMock, startChannelMock } from '../helpers/channelMock';

const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
const pem = privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();
const der = privateKey.export({ type: 'pkcs8', format: 'der' });
const base64 = der.toString('base64');
const groups = (text: string, width: number) => (text.match(new RegExp(`.{1,${width}}`, 'g')) ?? []).join(' ');
const middle = (text: string) => text.slice(Math.floor(text.length / 2) - 15, Math.floor(text.length / 2) + 15);

/** Each place of an activity a client may fill, with a key (or part of one) in it. */
const placements: Array<[string, (key: string) => Record<string, unknown>, string]> = [
  ['text, base64 in groups of 4', (key) => ({ type: 'message', text: key }), groups(base64, 4)],
  ['text, hex', (key) => ({ type: 'message', text: `voici : ${key}` }), der.toString('hex')],
  [
    'value, base64 in groups of 32',
    (key) => ({ type: 'message', text: 'ma CSR', value: { csr: key } }),
    groups(base64, 32),
  ],
  [
    'an attachment, inline content',
    (key) => ({
      type: 'message',
      text: 'pièce jointe',
      attachments: [{ contentType: 'text/plain', content: { body: key } }],
    }),
    pem,
  ],
  [
    'an attachment, data: URL',
    (key) => ({
      type: 'message',
      text: 'fichier',
      attachments: [{ contentType: 'application/octet-stream', contentUrl: key, name: 'cle.der' }],
    }),
    `data:application/octet-stream;base64,${base64}`,
  ],
  [
    'channelData',
    (key) => ({ type: 'message', text: 'bonjour', channelData: { clientActivityID: 'c1', note: key } }),
    pem,
  ],
  [
    'entities',
    (key) => ({ type: 'message', text: 'bonjour', entities: [{ type: 'note', text: key }] }),
    base64.slice(base64.length / 2),
  ],
  [
    'from.name, half a key',
    (key) => ({ type: 'message', text: 'bonjour', from: { name: key } }),
    base64.slice(800, 1000),
  ],
  ['an event name and value', (key) => ({ type: 'event', name: key, value: key }), base64.slice(1000, 1200)],
];

const json = async (res: Response): Promise<Record<string, unknown>> => {
  const body: unknown = await res.json();
  return body && typeof body === 'object' ? Object.fromEntries(Object.entries(body)) : {};
};

// Issue 13 §4: the bridge recorded the activity before the guard ran, and the guard read text and value only.
describe('a private key pasted anywhere in an activity, through the real server', () => {
  let app: RunningApp;
  let base: string;
  const logs: string[] = [];
  beforeAll(async () => {
    const logger = createLogger({ level: 'debug', write: (line) => logs.push(line) });
    app = await startApp({
      env: { PORT: '0', DIRECT_LINE_TOKENS_PER_MINUTE: '1000', DIRECT_LINE_CONVERSATIONS_PER_MINUTE: '1000' },
      port: 0,
      logger,
      followUpTimer: false,
    });
    base = `http://127.0.0.1:${app.port}`;
  });
  afterAll(() => app.close());

  const openConversation = async () => {
    const { token } = await json(await fetch(`${base}/v3/directline/tokens/generate`, { method: 'POST' }));
    const headers = { Authorization: `Bearer ${String(token)}`, 'Content-Type': 'application/json' };
    const started = await json(
      await fetch(`${base}/v3/directline/conversations`, {
        method: 'POST',
        headers,
        body: JSON.stringify({ locale: 'fr-FR' }),
      }),
    );
    return { id: String(started.conversationId), headers };
  };

  it.each(placements)(
    '%s: neither the Direct Line history, the transcript nor the logs keep it',
    async (_place, activity, key) => {
      const conversation = await openConversation();
      const posted = await fetch(`${base}/v3/directline/conversations/${conversation.id}/activities`, {
        method: 'POST',
        headers: conversation.headers,
        body: JSON.stringify({ locale: 'fr-FR', ...activity(key) }),
      });
      expect(posted.status).toBe(200);
      const history = JSON.stringify(
        await json(
          await fetch(`${base}/v3/directline/conversations/${conversation.id}/activities`, {
            headers: conversation.headers,
          }),
        ),
      );
      const transcript = JSON.stringify(
        await app.stores.transcripts.getTranscriptActivities('directline', conversation.id),
      );
      const needle = middle(key);
      expect(history).not.toContain(needle);
      expect(transcript).not.toContain(needle);
      expect(logs.join('\n')).not.toContain(needle);
      expect(history).toContain('[clé privée retirée]');
      expect(transcript).toContain('[clé privée retirée]');
      if (activity(key).type === 'message') expect(history).toContain('vous avez collé une clé privée');
    },
  );

  describe('through /api/messages (Emulator, Teams)', () => {
    let channel: ChannelMock;
    beforeAll(async () => {
      channel = await startChannelMock();
    });
    afterAll(() => channel.close());

    it('an attachment and channelData are cleaned before the transcript, and the user is warned', async () => {
      const res = await fetch(`${base}/api/messages`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({
          type: 'message',
          id: 'k1',
          text: 'voici le fichier',
          locale: 'fr-FR',
          channelId: 'emulator',
          serviceUrl: channel.url,
          from: { id: 'user-k' },
          recipient: { id: 'bot' },
          conversation: { id: 'conv-key' },
          attachments: [
            { contentType: 'application/octet-stream', contentUrl: `data:application/octet-stream;base64,${base64}` },
          ],
          channelData: { pasted: groups(base64, 4) },
        }),
      });
      expect(res.status).toBe(200);
      const [reply] = await channel.waitFor(1);
      expect(String(reply?.activity.text)).toContain('vous avez collé une clé privée');
      const transcript = JSON.stringify(await app.stores.transcripts.getTranscriptActivities('emulator', 'conv-key'));
      expect(transcript).not.toContain(middle(base64));
      expect(transcript).not.toContain(middle(groups(base64, 4)));
      expect(transcript).toContain('[clé privée retirée]');
    });
  });
});
