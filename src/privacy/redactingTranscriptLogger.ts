/** A transcript logger that stores activities only after every personal number, phone number and e-mail address is removed. */
import type { Activity, TranscriptLogger } from 'botbuilder';
import { redactText } from './redact';

/** Depth beyond which nested values are dropped rather than walked (hostile input can nest deeply). */
const MAX_DEPTH = 20;

/** A copy of any JSON-like value with every string in it redacted (nested values too). */
export function redactStrings(value: unknown): unknown {
  return redactValue(value, 0);
}

function redactValue(value: unknown, depth: number): unknown {
  if (typeof value === 'string') return redactText(value);
  if (typeof value !== 'object' || value === null) return value;
  if (depth >= MAX_DEPTH) return '[nested]';
  if (Array.isArray(value)) return value.map((item) => redactValue(item, depth + 1));
  // Dates and other class instances (timestamps) are kept as they are.
  const prototype: unknown = Object.getPrototypeOf(value);
  if (prototype !== Object.prototype && prototype !== null) return value;
  const out: Record<string, unknown> = {};
  for (const [key, item] of Object.entries(value)) out[key] = redactValue(item, depth + 1);
  return out;
}

/**
 * A copy of `activity` with every string in it redacted (text, speak, values, card content,
 * names), ids and timestamps included: a conversation id may itself hold a phone number.
 */
export function redactActivity(activity: Partial<Activity>): Partial<Activity> {
  return redactValue(activity, 0) as Partial<Activity>;
}

/**
 * Wraps any TranscriptLogger (a Blob transcript store, the console) so that what it stores is
 * redacted first. Use it with botbuilder's TranscriptLoggerMiddleware when transcripts are kept.
 */
export class RedactingTranscriptLogger implements TranscriptLogger {
  constructor(private readonly inner: TranscriptLogger) {}

  logActivity(activity: Activity): void | Promise<void> {
    return this.inner.logActivity(redactActivity(activity) as Activity);
  }
}
