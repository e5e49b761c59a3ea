/** Safe reads of incoming activities, whose fields botbuilder types as present but channels may omit. */
import type { Activity } from 'botbuilder';

/** The message text, or '' when the activity has none. */
export function messageText(activity: Partial<Activity>): string {
  const text: unknown = activity.text;
  return typeof text === 'string' ? text : '';
}

/** True for a message activity. */
export function isMessage(activity: Partial<Activity>): boolean {
  return activity.type === 'message';
}

/** True for an event activity, with the given name when one is given. */
export function isEvent(activity: Partial<Activity>, name?: string): boolean {
  return activity.type === 'event' && (name === undefined || activity.name === name);
}

/** Channels where the person listens instead of reading (CONTRACT.md "Channels"). */
const VOICE_CHANNELS = new Set(['telephony', 'directlinespeech']);

/** True when replies to this activity are heard, not read: a voice channel, or channelData that says speech. */
export function isVoiceActivity(activity: Partial<Activity>): boolean {
  if (typeof activity.channelId === 'string' && VOICE_CHANNELS.has(activity.channelId)) return true;
  const data: unknown = activity.channelData;
  if (typeof data !== 'object' || data === null) return false;
  const d = data as Record<string, unknown>;
  return d.speech === true || d.voice === true || d.modality === 'speech';
}
