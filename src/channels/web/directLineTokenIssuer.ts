/** Production: exchanges the Direct Line secret for a token bound to a server-made user id, so the browser never sees the secret. */
import { randomBytes } from 'node:crypto';
import { z } from 'zod';

/** What the page gets: a token for one conversation and the user id embedded in it. */
export interface IssuedDirectLineToken {
  token: string;
  conversationId?: string;
  expires_in: number;
  userId: string;
}

/** The Direct Line service did not give a token (it refused, failed or did not answer). */
export class TokenExchangeError extends Error {
  constructor(
    message: string,
    /** The service's HTTP status, when it answered. */
    readonly upstreamStatus?: number,
  ) {
    super(message);
    this.name = 'TokenExchangeError';
  }
}

const generated = z.object({
  token: z.string().min(1),
  conversationId: z.string().min(1).optional(),
  expires_in: z.number().int().positive(),
});

/** How a DirectLineTokenIssuer reaches the Direct Line service. */
export interface DirectLineTokenIssuerOptions {
  secret: string;
  /** The service's base URL, e.g. https://directline.botframework.com or a regional one. */
  endpoint: string;
  /** Give up on the service after this many milliseconds. */
  timeoutMs?: number;
  /** The fetch to use (tests hand in none: they run a fake service on loopback). */
  fetch?: typeof fetch;
}

/**
 * Asks `POST {endpoint}/v3/directline/tokens/generate` with the secret for a token whose user id
 * the server makes ("dl_" + random, as Direct Line reserves that prefix for ids embedded in
 * tokens), so a visitor cannot pose as another user and the secret stays on the server.
 */
export class DirectLineTokenIssuer {
  private readonly timeoutMs: number;
  private readonly fetchImpl: typeof fetch;

  constructor(private readonly options: DirectLineTokenIssuerOptions) {
    this.timeoutMs = options.timeoutMs ?? 10_000;
    this.fetchImpl = options.fetch ?? fetch;
  }

  /** A new token and conversation for one visitor. Throws TokenExchangeError when the service fails. */
  async issue(): Promise<IssuedDirectLineToken> {
    const userId = `dl_${randomBytes(16).toString('hex')}`;
    let res: globalThis.Response;
    try {
      res = await this.fetchImpl(`${this.options.endpoint}/v3/directline/tokens/generate`, {
        method: 'POST',
        headers: {
          authorization: `Bearer ${this.options.secret}`,
          'content-type': 'application/json',
        },
        body: JSON.stringify({ user: { id: userId } }),
        signal: AbortSignal.timeout(this.timeoutMs),
      });
    } catch (err: unknown) {
      const why = err instanceof Error ? err.name : 'error';
      throw new TokenExchangeError(`the Direct Line service did not answer (${why})`);
    }
    if (!res.ok) {
      await res.body?.cancel();
      throw new TokenExchangeError('the Direct Line service refused the secret', res.status);
    }
    const parsed = generated.safeParse(await res.json().catch(() => undefined));
    if (!parsed.success) {
      throw new TokenExchangeError('the Direct Line service answered without a token', res.status);
    }
    return { ...parsed.data, userId };
  }
}
