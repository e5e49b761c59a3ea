/** Answers: what a dialog decided to say, as plain data. The renderer turns them into words. */
import type { AgencyId } from '../agencies/agencyIds';
import type { TopicId } from '../agencies/topicIds';
import type { UkraineGuideTopic } from '../agencies/ukraineGuide';
import type { Office, OfficeMatch, OfficeState, ResolvedDay } from '../offices';

/** Why a body is offered in a choice: the matter within it that the message points to, if one stands out. */
export interface ChoiceReason {
  agency: AgencyId;
  topic?: TopicId;
}

/** A place as the person named it, for the renderer. */
export interface PlaceLabel {
  /** The Swedish name. */
  name: string;
  municipality: string;
  /** What kind of place it is, so a sentence can name it behind a noun ("у районі Kista"). */
  kind?: 'district' | 'locality' | 'municipality';
  /** The person's own spelling, kept where it is Cyrillic ("Гетеборг"). */
  written?: string;
}

/** A step of the guided path for people from Ukraine: its menu or one topic. */
export type UkraineTopic = 'menu' | UkraineGuideTopic;

/** One answer of the bot. */
export type Answer =
  | { kind: 'welcome' }
  | { kind: 'help' }
  /** The language changed; `askNeed` when nothing is being asked: what does the person need? */
  | { kind: 'languageChanged'; askNeed?: boolean }
  | { kind: 'startedOver' }
  | { kind: 'tooLong'; maxLength: number }
  | { kind: 'error' }
  /** Stored state could not be read: the conversation was started afresh (said once). */
  | { kind: 'stateReset' }
  | { kind: 'personalNumberWarning' }
  | { kind: 'greeting' }
  /** "Is anyone there?": yes; `askNeed` when nothing is being asked: what does the person need? */
  | { kind: 'stillHere'; askNeed?: boolean }
  | { kind: 'thanks' }
  | { kind: 'goodbye' }
  /** Call 112; `again`: asked what next after the 112 line, 112 again and what to do while waiting. */
  | { kind: 'emergency'; again?: boolean }
  /** The body that handles a matter; `offerOffice` asks whether to find the nearest office. */
  | { kind: 'agency'; agency: AgencyId; topic?: TopicId; offerOffice: boolean }
  /**
   * A passport or national ID card for someone who said they are not a Swedish citizen (a refugee,
   * protection, another citizenship): Polisen serves citizens only, so Migrationsverket (travel
   * document, alien's passport), the home country (`ukrainian`: Ukraine's embassy) and Skatteverket.
   */
  | { kind: 'passport'; ukrainian: boolean }
  /**
   * Not sure which body: the two or three likeliest to choose from. With `reasons` (two close
   * bodies) one short line each says when it is that body.
   */
  | { kind: 'chooseAgency'; options: AgencyId[]; reasons?: ChoiceReason[] }
  /** "Is it one of these?" answered yes, or with a place (`placeKept`): which one, the bodies named again. */
  | { kind: 'whichAgency'; options: AgencyId[]; placeKept?: boolean }
  /** "Is it one of these?" answered "none of them": the matter in other words, please. */
  | { kind: 'rephrase' }
  /** Where is the person? `retry` after a place that was not found. */
  | { kind: 'askPlace'; retry: boolean; suggestions: string[] }
  /** Several places share the name. */
  | { kind: 'choosePlace'; written: string; candidates: PlaceLabel[] }
  /** The place could not be found twice: the way out. */
  | { kind: 'placeNotFound' }
  /** The nearest offices, nearest first. */
  | {
      kind: 'offices';
      /** The place; `others`: places of the same name the person may have meant, offered in one line. */
      place: PlaceLabel & { others?: PlaceLabel[] };
      agency?: AgencyId;
      matches: OfficeMatch[];
      /**
       * Offices confirmed long ago that are nearer than an office listed before them: the list is
       * not "nearest first" and the reply says why (its information is old), naming them.
       */
      nearerOlder?: OfficeMatch[];
      /** Towns near the place where a source ties the body's service to the town, not to one office. */
      bookingTowns: string[];
      /**
       * The body's visits are booked with it (Migrationsverket's My Page): the booking comes first,
       * and the offices are the nearest in general, since not every office takes such visits.
       */
      bookedVisit?: { url: string };
      /**
       * A larger town near the place with no office in our list, which very probably has one: the
       * reply says first that the list may lack it and where to check, then "the nearest in my list".
       */
      likelyGap?: string;
      /**
       * Offices of the place named that have closed or are closing (Arvika, Brandbergen): said
       * first, with the date, before the offices that can be visited.
       */
      closedHere?: { office: Office; state: OfficeState }[];
      at: Date;
      /** These follow offices already shown ("more"). */
      continued?: boolean;
      /** More offices can be shown on request. */
      more: boolean;
    }
  /**
   * "Has the Arvika office closed?": what the list knows of the offices of that name (none: not in
   * the list, and where to check), then the nearest offices that can be visited.
   */
  | {
      kind: 'officeStatus';
      place: PlaceLabel;
      asked: { office: Office; state: OfficeState }[];
      list: OfficesAnswer;
    }
  /** "More" when every office near the place has been shown. */
  | { kind: 'noMoreOffices' }
  /** One office in full ("the second one"): the week's hours and how to get there. */
  | { kind: 'officeDetail'; match: OfficeMatch; week: ResolvedDay[] }
  /** The hours of the offices shown, on one day ("when is it open on Saturday?"). */
  | {
      kind: 'officeHours';
      date: string;
      /** `stale`: the office was confirmed long ago, so its hours carry the same caveat as the list. */
      days: { office: Office; day: ResolvedDay; stale: boolean }[];
    }
  /** The person would not share their location: ask for a place in words instead. */
  | { kind: 'locationDenied' }
  /** An answer the bot could not read, to a yes/no question or a choice of bodies: asked once more. */
  | { kind: 'reask'; yesNo: true }
  | { kind: 'reask'; agencies: AgencyId[] }
  /** On the telephone: the call is being put through to the body (or Statens servicecenter). */
  | { kind: 'transferring'; agency?: AgencyId }
  /** The transfer did not go through: the number to call instead. */
  | { kind: 'transferFailed'; agency?: AgencyId }
  /** The guided path for people from Ukraine: the menu or one of its topics. */
  /**
   * The guided path for people from Ukraine: the menu or one of its topics. `detail`: asked again,
   * said in full on the phone too; `officesFollow`: the office search comes next (no topic menu).
   */
  | { kind: 'ukraine'; topic: UkraineTopic; detail?: boolean; officesFollow?: boolean }
  /** The phone number and hours of the body in context, or of Statens servicecenter. */
  /** `municipality`: the person's, when known, for the municipality's search phrase ("Gävle kommun"). */
  /**
   * How to reach a body. With `noOffice`, an office was asked for a body no service office serves:
   * that is said first.
   */
  | { kind: 'contact'; agency?: AgencyId; municipality?: string; noOffice?: boolean }
  /**
   * A message the bot cannot place; after two misses in a row the general number. `elsewhere`:
   * the matter is one none of our bodies handles (data/matters.json `elsewhere[].id`, as
   * "else.company"); where the data names who does, the reply names it.
   */
  | { kind: 'outOfScope'; misses: number; elsewhere?: string }
  /** The help declined; with `agencies` (a choice of bodies left open), how to reach each. */
  /** `offerOf`: the body whose office was declined; the phone gives its number instead. */
  | { kind: 'declined'; agencies?: AgencyId[]; offerOf?: AgencyId };

export type AnswerKind = Answer['kind'];

/** An office list (also the nearest offices after an office asked about by name). */
export type OfficesAnswer = Extract<Answer, { kind: 'offices' }>;
