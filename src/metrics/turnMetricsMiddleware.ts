/** Middleware that times each turn, reads its outcome from the replies' entities, counts it and writes one log line. */
import type { Activity, Middleware, TurnContext } from 'botbuilder';
import { messageText } from '../activityText';
import { isAgencyId } from '../agencies/agencyIds';
import { localeToLang } from '../language/languageDecider';
import type { Logger } from '../logger';
import { redactText } from '../privacy/redact';
import {
  channelLabel,
  langLabel,
  typeLabel,
  type GuideMetrics,
  type TurnOutcome,
} from './guideMetrics';

/** What the replies of one turn said, in machine-readable form. */
interface TurnReplies {
  messages: number;
  lang: string | undefined;
  agency: string | undefined;
  offices: number;
}

function entitiesOf(activity: Partial<Activity>): Record<string, unknown>[] {
  const entities: unknown = activity.entities;
  return Array.isArray(entities)
    ? entities.filter((e): e is Record<string, unknown> => typeof e === 'object' && e !== null)
    : [];
}

function note(replies: TurnReplies, activity: Partial<Activity>): void {
  if (activity.type !== 'message') return;
  replies.messages++;
  replies.lang ??= localeToLang(activity.locale);
  for (const entity of entitiesOf(activity)) {
    if (entity.type === 'GovernmentOrganization' && isAgencyId(entity.identifier)) {
      replies.agency ??= entity.identifier;
    } else if (entity.type === 'Place') {
      replies.offices++;
    }
  }
}

function outcomeOf(replies: TurnReplies): TurnOutcome {
  if (replies.agency !== undefined) return 'agency';
  if (replies.offices > 0) return 'offices';
  return replies.messages > 0 ? 'answered' : 'silent';
}

/**
 * Register first (outermost), so the time covers the whole turn. A turn that throws is counted as
 * an error and the error goes on to the adapter's onTurnError. The log line holds channel, type,
 * outcome, body, language and milliseconds; the message text only when `logMessageText` is set,
 * and then redacted.
 */
export class TurnMetricsMiddleware implements Middleware {
  constructor(
    private readonly metrics: GuideMetrics,
    private readonly logger: Logger,
    private readonly options: { logMessageText: boolean } = { logMessageText: false },
  ) {}

  async onTurn(context: TurnContext, next: () => Promise<void>): Promise<void> {
    const started = process.hrtime.bigint();
    const replies: TurnReplies = { messages: 0, lang: undefined, agency: undefined, offices: 0 };
    context.onSendActivities(async (_context, activities, sendNext) => {
      const result = await sendNext();
      // After the later handlers ran: the language middleware has stamped the locale by now.
      for (const activity of activities) note(replies, activity);
      return result;
    });
    let outcome: TurnOutcome | undefined;
    try {
      await next();
    } catch (error: unknown) {
      outcome = 'error';
      throw error;
    } finally {
      outcome ??= outcomeOf(replies);
      this.record(context, replies, outcome, Number(process.hrtime.bigint() - started) / 1e9);
    }
  }

  private record(
    context: TurnContext,
    replies: TurnReplies,
    outcome: TurnOutcome,
    seconds: number,
  ): void {
    const { activity } = context;
    const channelId: unknown = activity.channelId;
    const type: unknown = activity.type;
    const turn = {
      channelId: typeof channelId === 'string' ? channelId : undefined,
      type: typeof type === 'string' ? type : undefined,
      lang: replies.lang,
      outcome,
      agency: replies.agency,
      seconds,
    };
    this.metrics.turn(turn);
    if (!this.logger.isLevelEnabled('info')) return;
    const line: Record<string, unknown> = {
      // Labels from closed sets: ids from outside are never written as they came.
      channel: channelLabel(turn.channelId),
      type: typeLabel(turn.type),
      lang: langLabel(turn.lang),
      outcome,
      agency: turn.agency,
      replies: replies.messages,
      ms: Math.round(seconds * 10_000) / 10,
    };
    if (this.options.logMessageText) line.text = redactText(messageText(activity)).slice(0, 500);
    this.logger.info(line, 'turn');
  }
}
