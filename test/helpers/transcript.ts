/** Reading a transcript's replies: the text, what a caller hears, the offices offered. */
import type { Activity, Entity } from 'botbuilder';
import type { AgencyId } from '../../src/agencies/agencyIds';
import type { Lang } from '../../src/languages';
import { ssmlPlainText } from '../../src/render/speech/xml';
import type { Classification } from '../../src/understanding/interpretation';
import type { Understanding } from '../../src/understanding/understanding';
import { conversations, type TestConversation } from './guideHarness';

type Replies = Partial<Activity>[];

/** Every reply's text, one after the other. */
export const textOf = (replies: Replies): string => replies.map((r) => r.text ?? '').join('\n');

/** What a caller hears: every reply's SSML as plain text (ssmlPlainText). */
export const spokenOf = (replies: Replies): string =>
  replies.map((r) => ssmlPlainText(r.speak ?? '')).join(' ');

/** The offices the replies offer (their Place entities), nearest first. */
export const placesOf = (replies: Replies): Entity[] =>
  replies.flatMap((r) => r.entities ?? []).filter((e: Entity) => e.type === 'Place');

/** The ids of the offices the replies offer, nearest first. */
export const officeIdsOf = (replies: Replies): string[] =>
  placesOf(replies).map((e) => String(e['identifier']));

/** The bodies the replies name (their GovernmentOrganization entities' ids). */
export const bodiesOf = (replies: Replies): string[] =>
  replies
    .flatMap((r) => r.entities ?? [])
    .filter((e: Entity) => e.type === 'GovernmentOrganization')
    .map((e: Entity) => String(e['identifier']));

/**
 * Transcript conversations for one test file: `conversation(locale)` on the test channel, or
 * `conversation(locale, 'telephony')` for a caller.
 */
export function transcripts(): (locale: string, channelId?: string) => TestConversation {
  const bot = conversations();
  return (locale, channelId = 'test') => bot.start(locale, { channelId });
}

/** Button titles of the replies, in order. */
export const titlesOf = (replies: Replies): (string | undefined)[] =>
  replies.flatMap((r) => r.suggestedActions?.actions ?? []).map((a) => a.title);

/**
 * The real understanding, except that it is unsure between `bodies` (best first, one to three) about each of
 * `texts`: how a test makes the bot ask "Is it one of these?" whatever the model learns.
 */
export function unsureAbout(
  real: Understanding,
  texts: readonly string[],
  bodies: readonly AgencyId[],
): Understanding {
  const fake = Object.create(real) as Understanding;
  fake.classify = (text: string, lang: Lang): Classification =>
    texts.includes(text)
      ? {
          intent: 'matter',
          confidence: 0.3,
          alternatives: bodies.map((agency, i) => ({ agency, score: 0.3 - 0.05 * i })),
        }
      : real.classify(text, lang);
  return fake;
}
