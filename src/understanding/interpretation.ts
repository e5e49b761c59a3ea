/**
 * What a turn means: the classifier's reading of a message (Classification, with its matter) and
 * the one reading of the whole turn in context (Interpretation) that the dialogs decide from.
 */
import type { AgencyId } from '../agencies/agencyIds';
import type { UkraineGuideTopic } from '../agencies/ukraineGuide';
import type { TopicId } from '../agencies/topicIds';
import type { GeoPoint } from '../geo';
import type { Lang } from '../languages';
import type { PlaceResolution } from '../places/types';
import type { ChoiceReading } from './choiceReader';

/** What a message is about, at the level the classifier decides. */
export const INTENTS = [
  'matter',
  'emergency',
  'findOffice',
  'openingHours',
  'changeLanguage',
  'help',
  'greeting',
  'thanks',
  'goodbye',
  'human',
  'yes',
  'no',
  'startOver',
  'outOfScope',
] as const;
export type Intent = (typeof INTENTS)[number];

/** The intents that are plain conversation control (no body involved). */
export const CONTROL_INTENTS = [
  'changeLanguage',
  'help',
  'greeting',
  'thanks',
  'goodbye',
  'human',
  'yes',
  'no',
  'startOver',
] as const satisfies readonly Intent[];

/** One candidate body with its share of the evidence (0–1, the candidates sum to at most 1). */
export interface AgencyScore {
  agency: AgencyId;
  score: number;
  /** The most likely matter within that body, when one stands out. */
  topic?: TopicId;
  /** The matter catalogue's matters that point to this body (ids such as "mv.family"): why it is offered. */
  matters?: string[];
}

/**
 * The matter of a message: which body handles it and how sure that is. The classifier fills it;
 * the dialogs name `body` when it is set and offer `alternatives` when it is not.
 */
export interface MatterReading {
  /**
   * The body that handles the matter. Set for an emergency (always `emergency`), for a confident
   * matter, and for an office question when a body is named or implied. Left out when unsure.
   */
  body?: AgencyId;
  /** The finer matter within the body (`parentalBenefit`, `passport`), when one stands out. */
  topic?: TopicId;
  /** How sure the decision is, 0–1. For a matter: the share of the chosen body. */
  confidence: number;
  /** The most likely bodies, best first (at most three); empty for control intents and out of scope. */
  alternatives: AgencyScore[];
  /**
   * Set when two bodies are close for a matter (no `body` is given then): both, best first, each
   * with the catalogue matters that point to it, so the dialog can ask with both and say why.
   */
  close?: readonly [AgencyScore, AgencyScore];
}

/** What the classifier makes of one message on its own (no context but the body in hand). */
export interface Classification extends MatterReading {
  intent: Intent;
  /** For `changeLanguage`: the language asked for, when the message names one. */
  language?: Lang;
  /**
   * For `outOfScope`: the matter none of our bodies handles that the message is about
   * (data/matters.json `elsewhere[].id`, as "else.company"), when it is one.
   */
  elsewhere?: string;
}

/** Optional hints for one call of the classifier. */
export interface ClassifyContext {
  /**
   * The body the conversation is already about, e.g. after "Försäkringskassan?" the user writes
   * "where is the nearest office": used for findOffice/openingHours when the message names none.
   */
  agency?: AgencyId;
}

/** What the dialogs ask of the classifier (Understanding implements it; a test fakes it in a line). */
export interface Classifier {
  classify(text: string, lang: Lang, context?: ClassifyContext): Classification;
}

/** A reply to the office list shown; `index` counts from 0 in the list shown. */
export type FollowUp =
  | { kind: 'more' }
  | { kind: 'office'; index: number }
  | { kind: 'day'; date: string; index?: number };

/** Conversation commands, whatever step the conversation is at. */
export type Command = 'help' | 'startOver' | 'repeat' | 'goodbye';

/** A place in the turn, and how it was found. */
export interface PlaceReading {
  resolution: PlaceResolution;
  /**
   * `shared`: a location the person shared; `answer`: the text read as the answer to the bot's
   * place question (close names suggested); `text`: a place named in a message about something
   * else, or a place sentence on its own.
   */
  how: 'shared' | 'answer' | 'text';
}

/**
 * What the turn is, at the level the dialogs switch on. Besides the classifier's intents:
 * `place` (a place and nothing else, or the answer to the bot's place question), `followUp` (about
 * the office list shown), `repeat` (say the last reply again), `nextStep` ("what do I do now?"),
 * `contact` ("how do I contact them?") and `officeStatus` ("has the Arvika office closed?": a
 * named office, is it still there?) and `lineCheck` ("hello? is anyone there?": the line is
 * checked, no person asked for).
 */
export type TurnIntent =
  Intent | 'place' | 'followUp' | 'repeat' | 'nextStep' | 'contact' | 'officeStatus' | 'lineCheck';

/** Everything one turn can mean, read once, in context. Plain data. */
export interface Interpretation {
  intent: TurnIntent;
  /** The matter the message names, when it names one (also for an office question naming a body). */
  matter?: MatterReading;
  /** A place in the turn (shared, or in the text), when there is one. */
  place?: PlaceReading;
  /** More offices, the nth office, or a day's hours, when an office list is in context. */
  followUp?: FollowUp;
  /**
   * The day an opening-hours question asks about when no office list is shown yet ("Are they open
   * on Saturdays?" with the place): the next list answers it (`YYYY-MM-DD`).
   */
  dayAsked?: string;
  /** Help, start over, repeat or goodbye. */
  command?: Command;
  /** A clear matter of another body than the one in hand: it wins over an answer to the bot's question. */
  newMatter: boolean;
  /** The message asks for a person ("can I talk to someone"). */
  person: boolean;
  /** A language asked for (`changeLanguage`). */
  language?: Lang;
  /** A yes or a no. */
  answer?: boolean;
  /** An answer to the bot's "Is it one of these?": a body offered, a plain yes, or none of them. */
  choice?: ChoiceReading;
  /** Danger now: 112 first. */
  emergency: boolean;
  /** Nothing the bot handles. */
  outOfScope: boolean;
  /** Out of scope, and our data says who handles it (see `Classification.elsewhere`). */
  elsewhere?: string;
  /** The Ukraine guide's topic whose button title the whole message is (a tapped button). */
  ukraineTopic?: UkraineGuideTopic;
  /** The message says the person comes from Ukraine, or names the protection permit itself. */
  ukraine: { fromUkraine: boolean; protection: boolean };
  /**
   * The message says the person is not a Swedish citizen: a refugee, protection or a permit,
   * another citizenship, or from Ukraine (a passport is then not a matter for Polisen).
   */
  notCitizen: boolean;
  /** Personal data found in the message (it is read and kept only without it). */
  personalData: { personalNumbers: number };
}

/** One turn's input to the reading. */
export interface Turn {
  /** The message as written or as the speech recogniser wrote it. */
  text: string;
  /** The conversation's language for this turn. */
  lang: Lang;
  /** A shared location (activity value or entities), when the channel sent one. */
  shared?: unknown;
  /** The Stockholm calendar date of the turn (`YYYY-MM-DD`): what "tomorrow" counts from. */
  today: string;
}

/** What the bot last asked, and what the conversation already knows. */
export interface ReadingContext {
  /** The bot's open question: a place, a yes/no (`offer`: "shall I find the nearest office?"), a choice. */
  asked?: 'place' | 'offer' | 'yesNo' | 'choice';
  /** The body the conversation is about. */
  body?: AgencyId;
  /** The bodies the open "Is it one of these?" offers, in the order shown. */
  options?: readonly AgencyId[];
  /** Where the person is, when known. */
  place?: GeoPoint;
  /** An office list is shown (of `agency`, when filtered): follow-ups are read. */
  officeList?: { agency?: AgencyId };
  /** The bot's last reply said that a call transfer failed. */
  transferFailed?: boolean;
  /** The bot's last reply was the 112 line: a place said now is where the danger is. */
  afterEmergency?: boolean;
}
