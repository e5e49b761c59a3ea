/** The main dialog: from what the person says to the body that handles it and the nearest office. */
import {
  ChoicePrompt,
  ConfirmPrompt,
  ListStyle,
  TextPrompt,
  WaterfallDialog,
  type DialogTurnResult,
  type FoundChoice,
  type PromptValidatorContext,
  type WaterfallStepContext,
} from 'botbuilder-dialogs';
import type { TurnContext } from 'botbuilder';
import type { AgencyId } from '../src/agencies/agencyIds';
import { messageText } from '../src/activityText';
import { turnLanguage } from '../src/language/languageMiddleware';
import type { PlaceCandidate, PlaceResolution } from '../src/places';
import type { KnownPlace } from '../src/state/guideState';
import { interpretTurn, rendered, reply, type DialogServices } from './dialogServices';
import { InterruptibleDialog } from './interruptibleDialog';
import { choiceDefaults, confirmDefaults } from './promptDefaults';

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
  retry?: boolean;
  suggestions?: string[];
}

/** Below this confidence a place read from running text is not taken without asking. */
const PLACE_CONFIDENCE = 0.5;

/** Accepts whatever the person answered after the first try, so the step can take it as new input. */
async function acceptAfterFirstTry(prompt: PromptValidatorContext<unknown>): Promise<boolean> {
  await Promise.resolve();
  return prompt.recognized.succeeded || prompt.attemptCount >= 1;
}

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
    // The renderer draws the options as buttons, so the prompts add no inline list of their own.
    const confirm = new ConfirmPrompt(
      CONFIRM_PROMPT,
      acceptAfterFirstTry,
      undefined,
      confirmDefaults(services.languages),
    );
    confirm.style = ListStyle.none;
    const choice = new ChoicePrompt(
      CHOICE_PROMPT,
      acceptAfterFirstTry,
      undefined,
      choiceDefaults(services.languages),
    );
    choice.style = ListStyle.none;
    this.addDialog(confirm).addDialog(choice);
    this.addDialog(new TextPrompt(PLACE_PROMPT));
    this.initialDialogId = MAIN_WATERFALL;
  }

  private async understandStep(step: WaterfallStepContext<MainOptions>): Promise<DialogTurnResult> {
    const { context } = step;
    const data = await this.services.state.conversationData.get(context, {});
    const chosen = step.options.agency;
    if (chosen !== undefined) return this.answerAgency(step, chosen, undefined);

    const meaning = await interpretTurn(this.services, context);
    const place = this.placeIn(context);
    if (place.status === 'found' && place.match.confidence >= PLACE_CONFIDENCE) {
      data.place = known(place.match);
    }
    if (meaning.intent !== 'outOfScope') data.misses = 0;

    switch (meaning.intent) {
      case 'emergency':
        await reply(this.services, context, { kind: 'emergency' });
        return step.endDialog();
      case 'matter':
        if (meaning.agency !== undefined) {
          return this.answerAgency(
            step,
            meaning.agency,
            place.status === 'found' ? data.place : undefined,
          );
        }
        if (meaning.alternatives.length > 0) {
          return this.chooseAgency(
            step,
            meaning.alternatives.map((a) => a.agency),
          );
        }
        break;
      case 'findOffice':
      case 'openingHours': {
        const agency = meaning.agency ?? data.lastAgency;
        if (meaning.agency !== undefined) data.lastAgency = meaning.agency;
        return step.beginDialog(FIND_OFFICE, agency === undefined ? {} : { agency });
      }
      case 'human':
        await reply(
          this.services,
          context,
          data.lastAgency === undefined
            ? { kind: 'contact' }
            : { kind: 'contact', agency: data.lastAgency },
        );
        return step.endDialog();
      case 'greeting':
        await reply(this.services, context, { kind: 'greeting' });
        return step.endDialog();
      case 'thanks':
        await reply(this.services, context, { kind: 'thanks' });
        return step.endDialog();
      case 'goodbye':
        await reply(this.services, context, { kind: 'goodbye' });
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
    if (place.status === 'found' && data.place !== undefined) {
      // A place alone: the nearest offices there, for the body in context if there is one.
      return step.beginDialog(
        FIND_OFFICE,
        data.lastAgency === undefined ? {} : { agency: data.lastAgency },
      );
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
    return step.prompt(CONFIRM_PROMPT, {
      prompt: rendered(this.services, step.context, { kind: 'agency', agency, offerOffice: true }),
      style: ListStyle.none,
    });
  }

  private async chooseAgency(
    step: WaterfallStepContext<MainOptions>,
    options: AgencyId[],
  ): Promise<DialogTurnResult> {
    const top = options.slice(0, 3);
    valuesOf(step).pending = 'agency';
    valuesOf(step).options = top;
    const lang = turnLanguage(step.context).lang;
    return step.prompt(CHOICE_PROMPT, {
      prompt: rendered(this.services, step.context, { kind: 'chooseAgency', options: top }),
      choices: top.map((id) => this.services.renderer.agencyName(id, lang)),
      style: ListStyle.none,
    });
  }

  private async askPlaceStep(
    step: WaterfallStepContext<FindOfficeOptions>,
  ): Promise<DialogTurnResult> {
    const data = await this.services.state.conversationData.get(step.context, {});
    if (data.place !== undefined && step.options.retry !== true) return step.next(data.place);
    return step.prompt(PLACE_PROMPT, {
      prompt: rendered(this.services, step.context, {
        kind: 'askPlace',
        retry: step.options.retry === true,
        suggestions: step.options.suggestions ?? [],
      }),
    });
  }

  private async resolvePlaceStep(
    step: WaterfallStepContext<FindOfficeOptions>,
  ): Promise<DialogTurnResult> {
    if (isKnownPlace(step.result)) return step.next(step.result);
    const resolution = this.placeIn(step.context);
    const data = await this.services.state.conversationData.get(step.context, {});
    switch (resolution.status) {
      case 'found':
        data.place = known(resolution.match);
        return step.next(data.place);
      case 'ambiguous': {
        const candidates = resolution.candidates.slice(0, 3);
        valuesOf(step).candidates = candidates;
        const labels = candidates.map((c) => ({ name: c.name, municipality: c.municipality }));
        const activity = rendered(this.services, step.context, {
          kind: 'choosePlace',
          written: resolution.span.text,
          candidates: labels,
        });
        return step.prompt(CHOICE_PROMPT, {
          prompt: activity,
          choices: (activity.suggestedActions?.actions ?? []).map((a) => a.title),
          style: ListStyle.none,
        });
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
    const filter =
      agency !== undefined &&
      this.services.offices.offices.some((o) => o.agencies.includes(agency));
    const at = this.services.now();
    const matches = this.services.offices.nearest(place.point, {
      at,
      limit: 3,
      ...(filter ? { agency } : {}),
    });
    const bookingTowns = filter
      ? this.services.offices.townFactsNear(place.point, { agency, at }).map((f) => f.fact.town)
      : [];
    await reply(this.services, step.context, {
      kind: 'offices',
      place: { name: place.name, municipality: place.municipality },
      ...(filter ? { agency } : {}),
      matches,
      bookingTowns: [...new Set(bookingTowns)],
      at,
    });
    return step.endDialog();
  }

  /** The place in this turn: a shared location first, else the text. */
  private placeIn(context: TurnContext): PlaceResolution {
    const { activity } = context;
    const shared: unknown = activity.value ?? activity.entities;
    if (shared !== undefined) {
      const fromShared = this.services.places.fromSharedLocation(shared);
      if (fromShared.status === 'found') return fromShared;
    }
    const text = messageText(activity);
    return this.services.places.resolve(text, turnLanguage(context).lang);
  }
}

/** What a waterfall keeps between its steps. */
interface StepValues {
  pending?: 'offer' | 'agency';
  options?: AgencyId[];
  candidates?: PlaceCandidate[];
}

function valuesOf(step: WaterfallStepContext): StepValues {
  return step.values;
}

function known(place: {
  name: string;
  municipality: string;
  point: { lat: number; lon: number };
}): KnownPlace {
  return { name: place.name, municipality: place.municipality, point: place.point };
}

function isKnownPlace(value: unknown): value is KnownPlace {
  return typeof value === 'object' && value !== null && 'point' in value && 'name' in value;
}

function isFoundChoice(value: unknown): value is FoundChoice {
  return typeof value === 'object' && value !== null && 'index' in value && 'value' in value;
}
