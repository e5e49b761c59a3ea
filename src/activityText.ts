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
