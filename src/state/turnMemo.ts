/** Values a turn works out once from its message and state, kept for the rest of the turn. */
import type { TurnContext } from 'botbuilder';

const MEMO = Symbol('turnMemo');

/**
 * The turn's memo: what the message means, how a prompt read it. A turn run again on fresh state
 * after losing a storage race starts with an empty memo (see ConflictRetryMiddleware), since
 * these values depend on the state they were worked out from.
 */
export function turnMemo(context: TurnContext): Map<unknown, unknown> {
  let memo = context.turnState.get<Map<unknown, unknown> | undefined>(MEMO);
  if (memo === undefined) {
    memo = new Map();
    context.turnState.set(MEMO, memo);
  }
  return memo;
}

/** Forgets everything the turn worked out so far. */
export function forgetTurnMemo(context: TurnContext): void {
  context.turnState.delete(MEMO);
}
