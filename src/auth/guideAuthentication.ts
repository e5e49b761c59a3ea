/** Bot Framework authentication that answers 401, never 500, when a request's token cannot be verified. */
import {
  ConfigurationBotFrameworkAuthentication,
  type Activity,
  type ConfigurationBotFrameworkAuthenticationOptions,
} from 'botbuilder';
import {
  AuthenticationConstants,
  AuthenticationError,
  type AuthenticateRequestResult,
  type ClaimsIdentity,
  type ConnectorClient,
  type ConnectorClientOptions,
  type ConnectorFactory,
  type UserTokenClient,
} from 'botframework-connector';
import type { Config } from '../config';
import { cachingConnectorFactory, ClientCache } from './clientCache';
import { deadlineHttpClient, LOCAL_REPLY_TIMEOUT_MS } from './deadlineHttpClient';

/**
 * The bot's authentication from its settings (and, in tests, extra options such as a local
 * OpenID metadata URL). In local mode replies go only to this machine, each with a short deadline.
 */
export function createAuthentication(
  config: Pick<Config, 'auth' | 'localMode'>,
  extra: ConfigurationBotFrameworkAuthenticationOptions = {},
): GuideAuthentication {
  return new GuideAuthentication(
    { ...config.auth, ...extra },
    config.localMode ? { httpClient: deadlineHttpClient(LOCAL_REPLY_TIMEOUT_MS) } : {},
  );
}

/**
 * The SDK's configuration-based authentication (JWT validation against the Bot Framework's
 * OpenID keys), with one change: when a token cannot be checked at all (the OpenID metadata
 * cannot be fetched, a malformed token makes the validator throw), the request is refused as
 * unauthenticated (401) instead of failing with 500 and the internal error text. And the clients
 * the SDK makes for every turn are reused across turns (see ClientCache).
 */
export class GuideAuthentication extends ConfigurationBotFrameworkAuthentication {
  readonly connectorClients = new ClientCache<ConnectorClient>();
  readonly userTokenClients = new ClientCache<UserTokenClient>(16);

  constructor(
    options: ConfigurationBotFrameworkAuthenticationOptions,
    connectorOptions: ConnectorClientOptions = {},
  ) {
    super(options, undefined, undefined, undefined, connectorOptions);
  }

  override async authenticateRequest(
    activity: Activity,
    authHeader: string,
  ): Promise<AuthenticateRequestResult> {
    let result: AuthenticateRequestResult;
    try {
      result = await super.authenticateRequest(activity, authHeader);
    } catch (error: unknown) {
      if (error instanceof AuthenticationError) throw error;
      throw new AuthenticationError('Unauthorized: the token could not be verified', 401);
    }
    const { connectorFactory } = result;
    return connectorFactory === undefined
      ? result
      : {
          ...result,
          connectorFactory: cachingConnectorFactory(connectorFactory, this.connectorClients),
        };
  }

  override createConnectorFactory(claimsIdentity: ClaimsIdentity): ConnectorFactory {
    return cachingConnectorFactory(
      super.createConnectorFactory(claimsIdentity),
      this.connectorClients,
    );
  }

  /** One UserTokenClient per bot app id (the SDK's own key: the audience, else the appid claim). */
  override createUserTokenClient(claimsIdentity: ClaimsIdentity): Promise<UserTokenClient> {
    const appId =
      claimsIdentity.getClaimValue(AuthenticationConstants.AudienceClaim) ??
      claimsIdentity.getClaimValue(AuthenticationConstants.AppIdClaim) ??
      '';
    return this.userTokenClients.get(appId, () => super.createUserTokenClient(claimsIdentity));
  }
}
