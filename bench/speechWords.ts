/**
 * Spoken words a caller hears, counted from the speech renderer: the step-by-step path from the
 * welcome to the first office's name, the welcome, and the longest single reply. Each digit of a
 * number read digit by digit is a word, as the caller hears it.
 */
import type { AgencyId } from '../src/agencies/agencyIds';
import type { Lang } from '../src/languages';
import type { OfficeMatch } from '../src/offices';
import type { Answer, PlaceLabel } from '../src/render/answer';
import type { SpeechRenderer } from '../src/render/speech/speechRenderer';

/** The aims of issue 18. */
export const WORD_AIMS = { path: 60, welcome: 15, reply: 45 } as const;

/** Words in spoken plain text: every run of letters or digits between spaces. */
export function spokenWords(text: string): number {
  return text.split(/\s+/u).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
}

export interface PathCount {
  /** Words of each reply on the path (the last one up to and with the office's name). */
  replies: { kind: string; words: number }[];
  total: number;
}

/**
 * Welcome → the body with the offer → "where are you?" → the offices, until the first office is
 * named: what a telephony caller hears on the step-by-step path.
 */
export function stepByStepWords(
  speech: SpeechRenderer,
  lang: Lang,
  matter: AgencyId,
  place: PlaceLabel,
  matches: OfficeMatch[],
  at: Date,
): PathCount {
  const target = { lang, channelId: 'telephony' };
  const screen = { text: '', expectsInput: true };
  const said = (answer: Answer) => speech.render(answer, target, screen).plainText;
  const first = matches[0]?.office.name ?? '';
  const offices = said({
    kind: 'offices',
    place,
    agency: matter,
    matches,
    bookingTowns: [],
    at,
    more: true,
  });
  // The office is named before its distance: "… is Gamlestaden, under a kilometre away".
  const named = offices.indexOf(`${first},`);
  const untilOffice = offices.slice(0, named < 0 ? offices.length : named + first.length);
  const replies = [
    { kind: 'welcome', words: spokenWords(said({ kind: 'welcome' })) },
    {
      kind: 'agency',
      words: spokenWords(said({ kind: 'agency', agency: matter, offerOffice: true })),
    },
    {
      kind: 'askPlace',
      words: spokenWords(said({ kind: 'askPlace', retry: false, suggestions: [] })),
    },
    { kind: 'offices (to the first name)', words: spokenWords(untilOffice) },
  ];
  return { replies, total: replies.reduce((sum, r) => sum + r.words, 0) };
}

/** The longest of `answers` said on the telephone, with its kind. */
export function longestReply(
  speech: SpeechRenderer,
  lang: Lang,
  answers: readonly Answer[],
): { kind: string; words: number } {
  const target = { lang, channelId: 'telephony' };
  const screen = { text: '', expectsInput: true };
  let longest = { kind: '', words: 0 };
  for (const answer of answers) {
    const words = spokenWords(speech.render(answer, target, screen).plainText);
    if (words > longest.words) longest = { kind: answer.kind, words };
  }
  return longest;
}
