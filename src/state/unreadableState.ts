/** State that cannot be read back (not JSON, empty, truncated) is dropped and started afresh, with a mark so the person is told once. */
import type { StoreItems } from 'botbuilder';
import type { AbortableStorage } from './storageDeadline';

/**
 * The property an item read in place of unreadable state carries. BotState keeps the item as the
 * turn's state object, so the mark is seen by StateResetMiddleware, which tells the person and
 * removes it; the end-of-turn save then writes the fresh state without it.
 */
export const UNREADABLE_MARK = 'stateWasUnreadable';

/** True when `error` (or a cause of it) says stored text is not the JSON written there. */
export function isUnreadableState(error: unknown): boolean {
  let current: unknown = error;
  for (let depth = 0; depth < 5 && typeof current === 'object' && current !== null; depth++) {
    if (current instanceof SyntaxError) return true;
    current = (current as { cause?: unknown }).cause;
  }
  return false;
}

/**
 * Reads `keys`; when the store cannot parse what it holds, reads each key alone, deletes the ones
 * that stay unreadable and answers a marked empty item for each instead of failing every later
 * turn (for up to the state's lifetime). Other errors are thrown as they are.
 */
export async function readDroppingUnreadable(
  store: AbortableStorage,
  keys: string[],
  signal: AbortSignal,
  onDropped: (key: string) => void,
): Promise<StoreItems> {
  try {
    return await store.read(keys, signal);
  } catch (error: unknown) {
    if (!isUnreadableState(error)) throw error;
  }
  const items: StoreItems = {};
  for (const key of keys) {
    try {
      Object.assign(items, await store.read([key], signal));
    } catch (error: unknown) {
      if (!isUnreadableState(error)) throw error;
      await store.delete([key], signal);
      onDropped(key);
      items[key] = { [UNREADABLE_MARK]: true };
    }
  }
  return items;
}
