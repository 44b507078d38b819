import { createHash, timingSafeEqual } from 'node:crypto';
import {
  Activity,
  CloudAdapter,
  ConfigurationBotFrameworkAuthentication,
  ConfigurationBotFrameworkAuthenticationOptions,
  InvokeResponse,
  TurnContext,
} from 'botbuilder';
import { AuthenticateRequestResult, AuthenticationConstants, ClaimsIdentity, ConnectorClient, ConnectorFactory } from 'botframework-connector';
import type { AppConfig } from '../config';
import { activityLogFields, errorLogFields, Logger } from '../logger';

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
    private readonly bridgeSecretFor: (serviceUrl: string) => string | undefined,
  ) {
    super();
  }
  override async create(serviceUrl: string, audience?: string): Promise<ConnectorClient> {
    const secret = this.bridgeSecretFor(serviceUrl);
    return secret ? new ConnectorClient(new BridgeCredentials(secret), { baseUri: serviceUrl }) : this.inner.create(serviceUrl, audience);
  }
}

/**
 * Bot Framework authentication from the configuration, plus the local Direct Line bridges: replies and
 * proactive messages to a bridge's serviceUrl are signed with its secret instead of an Entra ID token, so
 * the bridge works the same with or without an app id and needs no network.
 */
export class BridgeAwareAuthentication extends ConfigurationBotFrameworkAuthentication {
  private readonly bridges = new Map<string, string>();

  constructor(options: ConfigurationBotFrameworkAuthenticationOptions, readonly appId: string) {
    super(options);
  }

  registerBridge(serviceUrl: string, secret: string): () => void {
    this.bridges.set(serviceUrl, secret);
    return () => this.bridges.delete(serviceUrl);
  }

  override createConnectorFactory(claimsIdentity: ClaimsIdentity): ConnectorFactory {
    return new BridgeConnectorFactory(super.createConnectorFactory(claimsIdentity), (serviceUrl) => this.bridgeSecretFor(serviceUrl));
  }

  private bridgeSecretFor(serviceUrl: string): string | undefined {
    const base = serviceUrl.replace(/\/+$/, '');
    return this.bridges.get(base);
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

  processAuthenticated(request: AuthenticateRequestResult, activity: Activity, logic: (context: TurnContext) => Promise<void>): Promise<InvokeResponse | undefined> {
    return this.processActivity(request, activity, logic);
  }

  /** The bridge checked the client's Direct Line token; the turn runs as this bot, replies signed for the bridge. */
  processBridgedActivity(activity: Activity, logic: (context: TurnContext) => Promise<void>): Promise<InvokeResponse | undefined> {
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
export function createAdapter(config: AppConfig, logger: Logger): BridgedCloudAdapter {
  const app = config.microsoftApp;
  const authentication = new BridgeAwareAuthentication(
    { MicrosoftAppId: app.id, MicrosoftAppPassword: app.password, MicrosoftAppType: app.type, MicrosoftAppTenantId: app.tenantId },
    app.id,
  );
  const adapter = new BridgedCloudAdapter(authentication);
  // The composition root replaces this with the apologising handler; this one at least keeps the trace.
  adapter.onTurnError = async (context, error) => logger.error('turn.error', { ...activityLogFields(context.activity), ...errorLogFields(error) });
  return adapter;
}
