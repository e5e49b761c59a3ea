/** Reads keypad presses (DTMF) from telephony activities, whichever of the known shapes they come in. */
import type { Activity } from 'botbuilder';

/** Names some gateways give the keys instead of the characters (a Map: callers' text is never a property name). */
const TONE_NAMES: ReadonlyMap<string, string> = new Map([
  ['zero', '0'],
  ['one', '1'],
  ['two', '2'],
  ['three', '3'],
  ['four', '4'],
  ['five', '5'],
  ['six', '6'],
  ['seven', '7'],
  ['eight', '8'],
  ['nine', '9'],
  ['pound', '#'],
  ['hash', '#'],
  ['asterisk', '*'],
  ['star', '*'],
]);

const KEYS = /^[0-9*#]+$/u;

/** Fields of a DTMF entity that may hold the key, in the order they are tried. */
const ENTITY_FIELDS = ['value', 'digit', 'digits', 'tone', 'tones', 'dtmf', 'text', 'key'] as const;

/** "1", "one", "Tone1", "pound" → the key characters, or undefined. */
function keysOf(raw: unknown): string | undefined {
  if (typeof raw === 'number' && Number.isInteger(raw) && raw >= 0) return String(raw);
  if (typeof raw !== 'string') return undefined;
  const text = raw.trim().toLowerCase().replace(/^tone/u, '');
  if (KEYS.test(text)) return text;
  return TONE_NAMES.get(text);
}

/**
 * The keys pressed, when the activity is keypad input: the Bot Framework telephony channel sends
 * each key as a message whose text is the key and whose entities include one of type "DTMF".
 * Variants are accepted: the key only in the entity (`value`, `digit`, `tone` …), tone names
 * ("one", "pound"), a lower-case type. Undefined for speech and every other activity.
 */
export function readKeypad(activity: Partial<Activity>): string | undefined {
  if (activity.type !== 'message') return undefined;
  const entities: unknown = activity.entities;
  if (!Array.isArray(entities)) return undefined;
  const dtmf = entities.find(
    (e): e is Record<string, unknown> =>
      typeof e === 'object' &&
      e !== null &&
      typeof (e as { type?: unknown }).type === 'string' &&
      (e as { type: string }).type.toLowerCase() === 'dtmf',
  );
  if (dtmf === undefined) return undefined;
  const fromText = keysOf(activity.text);
  if (fromText !== undefined) return fromText;
  for (const field of ENTITY_FIELDS) {
    const keys = keysOf(dtmf[field]);
    if (keys !== undefined) return keys;
  }
  return undefined;
}
