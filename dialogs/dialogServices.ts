/** What the dialogs are given at construction: the renderer and the domain services they consult. */
import type { TurnContext } from 'botbuilder';
import type { AgencyCatalogue } from '../src/agencies/agencyCatalogue';
import type { UkraineGuide } from '../src/agencies/ukraineGuide';
import type { FollowUpReader } from '../src/language/followUpReader';
import type { CommandMatcher } from '../src/language/commandMatcher';
import type { LanguageResources } from '../src/language/languageResources';
import { turnLanguage } from '../src/language/languageMiddleware';
import type { OfficeDirectory } from '../src/offices';
import type { PlaceResolver } from '../src/places';
import type { Answer } from '../src/render/answer';
import type { Renderer } from '../src/render/renderer';
import type { GuideState } from '../src/state/guideState';
import { turnMemo } from '../src/state/turnMemo';
import type { Interpretation } from '../src/understanding/interpretation';
import type { Understanding } from '../src/understanding/understanding';
import { isVoiceActivity, messageText } from '../src/activityText';

/** The services every dialog gets through its constructor. */
export interface DialogServices {
  renderer: Renderer;
  commands: CommandMatcher;
  state: GuideState;
  languages: LanguageResources;
  understanding: Understanding;
  places: PlaceResolver;
  offices: OfficeDirectory;
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

/** Sends an Answer, rendered in the turn's language for the turn's channel. */
export async function reply(
  services: DialogServices,
  context: TurnContext,
  answer: Answer,
): Promise<void> {
  await context.sendActivity(rendered(services, context, answer));
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
  const interpretation = services.understanding.interpret(
    messageText(context.activity),
    turnLanguage(context).lang,
    data.lastAgency === undefined ? {} : { agency: data.lastAgency },
  );
  memo.set(INTERPRETATION, interpretation);
  return interpretation;
}
