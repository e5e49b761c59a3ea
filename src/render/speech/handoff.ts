/** Call transfer and hang-up on the telephony channel: the events to send and the outcome to read. */
import {
  ActivityTypes,
  EndOfConversationCodes,
  EventFactory,
  type Activity,
  type TurnContext,
} from 'botbuilder';
import type { AgencyCatalogue } from '../../agencies/agencyCatalogue';
import type { AgencyId } from '../../agencies/agencyIds';

/** The event a channel sends back about a transfer (botbuilder's HandoffEventNames.HandoffStatus). */
export const HANDOFF_STATUS_EVENT = 'handoff.status';

/** What became of a transfer: the person answered, it failed (the caller is still with the bot), or it ended. */
export type TransferOutcome =
  { state: 'accepted' } | { state: 'completed' } | { state: 'failed'; message?: string };

/** E.164: a plus, a country code that does not start with 0, at most fifteen digits in all. */
const E164 = /^\+[1-9]\d{6,14}$/u;

/**
 * A phone number in E.164, as call transfer needs it: "0771-524 524" → "+46771524524",
 * "+46 8 564 851 60" → "+46856485160", "0046 771 …" → "+46771…". National short numbers
 * (112, 1177, 114 14) have no E.164 form and give undefined, as does anything not a number.
 */
export function toE164(phone: string, countryCode = '46'): string | undefined {
  const compact = phone.trim().replace(/[\s\-–().\u00A0/]/gu, '');
  let e164: string;
  if (compact.startsWith('+')) e164 = compact;
  else if (compact.startsWith('00')) e164 = `+${compact.slice(2)}`;
  else if (compact.startsWith('0')) e164 = `+${countryCode}${compact.slice(1)}`;
  else return undefined;
  // "+46 (0)8 …": the trunk zero written after the country code is not dialled.
  if (e164.startsWith(`+${countryCode}0`))
    e164 = `+${countryCode}${e164.slice(countryCode.length + 2)}`;
  return E164.test(e164) ? e164 : undefined;
}

/**
 * The number to transfer a caller to for a body: its customer service number in E.164, from the
 * catalogue (its `e164` where given, else derived from the number dialled in Sweden). Undefined
 * when the body has no number that can be dialled that way (the municipality, 112, 1177).
 */
export function transferNumber(catalogue: AgencyCatalogue, agency: AgencyId): string | undefined {
  const phone = catalogue.telephone(agency);
  if (phone === undefined) return undefined;
  return phone.e164 ?? toE164(phone.dial);
}

/**
 * The event that asks the telephony channel to transfer the call to `e164`: botbuilder's handoff
 * initiation with the target number in its context, as the Azure telephony channel reads it.
 * After an accepted transfer the bot is out of the call; a failed one comes back as
 * `handoff.status` with state "failed" (see readTransferOutcome).
 */
export function transferCall(context: TurnContext, e164: string): Partial<Activity> {
  if (!E164.test(e164)) throw new Error('transferCall needs a number in E.164 form');
  return EventFactory.createHandoffInitiation(context, { TargetPhoneNumber: e164 });
}

/** The outcome of a transfer, when the activity is a `handoff.status` event; undefined otherwise. */
export function readTransferOutcome(activity: Partial<Activity>): TransferOutcome | undefined {
  if (activity.type !== ActivityTypes.Event || activity.name !== HANDOFF_STATUS_EVENT) {
    return undefined;
  }
  let value: unknown = activity.value;
  if (typeof value === 'string') {
    try {
      value = JSON.parse(value);
    } catch {
      return undefined;
    }
  }
  if (typeof value !== 'object' || value === null) return undefined;
  const { state, message } = value as { state?: unknown; message?: unknown };
  switch (typeof state === 'string' ? state.toLowerCase() : undefined) {
    case 'accepted':
      return { state: 'accepted' };
    case 'completed':
      return { state: 'completed' };
    case 'failed':
      return typeof message === 'string' ? { state: 'failed', message } : { state: 'failed' };
    default:
      return undefined;
  }
}

/** The activity that ends the call from the bot's side (after a goodbye): `endOfConversation`. */
export function hangUp(): Partial<Activity> {
  return {
    type: ActivityTypes.EndOfConversation,
    code: EndOfConversationCodes.CompletedSuccessfully,
  };
}

/** True when the channel says the conversation ended: on the telephone, the caller hung up. */
export function isHangUp(activity: Partial<Activity>): boolean {
  return activity.type === ActivityTypes.EndOfConversation;
}
