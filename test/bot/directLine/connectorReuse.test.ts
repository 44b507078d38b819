import { ActivityHandler, TurnContext } from 'botbuilder';
import { AuthenticationConstants, ClaimsIdentity } from 'botframework-connector';
import { BridgeAwareAuthentication } from '../../../bot/directLine/bridgedAdapter';
import { appIdOf, ReuseCache } from '../../../bot/directLine/connectorReuse';
import { ChannelMock, startChannelMock } from '../../helpers/channelMock';
import { startTestServer, TestServer } from '../../helpers/testServer';

describe('ReuseCache', () => {
  it('makes a value once per key and hands the same one out again', async () => {
    const cache = new ReuseCache<object>();
    let made = 0;
    const make = async () => ({ made: (made += 1) });
    const [first, again, other] = await Promise.all([cache.get('a', make), cache.get('a', make), cache.get('b', make)]);
    expect(again).toBe(first);
    expect(other).not.toBe(first);
    expect(made).toBe(2);
  });

  it('forgets a failed creation, so the next call tries again', async () => {
    const cache = new ReuseCache<string>();
    await expect(cache.get('a', () => Promise.reject(new Error('no credentials')))).rejects.toThrow('no credentials');
    await expect(cache.get('a', async () => 'made')).resolves.toBe('made');
  });

  it('drops the oldest entry past its bound', async () => {
    const cache = new ReuseCache<string>(2);
    await Promise.all(['a', 'b', 'c'].map((key) => cache.get(key, async () => key)));
    expect(cache.size).toBe(2);
    await expect(cache.get('a', async () => 'a again')).resolves.toBe('a again');
    await expect(cache.get('c', async () => 'c again')).resolves.toBe('c');
  });
});

describe('appIdOf', () => {
  const cases: Array<[string, Array<{ type: string; value: string }>, string]> = [
    [
      'a channel token (audience claim)',
      [{ type: AuthenticationConstants.AudienceClaim, value: 'bot-app' }],
      'bot-app',
    ],
    [
      'the Emulator (app id claim)',
      [{ type: AuthenticationConstants.AppIdClaim, value: 'emulator-app' }],
      'emulator-app',
    ],
    ['authentication disabled (no claim)', [], ''],
  ];
  it.each(cases)('reads %s', (_case, claims, expected) => {
    expect(appIdOf(new ClaimsIdentity(claims, true))).toBe(expected);
  });
});

/** Records the connector and user token clients each turn was given. */
class ClientsBot extends ActivityHandler {
  readonly seen: Array<{ connector: unknown; userToken: unknown }> = [];
  constructor(keys: () => { connector: symbol; userToken: symbol }) {
    super();
    this.onMessage(async (context: TurnContext, next) => {
      const { connector, userToken } = keys();
      this.seen.push({ connector: context.turnState.get(connector), userToken: context.turnState.get(userToken) });
      await context.sendActivity(`echo: ${context.activity.text}`);
      await next();
    });
  }
}

describe('POST /api/messages: clients kept across turns', () => {
  let server: TestServer;
  let channels: ChannelMock[];
  const bot = new ClientsBot(() => ({
    connector: server.app.adapter.ConnectorClientKey,
    userToken: server.app.adapter.UserTokenClientKey,
  }));
  beforeAll(async () => {
    channels = await Promise.all([startChannelMock(), startChannelMock()]);
    server = await startTestServer({ bot });
  });
  afterAll(async () => {
    await server.close();
    await Promise.all(channels.map((channel) => channel.close()));
  });

  const post = (serviceUrl: string, id: string) =>
    fetch(`${server.baseUrl}/api/messages`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({
        type: 'message',
        id,
        text: id,
        channelId: 'emulator',
        serviceUrl,
        from: { id: 'user-1' },
        recipient: { id: 'bot' },
        conversation: { id: 'conv-1' },
      }),
    });

  it('gives every turn to one serviceUrl the same clients, another serviceUrl its own connector client, and every reply arrives', async () => {
    const [first, second] = channels;
    if (!first || !second) throw new Error('two channels expected');
    for (const [serviceUrl, id] of [
      [first.url, 'm1'],
      [first.url, 'm2'],
      [second.url, 'm3'],
    ] as const)
      expect((await post(serviceUrl, id)).status).toBe(200);
    expect((await first.waitFor(2)).map((call) => call.activity.text)).toEqual(['echo: m1', 'echo: m2']);
    expect((await second.waitFor(1)).map((call) => call.activity.text)).toEqual(['echo: m3']);
    const [one, two, three] = bot.seen;
    expect(one?.connector).toBeDefined();
    expect(two?.connector).toBe(one?.connector);
    expect(three?.connector).not.toBe(one?.connector);
    expect(one?.userToken).toBeDefined();
    expect(new Set(bot.seen.map((turn) => turn.userToken)).size).toBe(1);
  });
});

describe('BridgeAwareAuthentication: bridge clients', () => {
  const auth = new BridgeAwareAuthentication({}, '');
  const claims = new ClaimsIdentity([], true);
  const bridgeUrl = 'http://127.0.0.1:9/directline/callback';

  it('keeps one client per registered bridge, and a new one once the bridge registers again', async () => {
    const unregister = auth.registerBridge(bridgeUrl, 'secret-1');
    const first = await auth.createConnectorFactory(claims).create(bridgeUrl);
    expect(await auth.createConnectorFactory(claims).create(bridgeUrl)).toBe(first);
    unregister();
    auth.registerBridge(bridgeUrl, 'secret-2');
    expect(await auth.createConnectorFactory(claims).create(bridgeUrl)).not.toBe(first);
  });

  it('still makes a client of its own for another spelling of the bridge URL', async () => {
    auth.registerBridge(bridgeUrl, 'secret-3');
    const registered = await auth.createConnectorFactory(claims).create(bridgeUrl);
    expect(await auth.createConnectorFactory(claims).create(`${bridgeUrl}/`)).not.toBe(registered);
  });
});
