/** A Bot Framework adapter for the local Direct Line endpoint: runs the same bot, and keeps its replies for the client to poll. */
import {
  ActivityTypes,
  BotAdapter,
  TurnContext,
  type Activity,
  type ConversationReference,
  type ResourceResponse,
} from 'botbuilder';
import type { ConversationStore } from './conversationStore';

/** Thrown for what a polling Direct Line client cannot see: edits and deletions of sent activities. */
export class NotSupportedError extends Error {
  constructor(what: string) {
    super(`${what} is not supported by the local Direct Line channel`);
    this.name = 'NotSupportedError';
  }
}

/** Activity types the bot may send that never reach a Direct Line client. */
const NOT_DELIVERED = new Set<string>([ActivityTypes.Trace, 'delay', ActivityTypes.InvokeResponse]);

/**
 * Runs turns for activities a browser posted to the local Direct Line endpoint, through the
 * same middleware and bot as CloudAdapter (attach them with `attachGuide`). The bot's replies
 * are stored in the conversation, each with an id and a watermark, where the client's polling
 * picks them up. Replies to a conversation that has meanwhile been forgotten are dropped.
 */
export class DirectLineAdapter extends BotAdapter {
  constructor(private readonly store: ConversationStore) {
    super();
  }

  /** Runs one turn for an activity that arrived from the client of a stored conversation. */
  async processActivity(
    activity: Partial<Activity>,
    logic: (context: TurnContext) => Promise<void>,
  ): Promise<void> {
    const context = new TurnContext(this, activity);
    await this.runMiddleware(context, logic);
  }

  /** Stores the bot's replies in their conversation; returns their ids. */
  async sendActivities(
    context: TurnContext,
    activities: Partial<Activity>[],
  ): Promise<ResourceResponse[]> {
    await Promise.resolve();
    const responses: ResourceResponse[] = [];
    for (const activity of activities) {
      const conversationId = activity.conversation?.id ?? context.activity.conversation.id;
      const conversation = this.store.get(conversationId);
      if (conversation === undefined || NOT_DELIVERED.has(activity.type ?? '')) {
        responses.push({ id: '' });
        continue;
      }
      // A plain JSON copy: later changes to the object do not leak into what clients read.
      const reply = JSON.parse(
        JSON.stringify({ ...activity, timestamp: new Date().toISOString() }),
      ) as Partial<Activity>;
      responses.push({ id: this.store.append(conversation, reply) });
    }
    return responses;
  }

  /** Clients of this channel cannot update a sent activity. */
  updateActivity(): Promise<ResourceResponse | undefined> {
    return Promise.reject(new NotSupportedError('updateActivity'));
  }

  /** Clients of this channel cannot delete a sent activity. */
  deleteActivity(): Promise<void> {
    return Promise.reject(new NotSupportedError('deleteActivity'));
  }

  /** Runs `logic` in a proactive turn of the referenced conversation (its replies reach the client). */
  async continueConversation(
    reference: Partial<ConversationReference>,
    logic: (context: TurnContext) => Promise<void>,
  ): Promise<void> {
    const activity = TurnContext.applyConversationReference(
      { type: ActivityTypes.Event, name: 'continueConversation' },
      reference,
      true,
    );
    await this.runMiddleware(new TurnContext(this, activity), logic);
  }
}
