/** What the dialogs are given at construction: the renderer and the domain services they consult. */
import type { TurnContext } from 'botbuilder';
import type { AgencyCatalogue } from '../src/agencies/agencyCatalogue';
import type { UkraineGuide } from '../src/agencies/ukraineGuide';
import type { FollowUpReader } from '../src/language/followUpReader';
import type { LanguageResources } from '../src/language/languageResources';
import { turnLanguage } from '../src/language/languageMiddleware';
import type { OfficeDirectory } from '../src/offices';
import type { OfficeListService } from '../src/offices/officeList';
import type { PlaceResolver } from '../src/places';
import type { Answer } from '../src/render/answer';
import type { Renderer } from '../src/render/renderer';
import type { GuideState } from '../src/state/guideState';
import { turnMemo } from '../src/state/turnMemo';
import { toStockholm } from '../src/offices/stockholmTime';
import type { Interpretation, ReadingContext, Turn } from '../src/understanding/interpretation';
import type { Interpreter } from '../src/understanding/interpreter';
import { isVoiceActivity, messageText } from '../src/activityText';

/** The services every dialog gets through its constructor. */
export interface DialogServices {
  renderer: Renderer;
  state: GuideState;
  languages: LanguageResources;
  /** The one reading of each turn. */
  interpreter: Interpreter;
  places: PlaceResolver;
  offices: OfficeDirectory;
  /** Paging and detail of the office list shown. */
  officeList: OfficeListService;
  catalogue: AgencyCatalogue;
  /** Reads "more", "the second one" and day words after an office list. */
  followUps: FollowUpReader;
  /** The facts of the guide for people from Ukraine. */
  ukraine: UkraineGuide;
  /** The time of the turn (a test freezes it). */
  now: () => Date;
}

/** The rendered activity of an Answer, in the turn's language for the turn's channel. */
export function rendered(services: DialogServices, context: TurnContext, answer: Answer) {
  return services.renderer.render(answer, {
    lang: turnLanguage(context).lang,
    channelId: context.activity.channelId,
    voice: isVoiceActivity(context.activity),
  });
}

const REPLIES_KEPT = Symbol('repliesKept');

/** Sends an Answer, rendered in the turn's language for the turn's channel; kept for "repeat". */
export async function reply(
  services: DialogServices,
  context: TurnContext,
  answer: Answer,
): Promise<void> {
  const activity = rendered(services, context, answer);
  const data = await services.state.conversationData.get(context, {});
  if (answer.kind === 'emergency') data.afterEmergency = true;
  else delete data.afterEmergency;
  // The first reply of a turn replaces the last turn's replies.
  const memo = turnMemo(context);
  if (memo.get(REPLIES_KEPT) !== true || data.lastReplies === undefined) {
    memo.set(REPLIES_KEPT, true);
    data.lastReplies = [];
    data.lastKinds = [];
  }
  (data.lastKinds ??= []).push(answer.kind);
  data.lastReplies.push({
    ...(activity.text === undefined ? {} : { text: activity.text }),
    ...(activity.speak === undefined ? {} : { speak: activity.speak }),
    ...(activity.inputHint === undefined ? {} : { inputHint: activity.inputHint }),
  });
  await context.sendActivity(activity);
}

/** Says the last turn's replies again ("repeat", "förlåt vad sa du"), as text and as speech. */
export async function repeatLastReplies(
  services: DialogServices,
  context: TurnContext,
): Promise<void> {
  const data = await services.state.conversationData.get(context, {});
  const replies = data.lastReplies ?? [];
  if (replies.length === 0) {
    await reply(services, context, { kind: 'help' });
    return;
  }
  for (const sent of replies) await context.sendActivity({ type: 'message', ...sent });
}

const INTERPRETATION = Symbol('interpretation');

/** What the message of this turn means; interpreted once per turn and shared by every dialog. */
export async function interpretTurn(
  services: DialogServices,
  context: TurnContext,
): Promise<Interpretation> {
  const memo = turnMemo(context);
  const cached = memo.get(INTERPRETATION) as Interpretation | undefined;
  if (cached !== undefined) return cached;
  const data = await services.state.conversationData.get(context, {});
  const { activity } = context;
  const shared: unknown = activity.value ?? activity.entities;
  const turn: Turn = {
    text: messageText(activity),
    lang: turnLanguage(context).lang,
    today: toStockholm(services.now()).date,
    ...(shared === undefined ? {} : { shared }),
  };
  const reading: ReadingContext = {
    ...(data.awaiting === undefined ? {} : { asked: data.awaiting }),
    ...(data.lastAgency === undefined ? {} : { body: data.lastAgency }),
    ...(data.awaiting === 'choice' && data.choices !== undefined ? { options: data.choices } : {}),
    ...(data.place === undefined ? {} : { place: data.place.point }),
    ...(data.offices === undefined || data.place === undefined
      ? {}
      : { officeList: data.offices.agency === undefined ? {} : { agency: data.offices.agency } }),
    ...(data.transferFailed === true ? { transferFailed: true } : {}),
    ...(data.afterEmergency === true ? { afterEmergency: true } : {}),
  };
  const interpretation = services.interpreter.interpret(turn, reading);
  memo.set(INTERPRETATION, interpretation);
  // "Are they open on Saturday?" before any list: kept for the list that follows.
  if (interpretation.dayAsked !== undefined) data.askedDay = interpretation.dayAsked;
  return interpretation;
}
