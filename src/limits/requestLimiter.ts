/** Request rate limits per client address and per conversation (rate-limiter-flexible, in memory), refunded for requests that did not count. */
import type { Request } from 'restify';
import { RateLimiterMemory, RateLimiterRes } from 'rate-limiter-flexible';

/** The limits, per minute; 0 turns one off. */
export interface RateLimitSettings {
  perConversationPerMinute: number;
  perIpPerMinute: number;
  /** Take the client address from X-Forwarded-For (behind App Service or another trusted proxy). */
  trustProxy: boolean;
}

/** Why a request was refused, and when to come back. */
export interface Refusal {
  reason: 'rate_ip' | 'rate_conversation';
  retryAfterSeconds: number;
}

/** What a request spent, so it can be refunded once its fate is known. */
export interface Ticket {
  address: string | undefined;
  conversation: string | undefined;
}

function limiter(perMinute: number): RateLimiterMemory | undefined {
  return perMinute > 0 ? new RateLimiterMemory({ points: perMinute, duration: 60 }) : undefined;
}

/** Spends one point; a refusal when the key is over its limit. Other failures let the request through. */
async function spend(
  rate: RateLimiterMemory | undefined,
  key: string,
  reason: Refusal['reason'],
): Promise<Refusal | undefined> {
  if (rate === undefined) return undefined;
  try {
    await rate.consume(key);
    return undefined;
  } catch (result: unknown) {
    if (!(result instanceof RateLimiterRes)) return undefined;
    return { reason, retryAfterSeconds: Math.max(1, Math.ceil(result.msBeforeNext / 1000)) };
  }
}

/**
 * Per address: every request counts in local mode; with Bot Framework authentication only the
 * requests that were refused (bad activity, bad or missing token) count, because all genuine
 * traffic arrives from the few addresses of the Bot Connector service. Per conversation: every
 * request that passed authentication counts, so forged requests cannot use up a real
 * conversation's allowance. Points are spent up front (atomic under concurrency) and refunded
 * with `settle` when a request turns out not to count.
 */
export class RequestLimiter {
  private readonly byAddress: RateLimiterMemory | undefined;
  private readonly byConversation: RateLimiterMemory | undefined;

  constructor(
    private readonly settings: RateLimitSettings,
    private readonly authenticated: boolean,
  ) {
    this.byAddress = limiter(settings.perIpPerMinute);
    this.byConversation = limiter(settings.perConversationPerMinute);
  }

  /** The client's address: the socket's, or with `trustProxy` the one the proxy added last. */
  clientAddress(req: Request): string {
    if (this.settings.trustProxy) {
      const header = req.headers['x-forwarded-for'];
      const value = Array.isArray(header) ? header.join(',') : header;
      const last = value?.split(',').pop()?.trim();
      if (last !== undefined && last !== '') {
        // App Service writes "address:port"; IPv6 addresses come in brackets or bare.
        const bracketed = /^\[([^\]]+)\]/.exec(last);
        if (bracketed?.[1] !== undefined) return bracketed[1];
        return /^[\d.]+:\d+$/.test(last) ? last.slice(0, last.lastIndexOf(':')) : last;
      }
    }
    return req.socket.remoteAddress ?? 'unknown';
  }

  /** Spends a point of the address; a refusal when it is over its limit. */
  async admitAddress(address: string): Promise<Refusal | undefined> {
    return spend(this.byAddress, address, 'rate_ip');
  }

  /** Spends a point of the conversation; a refusal when it is over its limit. */
  async admitConversation(conversationId: string): Promise<Refusal | undefined> {
    return spend(this.byConversation, conversationId, 'rate_conversation');
  }

  /** Refunds what did not count, given the response status of a request the bot processed. */
  async settle(ticket: Ticket, status: number): Promise<void> {
    const rejected = status === 401 || status === 403;
    const refunds: Promise<unknown>[] = [];
    if (this.authenticated && !rejected && ticket.address !== undefined && this.byAddress) {
      refunds.push(this.byAddress.reward(ticket.address));
    }
    if (rejected && ticket.conversation !== undefined && this.byConversation) {
      refunds.push(this.byConversation.reward(ticket.conversation));
    }
    await Promise.allSettled(refunds);
  }
}
