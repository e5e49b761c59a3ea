/** The main dialog: from what the person says to the body that handles it and the nearest office. */
import {
  WaterfallDialog,
  type DialogContext,
  type DialogTurnResult,
  type WaterfallStepContext,
} from 'botbuilder-dialogs';
import type { TurnContext } from 'botbuilder';
import type { AgencyId } from '../src/agencies/agencyIds';
import type { TopicId } from '../src/agencies/topicIds';
import { UKRAINE_GUIDE_TOPICS, type UkraineGuideTopic } from '../src/agencies/ukraineGuide';
import type { UkraineTopic } from '../src/render/answer';
import { hangUp, toE164, transferCall, transferNumber } from '../src/render/speech/handoff';
import type { ConversationData, KnownPlace } from '../src/state/guideState';
import type { AgencyScore, FollowUp, Interpretation } from '../src/understanding/interpretation';
import { interpretTurn, reply, type DialogServices } from './dialogServices';
import { InterruptibleDialog } from './interruptibleDialog';
import { answerOrNewMessage, ask, YesNoPrompt } from './answerPrompts';
import {
  CHOOSE_AGENCY_DIALOG,
  ChooseAgencyDialog,
  REREAD_WITH_PLACE,
  type AgencyChosen,
} from './chooseAgencyDialog';
import {
  FIND_OFFICE_DIALOG,
  FindOfficeDialog,
  hoursOn,
  known,
  olderOf,
  pageSize,
  placeLabel,
  REREAD,
} from './findOfficeDialog';

export const MAIN_DIALOG = 'mainDialog';
const MAIN_WATERFALL = 'mainDialog.waterfall';
const CONFIRM_PROMPT = 'mainDialog.confirm';

/** Options of the main dialog when it restarts itself with a decision already made. */
interface MainOptions {
  agency?: AgencyId;
  /** With `agency`: the place is known from the choice's turns, so the offices there at once. */
  withPlace?: boolean;
  /** A message read again after a place was given to the choice: a body read goes to its offices. */
  placeKept?: boolean;
}

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
    this.addDialog(new FindOfficeDialog(services));
    const validator = answerOrNewMessage(services);
    this.addDialog(new YesNoPrompt(CONFIRM_PROMPT, services, validator));
    this.addDialog(new ChooseAgencyDialog(services));
    this.initialDialogId = MAIN_WATERFALL;
  }

  /**
   * After a language change with no question open: the last answer again in the new language (the
   * office list just shown, or the body in hand).
   */
  protected override async answerAgainIn(
    inner: DialogContext,
    confirm: () => Promise<void>,
  ): Promise<DialogTurnResult | undefined> {
    const data = await this.services.state.conversationData.get(inner.context, {});
    // Right after an office list: that list again, not the offer before it.
    if (data.lastKinds?.includes('offices') === true && data.place !== undefined) {
      await confirm();
      return inner.beginDialog(
        FIND_OFFICE_DIALOG,
        data.lastAgency === undefined ? {} : { agency: data.lastAgency },
      );
    }
    if (data.lastAgency === undefined) return undefined;
    await confirm();
    return inner.beginDialog(MAIN_WATERFALL, { agency: data.lastAgency });
  }

  /** Decides from the turn's Interpretation: one case per kind of turn. */
  private async understandStep(step: WaterfallStepContext<MainOptions>): Promise<DialogTurnResult> {
    const { context } = step;
    const data = await this.services.state.conversationData.get(context, {});
    const chosen = step.options.agency;
    if (chosen !== undefined)
      return this.answerAgency(
        step,
        chosen,
        step.options.withPlace === true ? data.place : undefined,
      );

    const meaning = await interpretTurn(this.services, context);
    delete data.awaiting;
    const afterEmergency = data.afterEmergency === true;
    const place = meaning.place?.resolution;
    if (place?.status === 'found') data.place = known(place.match);
    const placeFound =
      place?.status === 'found' || (step.options.placeKept === true && data.place !== undefined);
    if (meaning.notCitizen && data.notCitizen !== 'ukrainian') {
      data.notCitizen = meaning.ukraine.fromUkraine ? 'ukrainian' : 'other';
    }
    // Polisen issues passports to Swedish citizens only: not for someone who said they are not one.
    if (meaning.intent !== 'emergency' && data.notCitizen !== undefined && asksPassport(meaning)) {
      data.misses = 0;
      data.lastAgency = 'migrationsverket';
      await reply(this.services, context, {
        kind: 'passport',
        ukrainian: data.notCitizen === 'ukrainian',
      });
      return step.endDialog();
    }
    const ukraineTopic = meaning.ukraineTopic ?? this.ukraineTopicIn(meaning, placeFound);
    if (meaning.intent !== 'emergency' && ukraineTopic !== undefined) {
      return this.answerUkraine(step, ukraineTopic);
    }
    if (meaning.intent !== 'outOfScope') data.misses = 0;

    const body = meaning.matter?.body;
    // Where the danger is, said after "call 112" ("we're in Tensta", "vi är i Umeå vid stationen"):
    // 112 again, not an office list or the body a street or a station would suggest.
    const saysWhere = body === undefined || meaning.intent === 'place';
    if (afterEmergency && placeFound && saysWhere && meaning.intent !== 'goodbye') {
      await reply(this.services, context, { kind: 'emergency' });
      return step.endDialog();
    }
    // "Okay, and then what?" after "call 112": the danger is still the matter, so 112 again, with
    // what to do while waiting for help, not "I can't help with that".
    const asksNext = meaning.intent === 'nextStep' || body === undefined;
    if (afterEmergency && asksNext && AFTER_112.includes(meaning.intent)) {
      await reply(this.services, context, { kind: 'emergency', again: true });
      return step.endDialog();
    }
    const inContext = data.lastAgency === undefined ? {} : { agency: data.lastAgency };
    switch (meaning.intent) {
      case 'emergency':
        await reply(this.services, context, { kind: 'emergency' });
        return step.endDialog();
      case 'followUp':
        if (
          meaning.followUp !== undefined &&
          (await this.answerFollowUp(context, meaning.followUp, data))
        )
          return step.endDialog();
        return this.notUnderstood(step);
      case 'matter':
        if (body !== undefined)
          return this.answerAgency(step, body, placeFound ? data.place : undefined);
        if (meaning.matter !== undefined && meaning.matter.alternatives.length > 0)
          return this.chooseAgency(
            step,
            meaning.matter.alternatives,
            meaning.matter.close,
            placeFound,
          );
        return this.notUnderstood(step);
      case 'findOffice':
      case 'openingHours':
        if (body !== undefined) data.lastAgency = body;
        if (this.noOfficeServes(data.lastAgency)) return this.reachInstead(step, data);
        return step.beginDialog(
          FIND_OFFICE_DIALOG,
          body === undefined ? inContext : { agency: body },
        );
      case 'officeStatus':
        // "Has the Arvika office closed?": what the list knows, then the nearest offices to visit.
        return step.beginDialog(FIND_OFFICE_DIALOG, { placeInMessage: true, officeStatus: true });
      case 'place':
        // A place alone, or the answer to an offer: the nearest offices there, for the body in hand.
        if (this.noOfficeServes(data.lastAgency)) return this.reachInstead(step, data);
        return step.beginDialog(FIND_OFFICE_DIALOG, { ...inContext, placeInMessage: true });
      case 'yes':
        if (this.noOfficeServes(data.lastAgency)) return this.reachInstead(step, data);
        if (data.lastAgency !== undefined) return step.beginDialog(FIND_OFFICE_DIALOG, inContext);
        return this.notUnderstood(step);
      case 'human':
        // "Can I talk to someone about my pension?" names the body whose people are meant.
        if (body !== undefined) data.lastAgency = body;
        await this.toAPerson(context, data.lastAgency);
        return step.endDialog();
      case 'nextStep':
      case 'contact':
        // "What do I do now?" after a failed transfer or a body named, or "how do I contact
        // them?": how to reach a person there.
        await reply(
          this.services,
          context,
          data.transferFailed === true || data.lastAgency !== undefined
            ? { kind: 'contact', ...inContext, ...municipalityOf(data) }
            : { kind: 'help' },
        );
        return step.endDialog();
      case 'greeting':
      case 'thanks':
        await reply(this.services, context, { kind: meaning.intent });
        return step.endDialog();
      case 'lineCheck':
        // Caught before any step (InterruptibleDialog); here for a reading without that base.
        await reply(this.services, context, { kind: 'stillHere', askNeed: true });
        return step.endDialog();
      case 'goodbye':
        await reply(this.services, context, { kind: 'goodbye' });
        // On the telephone a goodbye ends the call.
        if (context.activity.channelId === 'telephony') await context.sendActivity(hangUp());
        return step.endDialog();
      case 'no':
        await reply(this.services, context, { kind: 'declined' });
        return step.endDialog();
      case 'help':
      case 'changeLanguage':
      case 'startOver':
      case 'repeat':
        await reply(this.services, context, { kind: 'help' });
        return step.endDialog();
      case 'outOfScope':
        return this.notUnderstood(step, meaning.elsewhere);
    }
  }

  /** True for a body that no service office serves (Lantmäteriet, the region, Kronofogden…). */
  private noOfficeServes(agency: AgencyId | undefined): boolean {
    return agency !== undefined && this.services.catalogue.servicekontor(agency).level === 'none';
  }

  /**
   * An office asked for (a place, a yes, "is there an office I can walk into?") after a body no
   * service office serves: not a list of offices that cannot help, but that, and how to reach it.
   */
  private async reachInstead(
    step: WaterfallStepContext<MainOptions>,
    data: ConversationData,
  ): Promise<DialogTurnResult> {
    await reply(this.services, step.context, {
      kind: 'contact',
      ...(data.lastAgency === undefined ? {} : { agency: data.lastAgency }),
      ...municipalityOf(data),
      noOffice: true,
    });
    return step.endDialog();
  }

  /**
   * A message the bot cannot place; after two in a row the general number. With `elsewhere`, a
   * matter none of our bodies handles (the reply names who does, where it knows): understood, so
   * no miss.
   */
  private async notUnderstood(
    step: WaterfallStepContext<MainOptions>,
    elsewhere?: string,
  ): Promise<DialogTurnResult> {
    const data = await this.services.state.conversationData.get(step.context, {});
    data.misses = elsewhere === undefined ? (data.misses ?? 0) + 1 : 0;
    await reply(this.services, step.context, {
      kind: 'outOfScope',
      misses: data.misses,
      ...(elsewhere === undefined ? {} : { elsewhere }),
    });
    return step.endDialog();
  }

  /** A step of the guide for people from Ukraine; help in person goes on to the office search. */
  private async answerUkraine(
    step: WaterfallStepContext<MainOptions>,
    topic: UkraineTopic,
  ): Promise<DialogTurnResult> {
    const data = await this.services.state.conversationData.get(step.context, {});
    data.misses = 0;
    if (topic !== 'menu') data.lastAgency = this.services.ukraine.agency(topic);
    // Asked again right after: the full text (the phone says the key facts first).
    const detail = data.lastUkraineTopic === topic;
    data.lastUkraineTopic = topic;
    // Help in person with the place known: the office list, which leads with the booking, is the
    // one reply ("temporary protection, Kista" said the booking twice in two replies).
    if (topic !== 'inPerson' || data.place === undefined) {
      await reply(this.services, step.context, {
        kind: 'ukraine',
        topic,
        ...(detail ? { detail } : {}),
        // Help in person goes on to "where are you?": no "you can also ask about" before it.
        ...(topic === 'inPerson' ? { officesFollow: true } : {}),
      });
    }
    if (topic === 'inPerson') {
      return step.beginDialog(FIND_OFFICE_DIALOG, { agency: 'migrationsverket' });
    }
    return step.endDialog();
  }

  /** After a yes/no offer or a choice of body. Anything else is taken as a new message. */
  private async afterPromptStep(
    step: WaterfallStepContext<MainOptions>,
  ): Promise<DialogTurnResult> {
    const pending = valuesOf(step).pending;
    // "Where are you?" was answered with a new matter: read it as a new message.
    if (step.result === REREAD) return step.replaceDialog(MAIN_DIALOG, {});
    if (step.result === REREAD_WITH_PLACE)
      return step.replaceDialog(MAIN_DIALOG, { placeKept: true });
    // Back from the office search, which answered: nothing more to do.
    if (pending === undefined) return step.endDialog();
    const data = await this.services.state.conversationData.get(step.context, {});
    if (pending === 'offer' && typeof step.result === 'boolean') {
      const meaning = await interpretTurn(this.services, step.context);
      // "Okej tack. En sak till: jag har fått ett betalningsföreläggande", "ok, but can I speak to
      // someone there?": a yes word in a message that asks for something else.
      if (meaning.newMatter || ASKS_OTHER.includes(meaning.intent)) {
        return step.replaceDialog(MAIN_DIALOG, {});
      }
      const saysWhere = meaning.intent === 'place';
      // "Eskilstuna nej förlåt Strängnäs": the no takes back a place, it does not decline.
      const corrected =
        saysWhere &&
        meaning.place?.resolution.status === 'found' &&
        meaning.place.resolution.match.takenBack !== undefined;
      if (step.result || corrected) {
        // "Ja tack, jag bor i Gävle": the yes says where, so the offices there, without asking.
        return step.beginDialog(FIND_OFFICE_DIALOG, {
          ...(data.lastAgency === undefined ? {} : { agency: data.lastAgency }),
          ...(saysWhere ? { placeInMessage: true } : {}),
        });
      }
      // "No" to the office: how to reach the body instead (on the phone its number).
      await reply(this.services, step.context, {
        kind: 'declined',
        ...(data.lastAgency === undefined ? {} : { offerOf: data.lastAgency }),
      });
      return step.endDialog();
    }
    if (pending === 'agency') {
      // The body chosen is answered; a question given up or a "none of them" was answered already.
      if (!isChosen(step.result)) return step.endDialog();
      const { chosen, withPlace } = step.result;
      return step.replaceDialog(MAIN_DIALOG, { agency: chosen, withPlace });
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
      return step.beginDialog(FIND_OFFICE_DIALOG, { agency });
    }
    valuesOf(step).pending = 'offer';
    data.awaiting = 'offer';
    return step.prompt(
      CONFIRM_PROMPT,
      ask({ kind: 'agency', agency, offerOffice: true }, { kind: 'reask', yesNo: true }),
    );
  }

  /**
   * "Is it one of these?": the choice dialog asks and reads the answers. Each body offered says in
   * a line why it could be the one: for two bodies close for the matter, the matter each is close
   * on; else what the body does (a weak guess's topic would say more than is known).
   */
  private async chooseAgency(
    step: WaterfallStepContext<MainOptions>,
    alternatives: readonly AgencyScore[],
    close: readonly AgencyScore[] | undefined,
    withPlace: boolean,
  ): Promise<DialogTurnResult> {
    const reasons = alternatives.map((a) => {
      const topic = close?.find((c) => c.agency === a.agency)?.topic;
      return { agency: a.agency, ...(topic ? { topic } : {}) };
    });
    valuesOf(step).pending = 'agency';
    return step.beginDialog(CHOOSE_AGENCY_DIALOG, {
      options: alternatives.map((a) => a.agency),
      withPlace,
      reasons,
    });
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
    const data = await this.services.state.conversationData.get(context, {});
    await reply(this.services, context, { kind: 'contact', ...target, ...municipalityOf(data) });
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
    const service = this.services.officeList;
    switch (followUp.kind) {
      case 'more': {
        const page = service.next(place.point, list, at, pageSize(context));
        if (page.matches.length === 0) {
          await reply(this.services, context, { kind: 'noMoreOffices' });
          return true;
        }
        data.offices = page.list;
        await reply(this.services, context, {
          kind: 'offices',
          place: placeLabel(place),
          ...(list.agency === undefined ? {} : { agency: list.agency }),
          matches: page.matches,
          ...olderOf(page),
          bookingTowns: [],
          at,
          continued: true,
          more: page.more,
        });
        return true;
      }
      case 'office': {
        const detail = service.detail(place.point, list, followUp.index, at);
        if (detail === undefined) return false;
        await reply(this.services, context, { kind: 'officeDetail', ...detail });
        return true;
      }
      case 'day': {
        const hours = hoursOn(this.services, list, followUp.date, at, followUp.index);
        if (hours === undefined) return false;
        await reply(this.services, context, hours);
        return true;
      }
    }
  }

  /**
   * The step of the guide for people from Ukraine this message asks for: a message that says
   * the person comes from Ukraine (with a place: help in person there), or a question about
   * temporary protection.
   */
  private ukraineTopicIn(
    meaning: Interpretation,
    placeInMessage: boolean,
  ): UkraineTopic | undefined {
    const topic = meaning.matter?.topic;
    const fromTopic = topic === undefined ? undefined : UKRAINE_TOPIC_OF[topic];
    if (meaning.ukraine.fromUkraine) {
      // "I'm from Ukraine, where is the office in Göteborg?": help in person near that place.
      if (meaning.intent === 'findOffice' || placeInMessage) return 'inPerson';
      // "I come from Ukraine" alone reads as a protection matter: the menu serves it better.
      if (fromTopic === 'protection' && !meaning.ukraine.protection) return 'menu';
      // "I'm from Ukraine and need a doctor", "... a school place": a clear matter of a body outside
      // the guide is answered as that matter (the region, the municipality), not with the menu.
      const body = meaning.matter?.body;
      const ukraine = this.services.ukraine;
      const inGuide = UKRAINE_GUIDE_TOPICS.some((t) => ukraine.agency(t) === body);
      if (fromTopic === undefined && body !== undefined && !inGuide) {
        return undefined;
      }
      // "I'm from Ukraine … I want to find work": the guide's step of that body, not the menu.
      const ofBody =
        body === 'migrationsverket'
          ? undefined
          : UKRAINE_GUIDE_TOPICS.find((t) => ukraine.agency(t) === body);
      return fromTopic ?? ofBody ?? 'menu';
    }
    return topic === 'temporaryProtection' || topic === 'lmaCard' ? fromTopic : undefined;
  }
}

/** Turns right after the 112 line that still ask about the danger ("and then what?", "okay", "someone?"). */
const AFTER_112: readonly Interpretation['intent'][] = [
  'nextStep',
  'contact',
  'human',
  'help',
  'yes',
  'no',
  'outOfScope',
];

/** What a message holding a yes word at the office offer may ask for instead. */
const ASKS_OTHER: readonly Interpretation['intent'][] = ['human', 'contact', 'nextStep'];

/** Passports and national ID cards: the matter's topic, or the likeliest one when two bodies are close. */
const PASSPORT_TOPICS: readonly (TopicId | undefined)[] = ['passport', 'policeIdCard'];

function asksPassport(meaning: Interpretation): boolean {
  const matter = meaning.matter;
  if (matter === undefined || meaning.intent !== 'matter') return false;
  if (matter.body !== undefined) return PASSPORT_TOPICS.includes(matter.topic);
  return PASSPORT_TOPICS.includes(matter.alternatives[0]?.topic);
}

/** What a waterfall keeps between its steps. */
interface StepValues {
  pending?: 'offer' | 'agency';
}

function valuesOf(step: WaterfallStepContext): StepValues {
  return step.values;
}

function isChosen(value: unknown): value is AgencyChosen {
  return typeof value === 'object' && value !== null && 'chosen' in value;
}

/** The person's municipality when the body in hand is the municipality and the place is known. */
function municipalityOf(data: ConversationData): { municipality?: string } {
  return data.lastAgency === 'kommun' && data.place !== undefined
    ? { municipality: data.place.municipality }
    : {};
}
