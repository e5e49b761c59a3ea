/** The local Direct Line's memory: conversations, their activities and watermarks, and the tokens bound to them, all bounded. */
import { randomBytes } from 'node:crypto';
import type { Activity } from 'botbuilder';

/** Limits and clock of a ConversationStore. */
export interface ConversationStoreOptions {
  /** How long a token is valid, in milliseconds (Direct Line's default is 30 minutes). */
  tokenTtlMs: number;
  /** A conversation nobody has used for this long is forgotten, with its tokens. */
  idleMs: number;
  /** At most this many conversations; the least recently used one is forgotten first. */
  maxConversations: number;
  /** At most this many activities are kept per conversation; older ones are dropped. */
  maxActivities: number;
  /** At most this many bytes of activities (as JSON) are kept per conversation. */
  maxBytes: number;
  /** A poll with nothing new is held this long for news (long polling); 0 answers at once. */
  pollHoldMs: number;
  /** The clock, in epoch milliseconds (tests move it). */
  now: () => number;
}

/** The defaults: 30-minute tokens, a conversation forgotten after an idle hour. */
export const DEFAULT_STORE_OPTIONS: ConversationStoreOptions = {
  tokenTtlMs: 30 * 60_000,
  idleMs: 60 * 60_000,
  maxConversations: 1000,
  maxActivities: 200,
  maxBytes: 256 * 1024,
  pollHoldMs: 5000,
  now: () => Date.now(),
};

/** At most this many live tokens per conversation (a refresh adds one; the oldest goes). */
const MAX_TOKENS_PER_CONVERSATION = 4;

/** At most this many polls of one conversation are held at once; more are answered at once. */
const MAX_HELD_POLLS = 4;

/** A held poll is answered this long after the first news, so a turn's replies come together. */
const SETTLE_MS = 30;

/** One visitor's conversation. */
export interface StoredConversation {
  readonly id: string;
  /** The user id the server made for this visitor; every activity they post carries it. */
  readonly userId: string;
  /** True once the client started it (POST /conversations); the bot has then been told. */
  started: boolean;
  lastActive: number;
  /** Kept activities, oldest first, each with its sequence number (the watermark). */
  readonly entries: { seq: number; bytes: number; activity: Partial<Activity> }[];
  bytes: number;
  /** The sequence number the next activity gets; watermarks are sequence numbers. */
  nextSeq: number;
  /** Tokens of this conversation, oldest first. */
  readonly tokens: string[];
  /** Turns of this conversation run one after another, in the order their activities arrived. */
  queue: Promise<void>;
}

interface Grant {
  conversationId: string;
  expiresAt: number;
}

/** A token with its lifetime, as the Direct Line API returns it. */
export interface IssuedToken {
  token: string;
  /** Seconds until the token expires. */
  expiresIn: number;
}

/** Why a request's token does not open the conversation it names, as an HTTP answer. */
export interface Denial {
  status: 401 | 403 | 404;
  code: string;
  message: string;
}

/** The result of checking a request's token. */
export type Authorization =
  { ok: true; conversation: StoredConversation; token: string } | { ok: false; denial: Denial };

/** Activities after a watermark, and the watermark to ask with next time. */
export interface ActivitySet {
  activities: Partial<Activity>[];
  watermark: string;
}

const randomId = (bytes: number) => randomBytes(bytes).toString('base64url');

/**
 * Conversations of the local Direct Line endpoint and the tokens that open them. A token is
 * random, bound to one conversation (and so to its server-made user id) and expires; a
 * conversation is isolated from every other; memory stays bounded by evicting idle and least
 * recently used conversations and by capping each conversation's activities.
 */
export class ConversationStore {
  private readonly conversations = new Map<string, StoredConversation>();
  private readonly grants = new Map<string, Grant>();
  /** Held polls per conversation: each is told when news arrives. */
  private readonly held = new Map<string, Set<() => void>>();
  readonly options: ConversationStoreOptions;

  constructor(options: Partial<ConversationStoreOptions> = {}) {
    this.options = { ...DEFAULT_STORE_OPTIONS, ...options };
  }

  /** How many conversations are kept now. */
  get size(): number {
    return this.conversations.size;
  }

  /** Makes a conversation with a new user id, not yet started, and a token for it. */
  create(): { conversation: StoredConversation; token: IssuedToken } {
    this.sweep();
    while (this.conversations.size >= this.options.maxConversations) {
      const oldest = this.conversations.keys().next();
      if (oldest.done === true) break;
      this.remove(oldest.value);
    }
    const conversation: StoredConversation = {
      id: randomId(18),
      userId: `u_${randomId(12)}`,
      started: false,
      lastActive: this.options.now(),
      entries: [],
      bytes: 0,
      nextSeq: 1,
      tokens: [],
      queue: Promise.resolve(),
    };
    this.conversations.set(conversation.id, conversation);
    return { conversation, token: this.issueToken(conversation) };
  }

  /** A new token for the conversation (a refresh); the oldest of its tokens goes beyond the cap. */
  issueToken(conversation: StoredConversation): IssuedToken {
    const token = randomId(32);
    const expiresAt = this.options.now() + this.options.tokenTtlMs;
    this.grants.set(token, { conversationId: conversation.id, expiresAt });
    conversation.tokens.push(token);
    while (conversation.tokens.length > MAX_TOKENS_PER_CONVERSATION) {
      const old = conversation.tokens.shift();
      if (old !== undefined) this.grants.delete(old);
    }
    return { token, expiresIn: Math.round(this.options.tokenTtlMs / 1000) };
  }

  /** Seconds the token has left (0 when it is unknown or expired). */
  secondsLeft(token: string): number {
    const grant = this.grants.get(token);
    if (grant === undefined) return 0;
    return Math.max(0, Math.floor((grant.expiresAt - this.options.now()) / 1000));
  }

  /**
   * Checks `Authorization: Bearer <token>` against the conversation the request names (or the
   * token's own conversation when it names none), as the Direct Line service answers: 401 for a
   * missing or malformed header, 403 for an unknown token, a token of another conversation or an
   * expired one (code TokenExpired), 404 for a conversation that is gone.
   */
  authorize(header: string | undefined, conversationId?: string): Authorization {
    const match = /^Bearer\s+(\S+)\s*$/i.exec(header ?? '');
    const token = match?.[1];
    if (token === undefined) {
      return deny(401, 'Unauthorized', 'an Authorization: Bearer <token> header is required');
    }
    const grant = this.grants.get(token);
    if (grant === undefined) return deny(403, 'Forbidden', 'the token is not valid');
    if (conversationId !== undefined && conversationId !== grant.conversationId) {
      return deny(403, 'Forbidden', 'the token is not valid for this conversation');
    }
    if (grant.expiresAt <= this.options.now()) {
      return deny(403, 'TokenExpired', 'the token has expired');
    }
    const conversation = this.conversations.get(grant.conversationId);
    if (conversation === undefined) return deny(404, 'NotFound', 'the conversation has ended');
    this.touch(conversation);
    return { ok: true, conversation, token };
  }

  /** Adds an activity to the conversation, gives it its id, and returns that id. */
  append(conversation: StoredConversation, activity: Partial<Activity>): string {
    const seq = conversation.nextSeq++;
    const id = `${conversation.id}|${String(seq).padStart(7, '0')}`;
    const stored: Partial<Activity> = { ...activity, id };
    const bytes = Buffer.byteLength(JSON.stringify(stored));
    conversation.entries.push({ seq, bytes, activity: stored });
    conversation.bytes += bytes;
    const { maxActivities, maxBytes } = this.options;
    while (
      conversation.entries.length > 1 &&
      (conversation.entries.length > maxActivities || conversation.bytes > maxBytes)
    ) {
      const dropped = conversation.entries.shift();
      if (dropped !== undefined) conversation.bytes -= dropped.bytes;
    }
    this.wake(conversation.id);
    return id;
  }

  /**
   * Resolves when the conversation has activities after `watermark` (a moment after the first,
   * so the rest of a turn's replies come with it), or after `pollHoldMs`: a poll with nothing new
   * waits for news instead of coming back a second later. Resolves at once when there is news
   * already, when holding is off, or when the conversation has too many polls held.
   */
  waitForActivities(conversation: StoredConversation, watermark: number): Promise<void> {
    const { pollHoldMs } = this.options;
    if (conversation.nextSeq - 1 > watermark || pollHoldMs <= 0) return Promise.resolve();
    const polls = this.held.get(conversation.id) ?? new Set<() => void>();
    if (polls.size >= MAX_HELD_POLLS) return Promise.resolve();
    this.held.set(conversation.id, polls);
    return new Promise((resolve) => {
      let settle: NodeJS.Timeout | undefined;
      const done = () => {
        clearTimeout(timer);
        clearTimeout(settle);
        polls.delete(news);
        if (polls.size === 0 && this.held.get(conversation.id) === polls) {
          this.held.delete(conversation.id);
        }
        resolve();
      };
      const news = () => {
        settle ??= setTimeout(done, SETTLE_MS);
      };
      const timer = setTimeout(done, pollHoldMs);
      timer.unref();
      polls.add(news);
    });
  }

  /** Tells the conversation's held polls that there is news. */
  private wake(conversationId: string): void {
    for (const news of this.held.get(conversationId) ?? []) news();
  }

  /**
   * The activities after a watermark ('' or none: all that are kept), and the new watermark.
   * Returns undefined for a watermark that is not a sequence number.
   */
  after(conversation: StoredConversation, watermark: string | undefined): ActivitySet | undefined {
    const from = watermark === undefined || watermark === '' ? 0 : Number(watermark);
    if (!Number.isSafeInteger(from) || from < 0) return undefined;
    const activities = conversation.entries.filter((e) => e.seq > from).map((e) => e.activity);
    const latest = conversation.nextSeq - 1;
    return { activities, watermark: String(Math.max(latest, 0)) };
  }

  /** The conversation with this id, if it is still kept. */
  get(conversationId: string): StoredConversation | undefined {
    return this.conversations.get(conversationId);
  }

  /** Forgets conversations idle for longer than `idleMs`, with their tokens. */
  sweep(): void {
    const oldest = this.options.now() - this.options.idleMs;
    for (const [id, conversation] of this.conversations) {
      // The map is in order of last use: the first one still in use ends the sweep.
      if (conversation.lastActive > oldest) break;
      this.remove(id);
    }
  }

  private touch(conversation: StoredConversation): void {
    conversation.lastActive = this.options.now();
    this.conversations.delete(conversation.id);
    this.conversations.set(conversation.id, conversation);
  }

  private remove(conversationId: string): void {
    const conversation = this.conversations.get(conversationId);
    if (conversation === undefined) return;
    for (const token of conversation.tokens) this.grants.delete(token);
    this.conversations.delete(conversationId);
    // Its held polls answer now (with what there is) instead of waiting for news that never comes.
    this.wake(conversationId);
  }
}

function deny(status: Denial['status'], code: string, message: string): Authorization {
  return { ok: false, denial: { status, code, message } };
}
