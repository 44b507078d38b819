import { AuthenticationConstants, ClaimsIdentity, ConnectorClient, ConnectorFactory } from 'botframework-connector';

/**
 * The app id the SDK's own factories use for a turn's claims: the audience claim (a channel's token), else the
 * app id claim (the Emulator), else none (authentication disabled).
 */
export function appIdOf(claims: ClaimsIdentity): string {
  return (
    claims.getClaimValue(AuthenticationConstants.AudienceClaim) ??
    claims.getClaimValue(AuthenticationConstants.AppIdClaim) ??
    ''
  );
}

/** Values made once per key and handed out again; a failed creation is forgotten, the oldest goes past `maxEntries`. */
export class ReuseCache<T> {
  private readonly entries = new Map<string, Promise<T>>();

  constructor(private readonly maxEntries = 64) {}

  get size(): number {
    return this.entries.size;
  }

  get(key: string, create: () => Promise<T>): Promise<T> {
    const kept = this.entries.get(key);
    if (kept) return kept;
    const created = create();
    this.entries.set(key, created);
    created.catch(() => {
      if (this.entries.get(key) === created) this.entries.delete(key);
    });
    const oldest = this.entries.keys().next();
    if (this.entries.size > this.maxEntries && !oldest.done) this.entries.delete(oldest.value);
    return created;
  }
}

/**
 * One ConnectorClient per app id, serviceUrl and audience, as the SDK's older BotFrameworkAdapter kept them,
 * instead of a new client (credentials, HTTP pipeline and its policies: ~35 kB) on every turn. The client holds
 * no per-request state; its credentials fetch and renew their token on each request.
 */
export class ReusingConnectorFactory extends ConnectorFactory {
  constructor(
    private readonly inner: ConnectorFactory,
    private readonly appId: string,
    private readonly clients: ReuseCache<ConnectorClient>,
  ) {
    super();
  }

  override create(serviceUrl: string, audience?: string): Promise<ConnectorClient> {
    return this.clients.get(JSON.stringify([this.appId, serviceUrl, audience ?? null]), () =>
      this.inner.create(serviceUrl, audience),
    );
  }
}
