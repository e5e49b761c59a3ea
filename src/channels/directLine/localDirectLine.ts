/** The local Direct Line 3.0 endpoint: the routes Web Chat's createDirectLine({ domain, token, webSocket: false }) speaks. */
import { ActivityTypes, type Activity, type ChannelAccount, type TurnContext } from 'botbuilder';
import type { Request, Response, Server } from 'restify';
import { asyncRoute } from '../asyncRoute';
import type { RequestLimiter, Refusal } from '../../limits/requestLimiter';
import type { Logger } from '../../logger';
import { redactText } from '../../privacy/redact';
import { redactStrings } from '../../privacy/redactingTranscriptLogger';
import type { ConversationStore, StoredConversation } from './conversationStore';
import type { DirectLineAdapter } from './directLineAdapter';

/** The base path of the Direct Line 3.0 API. */
export const DIRECT_LINE_BASE = '/v3/directline';

/** Channel id of every activity on this endpoint: the one Web Chat itself sets. */
export const WEBCHAT_CHANNEL_ID = 'webchat';

/** The bot as the client sees it. */
export const BOT_ACCOUNT: ChannelAccount = {
  id: 'servicekontor-guide',
  name: 'Servicekontor guide',
  role: 'bot',
};

/** What activities posted by a client may carry; anything else is dropped. */
const CLIENT_FIELDS = [
  'type',
  'text',
  'textFormat',
  'locale',
  'name',
  'value',
  'channelData',
  'entities',
  'localTimestamp',
  'localTimezone',
  'replyToId',
] as const;

/** Activity types a client may post: messages and events run a turn, typing is only relayed. */
const CLIENT_TYPES = new Set<string>([
  ActivityTypes.Message,
  ActivityTypes.Event,
  ActivityTypes.Typing,
]);

/** Everything the endpoint needs, handed in by the composition. */
export interface LocalDirectLineDeps {
  store: ConversationStore;
  adapter: DirectLineAdapter;
  /** The bot's turn logic (GuideBot.run). */
  logic: (context: TurnContext) => Promise<void>;
  logger: Logger;
  /** Rate limits: per address for new conversations, per conversation for posted activities. */
  limiter: RequestLimiter;
}

function sendError(res: Response, status: number, code: string, message: string): void {
  res.status(status);
  res.json({ error: { code, message } });
}

function tooMany(res: Response, refusal: Refusal): void {
  res.header('Retry-After', String(refusal.retryAfterSeconds));
  sendError(res, 429, 'TooManyRequests', 'too many requests; try again later');
}

function conversationIdOf(req: Request): string {
  const params = req.params as Record<string, string | undefined>;
  return params.conversationId ?? '';
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Why a posted body is not an activity this endpoint takes, or undefined when it is one. */
export function clientActivityProblem(body: unknown): string | undefined {
  if (!isRecord(body)) return 'the body must be a JSON activity';
  if (typeof body.type !== 'string' || !CLIENT_TYPES.has(body.type)) {
    return 'the activity type must be message, event or typing';
  }
  if (body.text !== undefined && typeof body.text !== 'string') return 'text must be a string';
  if (body.name !== undefined && typeof body.name !== 'string') return 'name must be a string';
  if (body.type === 'event' && (typeof body.name !== 'string' || body.name === '')) {
    return 'an event needs a name';
  }
  if (body.locale !== undefined && typeof body.locale !== 'string')
    return 'locale must be a string';
  if (body.channelData !== undefined && !isRecord(body.channelData)) {
    return 'channelData must be an object';
  }
  if (body.entities !== undefined && !Array.isArray(body.entities)) {
    return 'entities must be an array';
  }
  return undefined;
}

/**
 * A Direct Line 3.0 compatible endpoint for local mode: tokens (generate, refresh), starting and
 * reconnecting to a conversation, posting activities and polling for them by watermark. It runs
 * the same bot through a DirectLineAdapter, so the bundled widget needs no Azure. Each token opens
 * exactly one conversation; every activity a client posts is stamped with that conversation and
 * its server-made user id, whatever the client wrote there.
 */
export class LocalDirectLine {
  constructor(private readonly deps: LocalDirectLineDeps) {}

  /** Adds the routes to the server. */
  register(server: Server): void {
    const base = DIRECT_LINE_BASE;
    const conversation = `${base}/conversations/:conversationId`;
    server.post(
      `${base}/tokens/generate`,
      asyncRoute((req, res) => this.generate(req, res)),
    );
    server.post(
      `${base}/tokens/refresh`,
      asyncRoute((req, res) => {
        this.refresh(req, res);
      }),
    );
    server.post(
      `${base}/conversations`,
      asyncRoute((req, res) => this.start(req, res)),
    );
    server.get(
      conversation,
      asyncRoute((req, res) => {
        this.reconnect(req, res);
      }),
    );
    server.get(
      `${conversation}/activities`,
      asyncRoute((req, res) => this.poll(req, res)),
    );
    server.post(
      `${conversation}/activities`,
      asyncRoute((req, res) => this.post(req, res)),
    );
    server.post(
      `${conversation}/upload`,
      asyncRoute((_req, res) => {
        sendError(res, 501, 'NotImplemented', 'file upload is not supported by the local channel');
      }),
    );
  }

  /** POST tokens/generate: a new conversation, its user id and a token bound to both. */
  private async generate(req: Request, res: Response): Promise<void> {
    const { limiter, store } = this.deps;
    const refused = await limiter.admitAddress(limiter.clientAddress(req));
    if (refused !== undefined) {
      tooMany(res, refused);
      return;
    }
    const { conversation, token } = store.create();
    res.json({
      conversationId: conversation.id,
      token: token.token,
      expires_in: token.expiresIn,
      userId: conversation.userId,
    });
  }

  /** POST tokens/refresh: a fresh token for the same conversation. */
  private refresh(req: Request, res: Response): void {
    const auth = this.deps.store.authorize(req.header('authorization'));
    if (!auth.ok) {
      sendError(res, auth.denial.status, auth.denial.code, auth.denial.message);
      return;
    }
    const token = this.deps.store.issueToken(auth.conversation);
    res.json({
      conversationId: auth.conversation.id,
      token: token.token,
      expires_in: token.expiresIn,
    });
  }

  /** POST conversations: starts the token's conversation (once) and tells the bot the user joined. */
  private async start(req: Request, res: Response): Promise<void> {
    const auth = this.deps.store.authorize(req.header('authorization'));
    if (!auth.ok) {
      sendError(res, auth.denial.status, auth.denial.code, auth.denial.message);
      return;
    }
    const { conversation, token } = auth;
    const body: unknown = req.body;
    const locale =
      isRecord(body) && typeof body.locale === 'string' ? body.locale.slice(0, 20) : undefined;
    const created = !conversation.started;
    if (created) {
      conversation.started = true;
      const user: ChannelAccount = { id: conversation.userId, name: '', role: 'user' };
      try {
        await this.runTurn(conversation, {
          ...this.envelope(conversation),
          type: ActivityTypes.ConversationUpdate,
          from: user,
          membersAdded: [BOT_ACCOUNT, user],
          ...(locale === undefined ? {} : { locale }),
        });
      } catch (err: unknown) {
        this.deps.logger.error({ err }, 'local direct line: conversation start failed');
      }
    }
    res.status(created ? 201 : 200);
    res.json({
      conversationId: conversation.id,
      token,
      expires_in: this.deps.store.secondsLeft(token),
    });
  }

  /** GET conversations/:id: reconnecting to a conversation (no WebSocket stream here). */
  private reconnect(req: Request, res: Response): void {
    const auth = this.deps.store.authorize(req.header('authorization'), conversationIdOf(req));
    if (!auth.ok) {
      sendError(res, auth.denial.status, auth.denial.code, auth.denial.message);
      return;
    }
    res.json({
      conversationId: auth.conversation.id,
      token: auth.token,
      expires_in: this.deps.store.secondsLeft(auth.token),
    });
  }

  /**
   * GET conversations/:id/activities?watermark=: what happened since the watermark. With nothing
   * new yet the poll is held until there is (long polling, see ConversationStore), so a reply
   * reaches the page as soon as the bot sends it instead of at the client's next poll.
   */
  private async poll(req: Request, res: Response): Promise<void> {
    const { store } = this.deps;
    const auth = store.authorize(req.header('authorization'), conversationIdOf(req));
    if (!auth.ok) {
      sendError(res, auth.denial.status, auth.denial.code, auth.denial.message);
      return;
    }
    const query = req.query as Record<string, unknown> | undefined;
    const watermark = typeof query?.watermark === 'string' ? query.watermark : undefined;
    const now = store.after(auth.conversation, watermark);
    if (now === undefined) {
      sendError(res, 400, 'BadArgument', 'the watermark is not valid');
      return;
    }
    if (now.activities.length === 0 && watermark !== undefined && watermark !== '') {
      await store.waitForActivities(auth.conversation, Number(watermark));
    }
    if (res.writableEnded || req.socket.destroyed) return;
    res.json(store.after(auth.conversation, watermark) ?? now);
  }

  /** POST conversations/:id/activities: stores the activity, runs the bot's turn, answers its id. */
  private async post(req: Request, res: Response): Promise<void> {
    const { store, limiter, logger } = this.deps;
    const auth = store.authorize(req.header('authorization'), conversationIdOf(req));
    if (!auth.ok) {
      sendError(res, auth.denial.status, auth.denial.code, auth.denial.message);
      return;
    }
    const { conversation } = auth;
    const body: unknown = req.body;
    const problem = clientActivityProblem(body);
    if (problem !== undefined || !isRecord(body)) {
      sendError(res, 400, 'BadArgument', problem ?? 'the body must be a JSON activity');
      return;
    }
    const refused = await limiter.admitConversation(conversation.id);
    if (refused !== undefined) {
      tooMany(res, refused);
      return;
    }
    const fields: Record<string, unknown> = {};
    for (const field of CLIENT_FIELDS) if (body[field] !== undefined) fields[field] = body[field];
    const from: unknown = body.from;
    const name = isRecord(from) && typeof from.name === 'string' ? from.name.slice(0, 50) : '';
    const activity = {
      ...(fields as Partial<Activity>),
      ...this.envelope(conversation),
      from: { id: conversation.userId, name, role: 'user' },
    } as Partial<Activity>;
    // The echo the client reads back keeps no personal numbers, phone numbers or e-mail addresses,
    // in anything the client wrote: text, value, channelData and the name it gave.
    const echo: Partial<Activity> = {
      ...activity,
      from: { id: conversation.userId, name: redactText(name), role: 'user' },
    };
    for (const field of ['text', 'value', 'channelData'] as const) {
      if (activity[field] !== undefined) echo[field] = redactStrings(activity[field]) as never;
    }
    const id = store.append(conversation, JSON.parse(JSON.stringify(echo)) as Partial<Activity>);
    if (activity.type === ActivityTypes.Typing) {
      res.json({ id });
      return;
    }
    try {
      await this.runTurn(conversation, { ...activity, id });
      res.json({ id });
    } catch (err: unknown) {
      logger.error({ err }, 'local direct line: turn failed');
      sendError(res, 502, 'BotError', 'the bot could not take this activity');
    }
  }

  /** Conversation, channel, recipient and time of an activity from the client. */
  private envelope(conversation: StoredConversation): Partial<Activity> {
    return {
      channelId: WEBCHAT_CHANNEL_ID,
      serviceUrl: 'urn:local-directline',
      conversation: { id: conversation.id, isGroup: false, conversationType: 'personal', name: '' },
      recipient: BOT_ACCOUNT,
      timestamp: new Date(),
    };
  }

  /** Runs a turn after the conversation's earlier turns, so replies keep the order of messages. */
  private runTurn(conversation: StoredConversation, activity: Partial<Activity>): Promise<void> {
    const turn = conversation.queue.then(() =>
      this.deps.adapter.processActivity(activity, this.deps.logic),
    );
    conversation.queue = turn.catch(() => undefined);
    return turn;
  }
}
