/** Tells a person once that their conversation was started afresh because its stored state could not be read. */
import type { BotState, Middleware, TurnContext } from 'botbuilder';
import type { Logger } from '../logger';
import { UNREADABLE_MARK } from './unreadableState';

/**
 * Runs after the language is decided: when the conversation's or the user's state was read in
 * place of unreadable stored state (see unreadableState), logs it (no content: there is none to
 * trust), removes the mark so the notice comes once, and lets `notify` tell the person before the
 * turn goes on from a fresh start.
 */
export class StateResetMiddleware implements Middleware {
  constructor(
    private readonly states: { scope: string; state: BotState }[],
    private readonly logger: Logger,
    private readonly notify: (context: TurnContext) => Promise<void>,
  ) {}

  async onTurn(context: TurnContext, next: () => Promise<void>): Promise<void> {
    const reset: string[] = [];
    for (const { scope, state } of this.states) {
      const loaded = (await state.load(context)) as Record<string, unknown>;
      if (loaded[UNREADABLE_MARK] === true) {
        Reflect.deleteProperty(loaded, UNREADABLE_MARK);
        reset.push(scope);
      }
    }
    if (reset.length > 0) {
      this.logger.warn(
        { scopes: reset, channelId: context.activity.channelId },
        'unreadable state dropped; started afresh',
      );
      await this.notify(context);
    }
    await next();
  }
}
