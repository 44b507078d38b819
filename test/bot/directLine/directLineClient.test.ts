import { ActivityTypes } from 'botbuilder';
import type { Activity } from 'botframework-directlinejs';
import { connectDirectLine, DirectLineClient, installDirectLineGlobals } from '../../helpers/nodeDirectLine';
import { EchoBot } from '../../helpers/testBots';
import { startTestServer, TestServer } from '../../helpers/testServer';

installDirectLineGlobals();

const textOf = (activity: Activity): string | undefined => (activity.type === 'message' ? activity.text : undefined);

const generateToken = async (baseUrl: string): Promise<string> => {
  const res = await fetch(`${baseUrl}/v3/directline/tokens/generate`, { method: 'POST' });
  const body: unknown = await res.json();
  const token: unknown = body && typeof body === 'object' ? Reflect.get(body, 'token') : undefined;
  if (typeof token !== 'string') throw new Error('no token');
  return token;
};

describe.each([
  ['polling', false, {}],
  ['WebSocket', true, {}],
  [
    'WebSocket, with an app id configured',
    true,
    { MicrosoftAppId: '00000000-0000-0000-0000-000000000002', MicrosoftAppPassword: 'not-used-locally' },
  ],
])('botframework-directlinejs over %s', (_transport, webSocket, env) => {
  let server: TestServer;
  let bot: EchoBot;
  let client: DirectLineClient;
  beforeAll(async () => {
    bot = new EchoBot();
    server = await startTestServer({ bot, env });
    client = connectDirectLine({ baseUrl: server.baseUrl, token: await generateToken(server.baseUrl), webSocket });
  });
  afterAll(async () => {
    client.end();
    await server.close();
  });

  it('starts the conversation: the bot welcomes the user', async () => {
    const welcome = await client.waitFor((activity) => textOf(activity) === 'welcome');
    expect(welcome.from.role).toBe('bot');
    expect(bot.received[0]).toMatchObject({ type: ActivityTypes.ConversationUpdate });
  });

  it('sends a message, sees it echoed with its clientActivityID, then the reply', async () => {
    const id = await client.post({
      type: 'message',
      text: 'bonjour',
      from: { id: 'someone-else', name: 'Camille' },
      channelData: { clientActivityID: 'client-1' },
    });
    const echo = await client.waitFor((activity) => activity.id === id);
    expect(echo).toMatchObject({
      text: 'bonjour',
      from: { role: 'user', name: 'Camille' },
      channelData: { clientActivityID: 'client-1' },
    });
    // The user id is the one bound to the token, not whatever the client claims.
    expect(echo.from.id).toMatch(/^dl_[0-9a-f]{24}$/);
    const reply = await client.waitFor((activity) => textOf(activity) === 'echo: bonjour');
    expect(reply).toMatchObject({ replyToId: id, from: { role: 'bot' } });
  });

  it('receives a later proactive message', async () => {
    const [conversationId, reference] = [...bot.references.entries()][0] ?? [];
    expect(conversationId).toBe(client.activities[0]?.conversation?.id);
    await server.app.adapter.continueConversationAsync(
      server.app.adapter.authentication.appId,
      reference ?? {},
      async (context) => {
        await context.sendActivity('rappel : votre formulaire attend');
      },
    );
    await client.waitFor((activity) => textOf(activity) === 'rappel : votre formulaire attend');
  });

  it(webSocket ? 'received everything through the stream, without polling' : 'polled the activities', () => {
    const polls = server.logs.filter(
      (line) => line.includes('"method":"GET"') && line.includes('/conversations/:conversationId/activities'),
    );
    expect(polls.length > 0).toBe(!webSocket);
  });
});
