/** The result type of understanding: what a message asks for, with the body and how sure we are. */
import type { AgencyId } from '../agencies/agencyIds';
import type { TopicId } from '../agencies/topicIds';
import type { Lang } from '../languages';

/** What a message is about, at the level the dialogs branch on. */
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

/** What `interpret` returns. Plain data: the renderer turns it into words. */
export interface Interpretation {
  intent: Intent;
  /**
   * The body that handles the matter. Set for `emergency` (always `emergency`), for a confident
   * `matter`, and for `findOffice` / `openingHours` when a body is named or implied. Left out
   * when unsure: then offer `alternatives` instead of guessing.
   */
  agency?: AgencyId;
  /** The finer matter within the body (`parentalBenefit`, `passport`), when one stands out. */
  topic?: TopicId;
  /** How sure the decision is, 0–1. For a matter: the share of the chosen body. */
  confidence: number;
  /** The most likely bodies, best first (at most three); empty for control intents and out of scope. */
  alternatives: AgencyScore[];
  /**
   * Set when two bodies are close for a matter (no `agency` is given then): both, best first, each
   * with the catalogue matters that point to it, so the dialog can ask with both and say why.
   */
  close?: readonly [AgencyScore, AgencyScore];
  /** For `changeLanguage`: the language asked for, when the message names one. */
  language?: Lang;
  /** Anything the injected place finder returned (see InterpretContext.findPlace). */
  place?: unknown;
}

/** Optional hints for one call of `interpret`. */
export interface InterpretContext {
  /**
   * The body the conversation is already about, e.g. after "Försäkringskassan?" the user writes
   * "where is the nearest office": used for findOffice/openingHours when the message names none.
   */
  agency?: AgencyId;
  /** An injected place finder (the places module); its result is passed through as `place`. */
  findPlace?: (text: string, lang: Lang) => unknown;
}
