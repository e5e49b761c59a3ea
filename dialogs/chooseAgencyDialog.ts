/**
 * "I'm not sure which authority this is about. Is it one of these?": asks with the likeliest bodies
 * and reads every answer against them (the interpretation knows the question and its options).
 */
import {
  Dialog,
  type DialogContext,
  type DialogInstance,
  type DialogTurnResult,
} from 'botbuilder-dialogs';
import type { TurnContext } from 'botbuilder';
import type { AgencyId } from '../src/agencies/agencyIds';
import type { Answer, ChoiceReason } from '../src/render/answer';
import type { Interpretation } from '../src/understanding/interpretation';
import { interpretTurn, reply, type DialogServices } from './dialogServices';
import { known, REREAD } from './findOfficeDialog';

export const CHOOSE_AGENCY_DIALOG = 'chooseAgencyDialog';

/**
 * What the dialog ends with when the answer is a new message to read again and a place was given
 * while the question was open: a body read from it goes to the offices there at once.
 */
export const REREAD_WITH_PLACE = 'chooseAgencyDialog.rereadWithPlace';

/** The bodies to choose from, best first; `withPlace` when the person already said where they are. */
export interface ChooseAgencyOptions {
  options: AgencyId[];
  withPlace?: boolean;
  /** One short line per body says when it is that body. */
  reasons?: ChoiceReason[];
}

/** What the dialog ends with when a body was chosen: answer it (with offices when the place is known). */
export interface AgencyChosen {
  chosen: AgencyId;
  withPlace: boolean;
}

/** A choice among more bodies than this is not read aloud. */
const MAX_OPTIONS = 3;
/** Answers the bot could not read, after which it gives the general number (the state is kept). */
const GIVE_UP_AFTER = 2;

interface ChoiceState {
  options: AgencyId[];
  /** The question last asked (asked again after a language change or help). */
  question: Answer;
  /** The question as first asked, with why each body could be the one. */
  first: Answer;
  /** Answers in a row that said nothing the bot could read. */
  misses: number;
  withPlace: boolean;
}

/** Intents that are no answer to the question but something the main dialog answers. */
const OTHER_TURNS = new Set<Interpretation['intent']>([
  'human',
  'nextStep',
  'contact',
  'greeting',
  'thanks',
  'goodbye',
  'findOffice',
  'openingHours',
  'officeStatus',
]);

/** Intents of a request for a person or their number: read, even with a "no thanks" in it. */
const PERSON_TURNS = new Set<Interpretation['intent']>(['human', 'contact', 'nextStep']);

/**
 * Asks which body, and decides from the reading of each answer: a body named, numbered or keyed
 * is taken; "yes" names them again; "none of them" asks for the matter in other words; a new
 * description is read as a matter again; a place is kept for the office search; after two answers
 * it cannot read, the general number, with everything the conversation knows kept.
 */
export class ChooseAgencyDialog extends Dialog<ChooseAgencyOptions> {
  constructor(private readonly services: DialogServices) {
    super(CHOOSE_AGENCY_DIALOG);
  }

  override async beginDialog(
    dc: DialogContext,
    options?: ChooseAgencyOptions,
  ): Promise<DialogTurnResult> {
    const bodies = (options?.options ?? []).slice(0, MAX_OPTIONS);
    const reasons = options?.reasons?.filter((r) => bodies.includes(r.agency));
    const first: Answer = {
      kind: 'chooseAgency',
      options: bodies,
      ...(reasons === undefined ? {} : { reasons }),
    };
    const state: ChoiceState = {
      options: bodies,
      question: first,
      first,
      misses: 0,
      withPlace: options?.withPlace === true,
    };
    if (dc.activeDialog !== undefined) dc.activeDialog.state = state;
    await this.ask(dc.context, state, state.question);
    return Dialog.EndOfTurn;
  }

  override async continueDialog(dc: DialogContext): Promise<DialogTurnResult> {
    const state = dc.activeDialog?.state as ChoiceState | undefined;
    if (state === undefined) return dc.endDialog(REREAD);
    const { context } = dc;
    const meaning = await interpretTurn(this.services, context);
    const data = await this.services.state.conversationData.get(context, {});
    const place = meaning.place?.resolution;
    const placeNow = place?.status === 'found';
    if (place?.status === 'found') {
      data.place = known(place.match);
      state.withPlace = true;
    }
    const choice = meaning.choice;
    const chosen =
      choice?.kind === 'option'
        ? state.options[choice.index]
        : choice?.kind === 'other'
          ? choice.agency
          : undefined;
    if (chosen !== undefined) {
      await this.close(context);
      const result: AgencyChosen = { chosen, withPlace: state.withPlace };
      return dc.endDialog(result);
    }
    if (choice?.kind === 'none') {
      await this.close(context);
      data.misses = 0;
      await reply(this.services, context, { kind: 'rephrase' });
      return dc.endDialog();
    }
    if (choice?.kind === 'declined' && !PERSON_TURNS.has(meaning.intent)) {
      // "No thanks, I don't need an office": closed politely, with how to reach the bodies.
      await this.close(context);
      data.misses = 0;
      await reply(this.services, context, { kind: 'declined', agencies: state.options });
      return dc.endDialog();
    }
    const matter = meaning.matter;
    // A new description names a body surely, or other bodies than those offered; a yes or a place
    // with a vaguer matter in it is an answer to the question, not the same question asked anew.
    const answers = choice?.kind === 'yes' || placeNow;
    const newDescription =
      meaning.intent === 'matter' &&
      matter !== undefined &&
      (matter.body !== undefined ||
        (!answers && matter.alternatives.some((a) => !state.options.includes(a.agency))));
    // A new description of the matter, or a turn the main dialog answers: read as a new message.
    if (newDescription || OTHER_TURNS.has(meaning.intent)) {
      // A person asked for while the body is not known: Statens servicecenter, not an earlier body.
      if (meaning.intent === 'human' && matter?.body === undefined) delete data.lastAgency;
      await this.close(context);
      return dc.endDialog(state.withPlace ? REREAD_WITH_PLACE : REREAD);
    }
    if (choice?.kind === 'yes' || placeNow) {
      // "Yes" or "I'm in Solna": which one, the bodies named again (the place kept for later).
      await this.ask(context, state, {
        kind: 'whichAgency',
        options: state.options,
        ...(placeNow ? { placeKept: true } : {}),
      });
      return Dialog.EndOfTurn;
    }
    state.misses += 1;
    if (state.misses < GIVE_UP_AFTER) {
      await this.ask(context, state, { kind: 'reask', agencies: state.options });
      return Dialog.EndOfTurn;
    }
    // Two answers the bot could not read: the general number; what the conversation knows stays.
    await this.close(context);
    data.misses = GIVE_UP_AFTER;
    await reply(this.services, context, { kind: 'outOfScope', misses: GIVE_UP_AFTER });
    return dc.endDialog();
  }

  /** After a language change or help: the last question again, in the turn's language. */
  override async repromptDialog(context: TurnContext, instance: DialogInstance): Promise<void> {
    const state = instance.state as ChoiceState | undefined;
    if (state === undefined) return;
    const again: Answer = state.question.kind === 'reask' ? state.first : state.question;
    await this.ask(context, state, again);
  }

  /** Asks `question` and marks the choice open, so the next turn is read against its bodies. */
  private async ask(context: TurnContext, state: ChoiceState, question: Answer): Promise<void> {
    state.question = question;
    const data = await this.services.state.conversationData.get(context, {});
    data.awaiting = 'choice';
    data.choices = state.options;
    await reply(this.services, context, question);
  }

  /** The question is answered or given up: no longer read against. */
  private async close(context: TurnContext): Promise<void> {
    const data = await this.services.state.conversationData.get(context, {});
    delete data.awaiting;
    delete data.choices;
  }
}
