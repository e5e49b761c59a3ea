/** Chooses where conversation and user state live (STORAGE=memory|blob) and wraps the stores so failures are counted. */
import type { Storage } from 'botbuilder';
import type { Config } from '../config';
import { BlobStateStorage } from './blobStateStorage';
import { InstrumentedStorage, type StorageErrorListener } from './instrumentedStorage';
import { StorageHealth } from './storageHealth';
import { NodeCacheStorage } from './nodeCacheStorage';
import { OptimisticStorage, isVersionedStorage } from './optimisticStorage';

/** The two stores the bot's state needs, and how to release them. */
export interface StateStorages {
  conversation: InstrumentedStorage;
  user: InstrumentedStorage;
  /** Whether storage answers (the readiness check). */
  health: StorageHealth;
  /** Stops the expiry timers of in-process stores. */
  close(): void;
}

/** Stores handed in instead of the configured ones (tests, benchmarks). */
export interface StorageOverrides {
  conversation?: Storage;
  user?: Storage;
}

/**
 * In-process stores with expiry (one instance), or one Azure Blob Storage container shared by
 * every instance (conversation and user keys do not overlap). Stores that report their eTags get
 * optimistic concurrency back (OptimisticStorage: BotState alone writes with "*"). Each store
 * reports its failures to `onError` and throws StorageErrors the turn's error handler understands;
 * every call to a store outside this process has a deadline (STORAGE_TIMEOUT_MS), and `health`
 * follows whether storage answers.
 */
export function createStateStorages(
  config: Pick<Config, 'storage' | 'state' | 'storageTimeoutMs'>,
  onError: StorageErrorListener,
  overrides: StorageOverrides = {},
): StateStorages {
  let shared: Storage | undefined;
  // Of the memory budget, conversations get seven eighths: a user keeps only a language.
  const configured = (ttlSeconds: number, share: number): Storage => {
    if (config.storage.kind === 'memory')
      return new NodeCacheStorage(
        ttlSeconds,
        config.state.memoryMaxItems,
        Math.floor(config.state.memoryMaxBytes * share),
      );
    shared ??= new BlobStateStorage(config.storage.connectionString, config.storage.container);
    return shared;
  };
  const conversation =
    overrides.conversation ?? configured(config.state.conversationTtlSeconds, 7 / 8);
  const user = overrides.user ?? configured(config.state.userTtlSeconds, 1 / 8);
  const health = new StorageHealth();
  const guard = (store: Storage): InstrumentedStorage =>
    new InstrumentedStorage(
      isVersionedStorage(store) ? new OptimisticStorage(store) : store,
      (operation, kind) => {
        health.failed(kind);
        onError(operation, kind);
      },
      {
        deadlineMs:
          store instanceof NodeCacheStorage ? Number.POSITIVE_INFINITY : config.storageTimeoutMs,
        onSuccess: () => {
          health.succeeded();
        },
      },
    );
  const guarded = { conversation: guard(conversation), user: guard(user) };
  health.watch(guarded.conversation);
  return {
    ...guarded,
    health,
    close() {
      for (const store of [conversation, user]) {
        if (store instanceof NodeCacheStorage) store.close();
      }
    },
  };
}
