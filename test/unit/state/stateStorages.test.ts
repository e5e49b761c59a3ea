/** Which state stores get a deadline per call: only those outside this process can hang. */
import { MemoryStorage } from 'botbuilder';
import { loadConfig } from '../../../src/config';
import { createStateStorages } from '../../../src/state/stateStorages';

describe('createStateStorages', () => {
  const config = loadConfig({});
  beforeEach(() => {
    jest.useFakeTimers();
  });
  afterEach(() => {
    jest.useRealTimers();
  });

  it('calls the in-process stores without a deadline timer (they answer at once)', async () => {
    const storages = createStateStorages(config, () => undefined);
    // Each in-process store keeps one expiry timer of its own.
    const timers = jest.getTimerCount();
    try {
      const read = storages.conversation.read(['a']);
      const write = storages.user.write({ b: { lang: 'sv' } });
      expect(jest.getTimerCount()).toBe(timers);
      await Promise.all([read, write]);
      expect(await storages.user.read(['b'])).toMatchObject({ b: { lang: 'sv' } });
    } finally {
      storages.close();
    }
  });

  it('keeps the deadline for a store handed in, which may not answer', async () => {
    const storages = createStateStorages(config, () => undefined, {
      conversation: new MemoryStorage(),
    });
    const timers = jest.getTimerCount();
    try {
      const read = storages.conversation.read(['a']);
      expect(jest.getTimerCount()).toBe(timers + 1);
      await read;
      expect(jest.getTimerCount()).toBe(timers);
    } finally {
      storages.close();
    }
  });
});
