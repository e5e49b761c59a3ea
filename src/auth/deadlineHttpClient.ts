/** The HTTP client of the Bot Connector in local mode: every reply the bot posts has a short deadline. */
import type { ConnectorClientOptions } from 'botframework-connector';

type HttpClient = NonNullable<ConnectorClientOptions['httpClient']>;
type WebResource = Parameters<HttpClient['sendRequest']>[0];

/** Milliseconds a reply to a local serviceUrl may take: the client is on this machine. */
export const LOCAL_REPLY_TIMEOUT_MS = 2000;

/**
 * A Bot Connector HTTP client (Node's fetch) that aborts a request after `timeoutMs`. In local
 * mode the door lets replies go only to a serviceUrl on this machine; without a deadline a
 * client that accepts the connection and never answers held the turn for as long as it liked
 * (the SDK's client has none), and a refused one was retried for seconds. The request's own
 * abort signal is honoured too.
 */
export function deadlineHttpClient(timeoutMs: number): HttpClient {
  return {
    async sendRequest(request: WebResource) {
      const abort = new AbortController();
      const timer = setTimeout(() => {
        abort.abort(new Error(`no answer from the serviceUrl within ${String(timeoutMs)} ms`));
      }, timeoutMs);
      const outer = request.abortSignal;
      const stop = () => {
        abort.abort(new Error('the request was cancelled'));
      };
      if (outer?.aborted === true) stop();
      outer?.addEventListener('abort', stop);
      try {
        const response = await fetch(request.url, {
          method: request.method,
          headers: request.headers.toJson({ preserveCase: true }),
          body: request.body as string | Uint8Array | undefined,
          signal: abort.signal,
        });
        const bodyAsText = await response.text();
        // The response's headers in the SDK's own header class (a copy of the request's, emptied).
        const headers = request.headers.clone();
        for (const name of headers.headerNames()) headers.remove(name);
        response.headers.forEach((value, name) => {
          headers.set(name, value);
        });
        return { request, status: response.status, headers, bodyAsText };
      } catch (error: unknown) {
        throw abort.signal.aborted ? (abort.signal.reason as Error) : error;
      } finally {
        clearTimeout(timer);
        outer?.removeEventListener('abort', stop);
      }
    },
  };
}
