/** The bot's Prometheus metrics (prom-client): turns, outcomes per body and language, latency, storage errors, refusals. */
import { Counter, Histogram, Registry, collectDefaultMetrics } from 'prom-client';
import { AGENCY_IDS, isAgencyId } from '../agencies/agencyIds';
import { LANGS, isLang } from '../languages';
import type { StorageErrorKind, StorageOperation } from '../state/storageErrors';

/** Channels counted by name; any other channel id is counted as "other" (ids come from outside). */
const KNOWN_CHANNELS = new Set([
  'webchat',
  'directline',
  'directlinespeech',
  'emulator',
  'msteams',
  'telephony',
  'test',
]);

/** Process metrics (CPU, memory, event loop, GC) are collected once per process, however many bots it builds. */
let processRegistry: Registry | undefined;
function processMetrics(): Registry {
  if (processRegistry === undefined) {
    processRegistry = new Registry();
    collectDefaultMetrics({ register: processRegistry, prefix: 'guide_' });
  }
  return processRegistry;
}

/** Activity types counted by name; others are "other". */
const KNOWN_TYPES = new Set(['message', 'conversationUpdate', 'event', 'typing', 'invoke']);

/** What a turn ended with, read from the replies it sent. */
export type TurnOutcome = 'agency' | 'offices' | 'answered' | 'silent' | 'error';

/** Why a request was refused before it reached the bot. */
export type RefusalReason = 'rate_ip' | 'rate_conversation';

/** A label value from outside, limited to a known set so nobody can grow the series without end. */
function known(value: string | undefined, allowed: Set<string>): string {
  return value !== undefined && allowed.has(value) ? value : 'other';
}

/** The label of a channel id: a known channel, or "other". */
export function channelLabel(channelId: string | undefined): string {
  return known(channelId, KNOWN_CHANNELS);
}

/** The label of an activity type: a common type, or "other". */
export function typeLabel(type: string | undefined): string {
  return known(type, KNOWN_TYPES);
}

/** The label of a reply language: sv, en, uk, or "none" when the turn sent nothing. */
export function langLabel(lang: string | undefined): string {
  return isLang(lang) ? lang : 'none';
}

/**
 * One registry per bot (tests build several). Every label value is from a closed set: channel and
 * activity type from lists above, language sv/en/uk, body from the agency ids.
 */
export class GuideMetrics {
  readonly registry = new Registry();
  private readonly turns: Counter<'channel' | 'type' | 'lang' | 'outcome'>;
  private readonly agencyAnswers: Counter<'agency' | 'lang'>;
  private readonly latency: Histogram<'channel'>;
  private readonly storageErrors: Counter<'operation' | 'kind'>;
  private readonly refusals: Counter<'reason'>;

  constructor() {
    const registers = [this.registry];
    this.turns = new Counter({
      name: 'guide_turns_total',
      help: 'Turns handled, by channel, activity type, reply language and outcome',
      labelNames: ['channel', 'type', 'lang', 'outcome'],
      registers,
    });
    this.agencyAnswers = new Counter({
      name: 'guide_agency_answers_total',
      help: 'Turns whose replies named the public body that handles the matter, by body and language',
      labelNames: ['agency', 'lang'],
      registers,
    });
    this.latency = new Histogram({
      name: 'guide_turn_duration_seconds',
      help: 'Time from an activity reaching the bot to the end of its turn',
      labelNames: ['channel'],
      buckets: [0.002, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
      registers,
    });
    this.storageErrors = new Counter({
      name: 'guide_storage_errors_total',
      help: 'Failed state storage calls, by operation and kind (conflict, unavailable, corrupt: unreadable state dropped, other)',
      labelNames: ['operation', 'kind'],
      registers,
    });
    this.refusals = new Counter({
      name: 'guide_requests_refused_total',
      help: 'Requests refused with 429 before reaching the bot, by limit',
      labelNames: ['reason'],
      registers,
    });
    // Start every body and language at zero so dashboards see the series before the first answer.
    for (const agency of AGENCY_IDS) {
      for (const lang of LANGS) this.agencyAnswers.inc({ agency, lang }, 0);
    }
  }

  /** Counts one finished turn. */
  turn(turn: {
    channelId: string | undefined;
    type: string | undefined;
    lang: string | undefined;
    outcome: TurnOutcome;
    agency: string | undefined;
    seconds: number;
  }): void {
    const channel = channelLabel(turn.channelId);
    const lang = langLabel(turn.lang);
    this.turns.inc({ channel, type: typeLabel(turn.type), lang, outcome: turn.outcome });
    this.latency.observe({ channel }, turn.seconds);
    if (isAgencyId(turn.agency) && isLang(turn.lang)) {
      this.agencyAnswers.inc({ agency: turn.agency, lang: turn.lang });
    }
  }

  /** Counts a failed storage call. */
  storageError(operation: StorageOperation, kind: StorageErrorKind): void {
    this.storageErrors.inc({ operation, kind });
  }

  /** Counts a request refused by a limit. */
  refused(reason: RefusalReason): void {
    this.refusals.inc({ reason });
  }

  /** The bot's and the process's metrics in Prometheus text format, and its content type. */
  async exposition(): Promise<{ contentType: string; body: string }> {
    const [own, process] = await Promise.all([this.registry.metrics(), processMetrics().metrics()]);
    return { contentType: this.registry.contentType, body: `${own}\n${process}` };
  }
}
