/** Bot Framework authentication that answers 401, never 500, when a request's token cannot be verified. */
import { ConfigurationBotFrameworkAuthentication, type Activity } from 'botbuilder';
import {
  AuthenticationConstants,
  AuthenticationError,
  type AuthenticateRequestResult,
  type ClaimsIdentity,
  type ConnectorClient,
  type ConnectorFactory,
  type UserTokenClient,
} from 'botframework-connector';
import { cachingConnectorFactory, ClientCache } from './clientCache';

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
