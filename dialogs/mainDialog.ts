/** The main dialog: from what the person says to the body that handles it and the nearest office. */
import {
  WaterfallDialog,
  type DialogTurnResult,
  type FoundChoice,
  type PromptValidatorContext,
  type WaterfallStepContext,
} from 'botbuilder-dialogs';
import type { TurnContext } from 'botbuilder';
import type { AgencyId } from '../src/agencies/agencyIds';
import type { TopicId } from '../src/agencies/topicIds';
import { UKRAINE_GUIDE_TOPICS, type UkraineGuideTopic } from '../src/agencies/ukraineGuide';
import { isVoiceActivity, messageText } from '../src/activityText';
import { turnLanguage } from '../src/language/languageMiddleware';
import { normalize } from '../src/language/normalize';
import type { NearestQuery } from '../src/offices';
import type { PlaceCandidate, PlaceResolution } from '../src/places';
import type { PlaceLabel, UkraineTopic } from '../src/render/answer';
import { hangUp, toE164, transferCall, transferNumber } from '../src/render/speech/handoff';
import { keptText, type ConversationData, type KnownPlace } from '../src/state/guideState';
import type { FollowUp, Interpretation } from '../src/understanding/interpretation';
import { interpretTurn, reply, type DialogServices } from './dialogServices';
import { InterruptibleDialog } from './interruptibleDialog';
import { ask, MenuPrompt, OpenPrompt, YesNoPrompt } from './answerPrompts';

export const MAIN_DIALOG = 'mainDialog';
const MAIN_WATERFALL = 'mainDialog.waterfall';
const FIND_OFFICE = 'mainDialog.findOffice';
const CONFIRM_PROMPT = 'mainDialog.confirm';
const CHOICE_PROMPT = 'mainDialog.choice';
const PLACE_PROMPT = 'mainDialog.place';

/** Options of the main dialog when it restarts itself with a decision already made. */
interface MainOptions {
  agency?: AgencyId;
}

/** Options of the office search. */
interface FindOfficeOptions {
  agency?: AgencyId;
  /** The place is in this turn's message (a place sentence): read it instead of asking. */
  placeInMessage?: boolean;
  retry?: boolean;
  suggestions?: string[];
}

/** Offices per reply: three on a screen, one at a time by voice. */
const PAGE_SIZE = { text: 3, voice: 1 };

/** Matters of the guide for people from Ukraine, by the topic understanding finds. */
const UKRAINE_TOPIC_OF: Partial<Record<TopicId, UkraineGuideTopic>> = {
  temporaryProtection: 'protection',
  residencePermit: 'protection',
  asylum: 'protection',
  lmaCard: 'lma',
  populationRegistration: 'registration',
  personalNumber: 'registration',
  jobSeeking: 'work',
  establishmentProgramme: 'work',
  socialAssistance: 'money',
};

/**
 * Matter → body (with an offer of the nearest office), nearest office (asking where when it does
 * not know), both at once, a choice when unsure, danger first, a person's number on request.
 */
export class MainDialog extends InterruptibleDialog {
  constructor(services: DialogServices) {
    super(MAIN_DIALOG, services);
    this.addDialog(
      new WaterfallDialog(MAIN_WATERFALL, [
        this.understandStep.bind(this),
        this.afterPromptStep.bind(this),
      ]),
    );
    this.addDialog(
      new WaterfallDialog(FIND_OFFICE, [
        this.askPlaceStep.bind(this),
        this.resolvePlaceStep.bind(this),
        this.showOfficesStep.bind(this),
      ]),
    );
    const answerOrNewMessage = this.answerOrNewMessage.bind(this);
    this.addDialog(new YesNoPrompt(CONFIRM_PROMPT, services, answerOrNewMessage));
    this.addDialog(new MenuPrompt(CHOICE_PROMPT, services, answerOrNewMessage));
    this.addDialog(new OpenPrompt(PLACE_PROMPT, services));
    this.initialDialogId = MAIN_WATERFALL;
  }

  /**
   * Takes an answer to a yes/no question or a choice when it is one, and a message that means
   * something else (a new matter, a place, help) as new input for the next step. Anything else
   * is asked once more; the second time it is let through, so the person is never stuck.
   */
  private async answerOrNewMessage(prompt: PromptValidatorContext<unknown>): Promise<boolean> {
    if (prompt.recognized.succeeded || prompt.attemptCount >= 2) return true;
    const meaning = await interpretTurn(this.services, prompt.context);
    return meaning.intent !== 'outOfScope';
  }

  private async understandStep(step: WaterfallStepContext<MainOptions>): Promise<DialogTurnResult> {
    const { context } = step;
    const data = await this.services.state.conversationData.get(context, {});
    const chosen = step.options.agency;
    if (chosen !== undefined) return this.answerAgency(step, chosen, undefined);

    const meaning = await interpretTurn(this.services, context);
    delete data.awaiting;
    if (meaning.intent === 'emergency') {
      await reply(this.services, context, { kind: 'emergency' });
      return step.endDialog();
    }
    const text = messageText(context.activity);
    if (
      meaning.followUp !== undefined &&
      (await this.answerFollowUp(context, meaning.followUp, data))
    ) {
      return step.endDialog();
    }
    // A tapped topic button is not a place ("Help in person" is no town).
    const tapped = this.tappedUkraineTopic(context, text);
    const place = meaning.place?.resolution;
    const placeFound = place?.status === 'found';
    if (tapped === undefined && place?.status === 'found') data.place = known(place.match);
    const ukraineTopic = tapped ?? this.ukraineTopicIn(context, text, meaning, placeFound);
    if (ukraineTopic !== undefined) {
      data.misses = 0;
      if (ukraineTopic !== 'menu') data.lastAgency = this.services.ukraine.agency(ukraineTopic);
      await reply(this.services, context, { kind: 'ukraine', topic: ukraineTopic });
      if (ukraineTopic === 'inPerson') {
        return step.beginDialog(FIND_OFFICE, { agency: 'migrationsverket' });
      }
      return step.endDialog();
    }
    if (meaning.intent !== 'outOfScope') data.misses = 0;

    const body = meaning.matter?.body;
    switch (meaning.intent) {
      case 'matter':
        if (body !== undefined) {
          return this.answerAgency(step, body, placeFound ? data.place : undefined);
        }
        if (meaning.matter !== undefined && meaning.matter.alternatives.length > 0) {
          return this.chooseAgency(
            step,
            meaning.matter.alternatives.map((a) => a.agency),
          );
        }
        break;
      case 'findOffice':
      case 'openingHours': {
        const agency = body ?? data.lastAgency;
        if (body !== undefined) data.lastAgency = body;
        return step.beginDialog(FIND_OFFICE, agency === undefined ? {} : { agency });
      }
      case 'place':
        break;
      case 'followUp':
      case 'repeat':
        break;
      case 'nextStep':
        // "What do I do now?" after a failed transfer or a body named: how to reach a person.
        if (data.transferFailed === true || data.lastAgency !== undefined) {
          await reply(this.services, context, {
            kind: 'contact',
            ...(data.lastAgency === undefined ? {} : { agency: data.lastAgency }),
          });
          return step.endDialog();
        }
        await reply(this.services, context, { kind: 'help' });
        return step.endDialog();
      case 'human':
        await this.toAPerson(context, data.lastAgency);
        return step.endDialog();
      case 'greeting':
        await reply(this.services, context, { kind: 'greeting' });
        return step.endDialog();
      case 'thanks':
        await reply(this.services, context, { kind: 'thanks' });
        return step.endDialog();
      case 'goodbye':
        await reply(this.services, context, { kind: 'goodbye' });
        // On the telephone a goodbye ends the call.
        if (context.activity.channelId === 'telephony') await context.sendActivity(hangUp());
        return step.endDialog();
      case 'yes':
        if (data.lastAgency !== undefined)
          return step.beginDialog(FIND_OFFICE, { agency: data.lastAgency });
        break;
      case 'no':
        await reply(this.services, context, { kind: 'declined' });
        return step.endDialog();
      case 'help':
      case 'changeLanguage':
      case 'startOver':
        await reply(this.services, context, { kind: 'help' });
        return step.endDialog();
      case 'outOfScope':
        break;
    }
    if (meaning.intent === 'place') {
      // A place alone, or the answer to an offer: the nearest offices there, for the body in context.
      return step.beginDialog(FIND_OFFICE, {
        ...(data.lastAgency === undefined ? {} : { agency: data.lastAgency }),
        placeInMessage: true,
      });
    }
    data.misses = (data.misses ?? 0) + 1;
    await reply(this.services, context, { kind: 'outOfScope', misses: data.misses });
    return step.endDialog();
  }

  /** After a yes/no offer or a choice of body. Anything else is taken as a new message. */
  private async afterPromptStep(
    step: WaterfallStepContext<MainOptions>,
  ): Promise<DialogTurnResult> {
    const pending = valuesOf(step).pending;
    // Back from the office search, which answered: nothing more to do.
    if (pending === undefined) return step.endDialog();
    const data = await this.services.state.conversationData.get(step.context, {});
    if (pending === 'offer' && typeof step.result === 'boolean') {
      if (step.result)
        return step.beginDialog(
          FIND_OFFICE,
          data.lastAgency === undefined ? {} : { agency: data.lastAgency },
        );
      await reply(this.services, step.context, { kind: 'declined' });
      return step.endDialog();
    }
    if (pending === 'agency' && isFoundChoice(step.result)) {
      const options = valuesOf(step).options ?? [];
      const agency = options[step.result.index];
      if (agency !== undefined) return step.replaceDialog(MAIN_DIALOG, { agency });
    }
    // Not an answer to the question: treat it as a new message.
    return step.replaceDialog(MAIN_DIALOG, {});
  }

  /** Names the body; offers or shows the nearest office where a servicekontor can help. */
  private async answerAgency(
    step: WaterfallStepContext<MainOptions>,
    agency: AgencyId,
    placeInMessage: KnownPlace | undefined,
  ): Promise<DialogTurnResult> {
    const data = await this.services.state.conversationData.get(step.context, {});
    data.lastAgency = agency;
    const helps =
      agency !== 'emergency' && this.services.catalogue.servicekontor(agency).level !== 'none';
    if (!helps) {
      await reply(this.services, step.context, { kind: 'agency', agency, offerOffice: false });
      return step.endDialog();
    }
    if (placeInMessage !== undefined) {
      await reply(this.services, step.context, { kind: 'agency', agency, offerOffice: false });
      return step.beginDialog(FIND_OFFICE, { agency });
    }
    valuesOf(step).pending = 'offer';
    data.awaiting = 'offer';
    return step.prompt(
      CONFIRM_PROMPT,
      ask({ kind: 'agency', agency, offerOffice: true }, { kind: 'reask', yesNo: true }),
    );
  }

  private async chooseAgency(
    step: WaterfallStepContext<MainOptions>,
    options: AgencyId[],
  ): Promise<DialogTurnResult> {
    const top = options.slice(0, 3);
    valuesOf(step).pending = 'agency';
    valuesOf(step).options = top;
    const data = await this.services.state.conversationData.get(step.context, {});
    data.awaiting = 'choice';
    return step.prompt(
      CHOICE_PROMPT,
      ask({ kind: 'chooseAgency', options: top }, { kind: 'reask', agencies: top }),
    );
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
    const resolution: PlaceResolution = meaning.place?.resolution ?? {
      status: 'notFound',
      reason: 'noPlace',
      suggestions: [],
    };
    const data = await this.services.state.conversationData.get(step.context, {});
    delete data.awaiting;
    switch (resolution.status) {
      case 'found':
        data.place = known(resolution.match);
        return step.next(data.place);
      case 'ambiguous': {
        const candidates = resolution.candidates.slice(0, 3);
        valuesOf(step).candidates = candidates;
        data.awaiting = 'choice';
        const labels = candidates.map((c) => ({ name: c.name, municipality: c.municipality }));
        return step.prompt(
          CHOICE_PROMPT,
          ask({ kind: 'choosePlace', written: keptText(resolution.span.text), candidates: labels }),
        );
      }
      case 'notFound':
        if (step.options.retry !== true) {
          return step.replaceDialog(FIND_OFFICE, {
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
    if (isFoundChoice(step.result)) {
      const candidate = (valuesOf(step).candidates ?? [])[step.result.index];
      if (candidate !== undefined) data.place = known(candidate);
    }
    const place = isKnownPlace(step.result) ? step.result : data.place;
    if (place === undefined) {
      await reply(this.services, step.context, { kind: 'placeNotFound' });
      return step.endDialog();
    }
    const agency = step.options.agency;
    // A body whose visits are booked with it (Migrationsverket's My Page): its office flag is a
    // known subset, so never rank by it; the booking shows the places, the list is the nearest.
    const booking = agency === undefined ? undefined : this.services.catalogue.booking(agency);
    const bookedVisit =
      agency !== undefined &&
      booking !== undefined &&
      this.services.catalogue.servicekontor(agency).level === 'some';
    const filter =
      !bookedVisit &&
      agency !== undefined &&
      this.services.offices.offices.some((o) => o.agencies.includes(agency));
    const at = this.services.now();
    const size = pageSize(step.context);
    const found = this.services.offices.nearest(place.point, {
      at,
      limit: size + 1,
      ...(filter ? { agency } : {}),
    });
    const matches = found.slice(0, size);
    const ids = matches.map((m) => m.office.id);
    data.offices = { ...(filter ? { agency } : {}), shown: ids, page: ids };
    const bookingTowns =
      filter || bookedVisit
        ? this.services.offices.townFactsNear(place.point, { agency, at }).map((f) => f.fact.town)
        : [];
    await reply(this.services, step.context, {
      kind: 'offices',
      place: placeLabel(place),
      ...(filter || bookedVisit ? { agency } : {}),
      ...(bookedVisit ? { bookedVisit: { url: booking } } : {}),
      matches,
      bookingTowns: [...new Set(bookingTowns)],
      at,
      more: found.length > size,
    });
    return step.endDialog();
  }

  /**
   * "Can I talk to someone?": on the telephone the call is put through to the body in context (or
   * Statens servicecenter); elsewhere, or without a number to dial, its number and hours.
   */
  private async toAPerson(context: TurnContext, agency: AgencyId | undefined): Promise<void> {
    const target = agency === undefined ? {} : { agency };
    if (context.activity.channelId === 'telephony') {
      const e164 =
        agency === undefined
          ? toE164(this.services.offices.remoteHelp.sscPhone)
          : transferNumber(this.services.catalogue, agency);
      if (e164 !== undefined) {
        await reply(this.services, context, { kind: 'transferring', ...target });
        await context.sendActivity(transferCall(context, e164));
        return;
      }
    }
    await reply(this.services, context, { kind: 'contact', ...target });
  }

  /**
   * Answers "more", "the second one" or "open on Saturday?" from the list in state. False when
   * the list has no such office, so the message is read as a new one.
   */
  private async answerFollowUp(
    context: TurnContext,
    followUp: FollowUp,
    data: ConversationData,
  ): Promise<boolean> {
    const list = data.offices;
    const place = data.place;
    if (list === undefined || place === undefined) return false;
    const at = this.services.now();
    const query: NearestQuery = {
      at,
      ...(list.agency === undefined ? {} : { agency: list.agency }),
    };
    const directory = this.services.offices;
    switch (followUp.kind) {
      case 'more': {
        const size = pageSize(context);
        const found = directory.nearest(place.point, {
          ...query,
          exclude: list.shown,
          limit: size + 1,
        });
        const matches = found.slice(0, size);
        if (matches.length === 0) {
          await reply(this.services, context, { kind: 'noMoreOffices' });
          return true;
        }
        const ids = matches.map((m) => m.office.id);
        data.offices = { ...list, shown: [...list.shown, ...ids], page: ids };
        await reply(this.services, context, {
          kind: 'offices',
          place: placeLabel(place),
          ...(list.agency === undefined ? {} : { agency: list.agency }),
          matches,
          bookingTowns: [],
          at,
          continued: true,
          more: found.length > size,
        });
        return true;
      }
      case 'office': {
        const id = list.page[followUp.index];
        if (id === undefined) return false;
        const match = directory
          .nearest(place.point, { ...query, limit: Number.MAX_SAFE_INTEGER })
          .find((m) => m.office.id === id);
        if (match === undefined) return false;
        await reply(this.services, context, {
          kind: 'officeDetail',
          match,
          week: directory.weekHours(match.office, at),
        });
        return true;
      }
      case 'day': {
        const ids =
          followUp.index === undefined
            ? list.page
            : list.page.slice(followUp.index, followUp.index + 1);
        const days = ids.flatMap((id) => {
          const office = directory.byId(id);
          return office === undefined
            ? []
            : [
                {
                  office,
                  day: directory.hoursOn(office, followUp.date),
                  stale: directory.isStale(office, at),
                },
              ];
        });
        if (days.length === 0) return false;
        await reply(this.services, context, { kind: 'officeHours', date: followUp.date, days });
        return true;
      }
    }
  }

  /** The guide's topic whose button title the whole message is. */
  private tappedUkraineTopic(context: TurnContext, text: string): UkraineGuideTopic | undefined {
    const written = normalize(text);
    if (written === '') return undefined;
    const titles = this.services.renderer.ukraineTopicTitles(turnLanguage(context).lang);
    return UKRAINE_GUIDE_TOPICS.find((topic) => normalize(titles[topic]) === written);
  }

  /**
   * The step of the guide for people from Ukraine this message asks for: a message that says
   * the person comes from Ukraine (with a place: help in person there), or a question about
   * temporary protection.
   */
  private ukraineTopicIn(
    context: TurnContext,
    text: string,
    meaning: Interpretation,
    placeInMessage: boolean,
  ): UkraineTopic | undefined {
    const lang = turnLanguage(context).lang;
    const topic = meaning.matter?.topic;
    const fromTopic = topic === undefined ? undefined : UKRAINE_TOPIC_OF[topic];
    const followUps = this.services.followUps;
    if (followUps.mentions(text, lang, 'ukraine')) {
      // "I'm from Ukraine, where is the office in Göteborg?": help in person near that place.
      if (meaning.intent === 'findOffice' || placeInMessage) return 'inPerson';
      // "I come from Ukraine" alone reads as a protection matter: the menu serves it better.
      if (fromTopic === 'protection' && !followUps.mentions(text, lang, 'protection'))
        return 'menu';
      return fromTopic ?? 'menu';
    }
    return topic === 'temporaryProtection' || topic === 'lmaCard' ? fromTopic : undefined;
  }
}

/** What a waterfall keeps between its steps. */
interface StepValues {
  pending?: 'offer' | 'agency';
  options?: AgencyId[];
  candidates?: PlaceCandidate[];
}

/** How many offices one reply shows on this turn's channel. */
function pageSize(context: TurnContext): number {
  return isVoiceActivity(context.activity) ? PAGE_SIZE.voice : PAGE_SIZE.text;
}

function valuesOf(step: WaterfallStepContext): StepValues {
  return step.values;
}

function known(place: {
  name: string;
  municipality: string;
  point: { lat: number; lon: number };
  kind?: string;
  span?: { text: string };
}): KnownPlace {
  const known: KnownPlace = {
    name: place.name,
    municipality: place.municipality,
    point: place.point,
  };
  if (place.kind === 'district' || place.kind === 'locality' || place.kind === 'municipality') {
    known.kind = place.kind;
  }
  if (place.span !== undefined && /\p{Script=Cyrillic}/u.test(place.span.text)) {
    known.written = keptText(place.span.text);
  }
  return known;
}

/** The place as a reply names it. */
function placeLabel(place: KnownPlace): PlaceLabel {
  const { name, municipality, kind, written } = place;
  return {
    name,
    municipality,
    ...(kind === undefined ? {} : { kind }),
    ...(written === undefined ? {} : { written }),
  };
}

function isKnownPlace(value: unknown): value is KnownPlace {
  return typeof value === 'object' && value !== null && 'point' in value && 'name' in value;
}

function isFoundChoice(value: unknown): value is FoundChoice {
  return typeof value === 'object' && value !== null && 'index' in value && 'value' in value;
}
