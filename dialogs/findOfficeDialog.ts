/** Finding the nearest office: where the person is (asked when not known), then the offices there. */
import {
  ComponentDialog,
  WaterfallDialog,
  type DialogTurnResult,
  type WaterfallStepContext,
} from 'botbuilder-dialogs';
import type { TurnContext } from 'botbuilder';
import type { AgencyId } from '../src/agencies/agencyIds';
import { isVoiceActivity } from '../src/activityText';
import { turnLanguage } from '../src/language/languageMiddleware';
import type { PlaceMatch, PlaceResolution } from '../src/places';
import type { GeoPoint } from '../src/geo';
import type { Lang } from '../src/languages';
import type { OfficeList, OfficePage } from '../src/offices/officeList';
import type { Answer, OfficesAnswer, PlaceLabel } from '../src/render/answer';
import { keptText, type KnownPlace } from '../src/state/guideState';
import { ask, OpenPrompt } from './answerPrompts';
import { interpretTurn, reply, type DialogServices } from './dialogServices';

export const FIND_OFFICE_DIALOG = 'findOfficeDialog';
const STEPS = 'findOfficeDialog.steps';
const PLACE_PROMPT = 'findOfficeDialog.place';

/** What the dialog ends with when the answer to "where are you?" was a new matter: read it again. */
export const REREAD = 'findOfficeDialog.reread';

/** Options of the office search. */
export interface FindOfficeOptions {
  agency?: AgencyId;
  /** The place is in this turn's message (a place sentence): read it instead of asking. */
  placeInMessage?: boolean;
  retry?: boolean;
  suggestions?: string[];
  /** "Has the office there closed?": what the list knows of it, then the nearest offices to visit. */
  officeStatus?: boolean;
}

/** Offices per reply: three on a screen, one at a time by voice. */
const PAGE_SIZE = { text: 3, voice: 1 };

/** How many offices one reply shows on this turn's channel. */
export function pageSize(context: TurnContext): number {
  return isVoiceActivity(context.activity) ? PAGE_SIZE.voice : PAGE_SIZE.text;
}

/** The place to keep in state from a match, with the other places of its name to offer once. */
export function known(place: {
  name: string;
  municipality: string;
  point: { lat: number; lon: number };
  kind?: string;
  spelling?: string;
  others?: PlaceMatch['others'];
}): KnownPlace {
  const kept: KnownPlace = {
    name: place.name,
    municipality: place.municipality,
    point: place.point,
  };
  if (place.kind === 'district' || place.kind === 'locality' || place.kind === 'municipality') {
    kept.kind = place.kind;
  }
  // The person's Cyrillic spelling in its dictionary form, never as inflected ("на Хісінгені").
  if (place.spelling !== undefined && /\p{Script=Cyrillic}/u.test(place.spelling)) {
    kept.written = keptText(place.spelling);
  }
  // Other places of the name, offered once with the next office list.
  if (place.others !== undefined)
    kept.others = place.others.map((o) => ({ name: o.name, municipality: o.municipality }));
  return kept;
}

/** The place as a reply names it: its kind, and the person's own Cyrillic spelling if any. */
export function placeLabel(place: KnownPlace): PlaceLabel {
  const { name, municipality, kind, written } = place;
  return {
    name,
    municipality,
    ...(kind === undefined ? {} : { kind }),
    ...(written === undefined ? {} : { written }),
  };
}

/**
 * Asks where the person is unless the conversation knows, reads the answer (a name, a postal code,
 * a shared location; a choice when several places share the name; once more when not found), and
 * shows the nearest offices of the body in hand.
 */
export class FindOfficeDialog extends ComponentDialog {
  constructor(private readonly services: DialogServices) {
    super(FIND_OFFICE_DIALOG);
    this.addDialog(
      new WaterfallDialog(STEPS, [
        this.askPlaceStep.bind(this),
        this.resolvePlaceStep.bind(this),
        this.showOfficesStep.bind(this),
      ]),
    );
    this.addDialog(new OpenPrompt(PLACE_PROMPT, services));
    this.initialDialogId = STEPS;
  }

  private async askPlaceStep(
    step: WaterfallStepContext<FindOfficeOptions>,
  ): Promise<DialogTurnResult> {
    const data = await this.services.state.conversationData.get(step.context, {});
    if (data.place !== undefined && step.options.retry !== true) return step.next(data.place);
    if (step.options.placeInMessage === true) return step.next();
    data.awaiting = 'place';
    return step.prompt(
      PLACE_PROMPT,
      ask({
        kind: 'askPlace',
        retry: step.options.retry === true,
        suggestions: step.options.suggestions ?? [],
      }),
    );
  }

  private async resolvePlaceStep(
    step: WaterfallStepContext<FindOfficeOptions>,
  ): Promise<DialogTurnResult> {
    if (isKnownPlace(step.result)) return step.next(step.result);
    const meaning = await interpretTurn(this.services, step.context);
    const data = await this.services.state.conversationData.get(step.context, {});
    delete data.awaiting;
    // "Where are you?" answered with a clear new matter: that matter is read as a new message.
    if (meaning.intent === 'matter' && meaning.matter?.body !== undefined && !isPlace(meaning)) {
      return step.endDialog(REREAD);
    }
    // "Where are you?" answered "nej tack": the office declined, how to reach the body instead.
    if (meaning.intent === 'no') {
      const agency = step.options.agency ?? data.lastAgency;
      await reply(this.services, step.context, {
        kind: 'declined',
        ...(agency === undefined ? {} : { offerOf: agency }),
      });
      return step.endDialog();
    }
    const resolution: PlaceResolution = meaning.place?.resolution ?? {
      status: 'notFound',
      reason: 'noPlace',
      suggestions: [],
    };
    switch (resolution.status) {
      case 'found':
        data.place = known(resolution.match);
        return step.next(data.place);
      case 'notFound':
        if (step.options.retry !== true) {
          return step.replaceDialog(STEPS, {
            ...step.options,
            retry: true,
            suggestions: resolution.suggestions.slice(0, 3).map((s) => s.name),
          });
        }
        await reply(this.services, step.context, { kind: 'placeNotFound' });
        return step.endDialog();
    }
  }

  private async showOfficesStep(
    step: WaterfallStepContext<FindOfficeOptions>,
  ): Promise<DialogTurnResult> {
    const data = await this.services.state.conversationData.get(step.context, {});
    const place = isKnownPlace(step.result) ? step.result : data.place;
    if (place === undefined) {
      await reply(this.services, step.context, { kind: 'placeNotFound' });
      return step.endDialog();
    }
    const at = this.services.now();
    if (step.options.officeStatus === true) {
      const size = pageSize(step.context);
      const { asked, page } = this.services.officeList.status(place.name, place.point, {
        at,
        size,
      });
      data.offices = page.list;
      const label = placeLabel(place);
      await reply(this.services, step.context, {
        kind: 'officeStatus',
        place: label,
        asked: asked.map(({ office, state }) => ({ office, state })),
        list: {
          kind: 'offices',
          place: label,
          matches: page.matches,
          ...olderOf(page),
          bookingTowns: [],
          at,
          more: page.more,
        },
      });
      return step.endDialog();
    }
    // Other places of the name are offered once, with the first list.
    const { others } = place;
    if (data.place !== undefined) delete data.place.others;
    const { answer, list } = nearestOffices(this.services, {
      place: { ...placeLabel(place), ...(others ? { others } : {}) },
      point: place.point,
      ...(step.options.agency === undefined ? {} : { agency: step.options.agency }),
      lang: turnLanguage(step.context).lang,
      at,
      size: pageSize(step.context),
    });
    data.offices = list;
    await reply(this.services, step.context, answer);
    // "Are they open on Saturday?" asked before the place was known: answered with the list.
    const day = data.askedDay;
    delete data.askedDay;
    const hours = day === undefined ? undefined : hoursOn(this.services, list, day, at);
    if (hours !== undefined) await reply(this.services, step.context, hours);
    return step.endDialog();
  }
}

/** The hours on `date` of the offices of the list's page (or of its office at `index`). */
export function hoursOn(
  services: Pick<DialogServices, 'offices' | 'officeList'>,
  list: OfficeList,
  date: string,
  at: Date,
  index?: number,
): Extract<Answer, { kind: 'officeHours' }> | undefined {
  const directory = services.offices;
  const days = services.officeList.officesOf(list, index).map((office) => ({
    office,
    day: directory.hoursOn(office, date),
    stale: directory.isStale(office, at),
  }));
  return days.length === 0 ? undefined : { kind: 'officeHours', date, days };
}

/**
 * The first page of the nearest offices for a body, as the bot shows it (also what
 * `scripts/renderSamples.ts` shows reviewers). A body whose visits are booked with it
 * (Migrationsverket's My Page) is never ranked by its office flag, a known subset: the booking
 * comes first and the offices are the nearest in general.
 */
export function nearestOffices(
  services: Pick<DialogServices, 'catalogue' | 'officeList'>,
  query: {
    place: OfficesAnswer['place'];
    point: GeoPoint;
    agency?: AgencyId;
    lang: Lang;
    at: Date;
    size: number;
  },
): { answer: OfficesAnswer; list: OfficeList } {
  const { catalogue } = services;
  const { agency, at } = query;
  const booking = agency === undefined ? undefined : catalogue.booking(agency, query.lang);
  const bookedVisit =
    agency !== undefined &&
    booking !== undefined &&
    catalogue.servicekontor(agency).level === 'some';
  const page = services.officeList.first(query.point, {
    at,
    size: query.size,
    place: query.place.name,
    ...(agency === undefined ? {} : bookedVisit ? { townsOf: agency } : { agency }),
  });
  const named = bookedVisit ? agency : page.list.agency;
  return {
    list: page.list,
    answer: {
      kind: 'offices',
      place: query.place,
      ...(named === undefined ? {} : { agency: named }),
      ...(bookedVisit ? { bookedVisit: { url: booking } } : {}),
      matches: page.matches,
      ...olderOf(page),
      bookingTowns: page.bookingTowns,
      ...(page.likelyGap === undefined ? {} : { likelyGap: page.likelyGap }),
      ...(page.closedHere.length === 0
        ? {}
        : { closedHere: page.closedHere.map(({ office, state }) => ({ office, state })) }),
      at,
      more: page.more,
    },
  };
}

/** The old offices a page lists after farther ones, for the answer (left out when none). */
export function olderOf(page: OfficePage): Pick<OfficesAnswer, 'nearerOlder'> {
  return page.nearerOlder.length === 0 ? {} : { nearerOlder: page.nearerOlder };
}

/** A place found in the message (the answer names a place after all). */
function isPlace(meaning: { place?: { resolution: PlaceResolution } }): boolean {
  return meaning.place?.resolution.status === 'found';
}

function isKnownPlace(value: unknown): value is KnownPlace {
  return typeof value === 'object' && value !== null && 'point' in value && 'name' in value;
}
