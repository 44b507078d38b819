import { createHash, timingSafeEqual } from 'node:crypto';
import {
  Activity,
  CloudAdapter,
  ConfigurationBotFrameworkAuthentication,
  ConfigurationBotFrameworkAuthenticationOptions,
  InvokeResponse,
  TurnContext,
} from 'botbuilder';
import {
  AuthenticateRequestResult,
  AuthenticationConstants,
  ClaimsIdentity,
  ConnectorClient,
  ConnectorFactory,
  UserTokenClient,
} from 'botframework-connector';
import type { ServerConfig } from '../config';
import { activityLogFields, errorLogFields, Logger } from '../logger';
import { appIdOf, ReuseCache, ReusingConnectorFactory } from './connectorReuse';

type Credentials = ConstructorParameters<typeof ConnectorClient>[0];
type SignableRequest = Parameters<Credentials['signRequest']>[0];

/** Signs the bot's calls to the local Direct Line callback with that bridge's own secret. */
class BridgeCredentials implements Credentials {
  constructor(private readonly secret: string) {}
  async signRequest(request: SignableRequest): Promise<SignableRequest> {
    request.headers.set('authorization', `Bearer ${this.secret}`);
    return request;
  }
}

/** Sends to a registered bridge with its secret; to every other serviceUrl as the standard factory does. */
class BridgeConnectorFactory extends ConnectorFactory {
  constructor(
    private readonly inner: ConnectorFactory,
    private readonly bridgeClientFor: (serviceUrl: string) => ConnectorClient | undefined,
  ) {
    super();
  }
  override async create(serviceUrl: string, audience?: string): Promise<ConnectorClient> {
    return this.bridgeClientFor(serviceUrl) ?? this.inner.create(serviceUrl, audience);
  }
}

/** A registered bridge: its secret, and the client that signs with it (made on first use, kept while registered). */
interface Bridge {
  secret: string;
  client?: ConnectorClient;
}

/**
 * Bot Framework authentication from the configuration, plus the local Direct Line bridges: replies and
 * proactive messages to a bridge's serviceUrl are signed with its secret instead of an Entra ID token, so
 * the bridge works the same with or without an app id and needs no network.
 */
export class BridgeAwareAuthentication extends ConfigurationBotFrameworkAuthentication {
  private readonly bridges = new Map<string, Bridge>();
  // The SDK makes a connector client and a user token client on every turn: both are kept instead.
  private readonly connectorClients = new ReuseCache<ConnectorClient>();
  private readonly userTokenClients = new ReuseCache<UserTokenClient>();

  constructor(
    options: ConfigurationBotFrameworkAuthenticationOptions,
    readonly appId: string,
  ) {
    super(options);
  }

  registerBridge(serviceUrl: string, secret: string): () => void {
    this.bridges.set(serviceUrl, { secret });
    return () => this.bridges.delete(serviceUrl);
  }

  override async authenticateRequest(activity: Activity, authHeader: string): Promise<AuthenticateRequestResult> {
    const result = await super.authenticateRequest(activity, authHeader);
    const inner = result.connectorFactory;
    return inner
      ? {
          ...result,
          connectorFactory: new ReusingConnectorFactory(inner, appIdOf(result.claimsIdentity), this.connectorClients),
        }
      : result;
  }

  override createConnectorFactory(claimsIdentity: ClaimsIdentity): ConnectorFactory {
    const inner = new ReusingConnectorFactory(
      super.createConnectorFactory(claimsIdentity),
      appIdOf(claimsIdentity),
      this.connectorClients,
    );
    return new BridgeConnectorFactory(inner, (serviceUrl) => this.bridgeClientFor(serviceUrl));
  }

  override createUserTokenClient(claimsIdentity: ClaimsIdentity): Promise<UserTokenClient> {
    return this.userTokenClients.get(appIdOf(claimsIdentity), () => super.createUserTokenClient(claimsIdentity));
  }

  private bridgeClientFor(serviceUrl: string): ConnectorClient | undefined {
    const base = serviceUrl.replace(/\/+$/, '');
    const bridge = this.bridges.get(base);
    if (!bridge) return undefined;
    const make = () => new ConnectorClient(new BridgeCredentials(bridge.secret), { baseUri: serviceUrl });
    // The bridge's own activities carry its URL as registered; another spelling gets a client of its own, as before.
    return serviceUrl === base ? (bridge.client ??= make()) : make();
  }
}

/** Constant-time check of the `Authorization` header a bridge callback received. */
export function bridgeSecretMatches(secret: string, authorization: string | undefined): boolean {
  const presented = /^Bearer (.+)$/.exec(authorization ?? '')?.[1] ?? '';
  const digest = (value: string) => createHash('sha256').update(value).digest();
  return timingSafeEqual(digest(secret), digest(presented));
}

/** A CloudAdapter that also runs turns whose request is already authenticated (by the caller or the bridge). */
export class BridgedCloudAdapter extends CloudAdapter {
  constructor(readonly authentication: BridgeAwareAuthentication) {
    super(authentication);
  }

  processAuthenticated(
    request: AuthenticateRequestResult,
    activity: Activity,
    logic: (context: TurnContext) => Promise<void>,
  ): Promise<InvokeResponse | undefined> {
    return this.processActivity(request, activity, logic);
  }

  /** The bridge checked the client's Direct Line token; the turn runs as this bot, replies signed for the bridge. */
  processBridgedActivity(
    activity: Activity,
    logic: (context: TurnContext) => Promise<void>,
  ): Promise<InvokeResponse | undefined> {
    const appId = this.authentication.appId;
    const claimsIdentity = new ClaimsIdentity(
      [
        { type: AuthenticationConstants.AudienceClaim, value: appId },
        { type: AuthenticationConstants.AppIdClaim, value: appId },
      ],
      true,
    );
    const request: AuthenticateRequestResult = {
      audience: AuthenticationConstants.ToChannelFromBotOAuthScope,
      claimsIdentity,
      connectorFactory: this.authentication.createConnectorFactory(claimsIdentity),
    };
    return this.processAuthenticated(request, activity, logic);
  }
}

/** CloudAdapter with ConfigurationBotFrameworkAuthentication from the configuration, able to serve the local bridge. */
export function createAdapter(config: ServerConfig, logger: Logger): BridgedCloudAdapter {
  const app = config.microsoftApp;
  const authentication = new BridgeAwareAuthentication(
    {
      MicrosoftAppId: app.id,
      MicrosoftAppPassword: app.password,
      MicrosoftAppType: app.type,
      MicrosoftAppTenantId: app.tenantId,
    },
    app.id,
  );
  const adapter = new BridgedCloudAdapter(authentication);
  // The composition root replaces this with the apologising handler; this one at least keeps the trace.
  adapter.onTurnError = async (context, error) =>
    logger.error('turn.error', { ...activityLogFields(context.activity), ...errorLogFields(error) });
  return adapter;
}
