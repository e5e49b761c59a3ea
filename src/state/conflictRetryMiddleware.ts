/** Middleware that runs a turn again when it lost a storage race before saying anything. */
import type { BotState, Middleware, TurnContext } from 'botbuilder';
import { isStorageError } from './storageErrors';
import { forgetTurnMemo } from './turnMemo';

/**
 * When a turn's save fails with an eTag conflict (another turn of the same conversation or user
 * saved first) and the turn has not sent anything yet, nothing anybody saw depends on it: the
 * state is read afresh and the turn runs again, up to `attempts` times. Two conversationUpdates
 * at the start of a Web Chat conversation are the common case. A turn that already replied is
 * not run twice (the person would read the answer twice); its error goes on to onTurnError,
 * which apologises and asks to try again.
 */
export class ConflictRetryMiddleware implements Middleware {
  constructor(
    private readonly states: BotState[],
    private readonly attempts = 3,
  ) {}

  async onTurn(context: TurnContext, next: () => Promise<void>): Promise<void> {
    for (let attempt = 1; ; attempt++) {
      try {
        await next();
        return;
      } catch (error: unknown) {
        if (!isStorageError(error, 'conflict') || context.responded || attempt >= this.attempts) {
          throw error;
        }
        for (const state of this.states) await state.load(context, true);
        forgetTurnMemo(context);
      }
    }
  }
}
