/** Bot Framework authentication that answers 401, never 500, when a request's token cannot be verified. */
import { ConfigurationBotFrameworkAuthentication, type Activity } from 'botbuilder';
import {
  AuthenticationError,
  type AuthenticateRequestResult,
  type ClaimsIdentity,
  type ConnectorFactory,
} from 'botframework-connector';
import { ConnectorClientCache } from './connectorClientCache';

/**
 * The SDK's configuration-based authentication (JWT validation against the Bot Framework's
 * OpenID keys), with one change: when a token cannot be checked at all (the OpenID metadata
 * cannot be fetched, a malformed token makes the validator throw), the request is refused as
 * unauthenticated (401) instead of failing with 500 and the internal error text. And outbound
 * ConnectorClients are reused across turns (see ConnectorClientCache).
 */
export class GuideAuthentication extends ConfigurationBotFrameworkAuthentication {
  readonly connectorClients = new ConnectorClientCache();

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
      : { ...result, connectorFactory: this.connectorClients.wrap(connectorFactory) };
  }

  override createConnectorFactory(claimsIdentity: ClaimsIdentity): ConnectorFactory {
    return this.connectorClients.wrap(super.createConnectorFactory(claimsIdentity));
  }
}
