/** What the dialogs are given at construction: the renderer and the domain services they consult. */
import type { TurnContext } from 'botbuilder';
import type { CommandMatcher } from '../src/language/commandMatcher';
import { turnLanguage } from '../src/language/languageMiddleware';
import type { Answer } from '../src/render/answer';
import type { Renderer } from '../src/render/renderer';
import type { GuideState } from '../src/state/guideState';

/** The services every dialog gets through its constructor. */
export interface DialogServices {
  renderer: Renderer;
  commands: CommandMatcher;
  state: GuideState;
}

/** Sends an Answer, rendered in the turn's language for the turn's channel. */
export async function reply(
  services: DialogServices,
  context: TurnContext,
  answer: Answer,
): Promise<void> {
  const activity = services.renderer.render(answer, {
    lang: turnLanguage(context).lang,
    channelId: context.activity.channelId,
  });
  await context.sendActivity(activity);
}
