/** Conversation and user state in Azure Blob Storage (botbuilder-azure-blobs), shared by every instance of the bot. */
import { ContainerClient, type StoragePipelineOptions } from '@azure/storage-blob';
import type { StoreItem, StoreItems } from 'botbuilder';
// The key encoding of botbuilder-azure-blobs' BlobsStorage, so both read the same blobs.
import { sanitizeBlobKey } from 'botbuilder-azure-blobs/lib/sanitizeBlobKey';
import type { VersionedStorage } from './optimisticStorage';
import { classifyStorageError } from './storageErrors';

/** How hard one storage call tries before the turn gives up and apologises. */
export interface BlobStateStorageOptions {
  /** Attempts per request, the first included. */
  maxTries?: number;
  /** Time allowed for one attempt. */
  tryTimeoutMs?: number;
  /** Wait before a retry (doubles, up to four times this). */
  retryDelayMs?: number;
}

/**
 * Bot Framework Storage over one Azure Blob Storage container, for several instances behind a load
 * balancer, in the format of botbuilder-azure-blobs' BlobsStorage (JSON without the eTag, the same
 * key encoding), so either can read what the other wrote. Every request takes the caller's
 * AbortSignal (the deadline of InstrumentedStorage): the SDK's own timeout is a server-side URL
 * parameter, and a store that stops answering would hold a turn for minutes. Writes:
 * - an item with an eTag is written with `If-Match`, one without an eTag with `If-None-Match: *`
 *   (BlobsStorage would overwrite an item another instance created meanwhile), and "*"
 *   overwrites; a refused write is an "eTag conflict" error;
 * - each write tells the eTag it produced (VersionedStorage), which OptimisticStorage needs;
 * - the Content-Length is counted in bytes (Ukrainian text is two bytes a letter).
 * Stored text that is not a JSON object fails the read with a SyntaxError (see unreadableState).
 * Requests retry briefly; after an outage the container is checked again.
 */
export class BlobStateStorage implements VersionedStorage {
  private readonly container: ContainerClient;
  private containerChecked: Promise<unknown> | undefined;

  constructor(
    connectionString: string,
    containerName: string,
    options: BlobStateStorageOptions = {},
  ) {
    const retryDelayInMs = options.retryDelayMs ?? 200;
    const pipeline: StoragePipelineOptions = {
      retryOptions: {
        maxTries: options.maxTries ?? 3,
        tryTimeoutInMs: options.tryTimeoutMs ?? 5000,
        retryDelayInMs,
        maxRetryDelayInMs: retryDelayInMs * 4,
      },
    };
    this.container = new ContainerClient(connectionString, containerName, pipeline);
  }

  read(keys: string[], signal?: AbortSignal): Promise<StoreItems> {
    return this.guard(async () => {
      const items: StoreItems = {};
      await Promise.all(
        keys.map(async (key) => {
          const item = await this.download(key, signal);
          if (item !== undefined) items[key] = item;
        }),
      );
      return items;
    });
  }

  async write(changes: StoreItems, signal?: AbortSignal): Promise<void> {
    await this.writeVersioned(changes, signal);
  }

  writeVersioned(changes: StoreItems, signal?: AbortSignal): Promise<Record<string, string>> {
    return this.guard(async () => {
      this.containerChecked ??= this.container.createIfNotExists({ abortSignal: signal });
      await this.containerChecked;
      const written: Record<string, string> = {};
      await Promise.all(
        (Object.entries(changes) as [string, StoreItem][]).map(async ([key, item]) => {
          written[key] = await this.upload(key, item, signal);
        }),
      );
      return written;
    });
  }

  delete(keys: string[], signal?: AbortSignal): Promise<void> {
    return this.guard(async () => {
      await Promise.all(
        keys.map((key) =>
          this.container
            .getBlobClient(sanitizeBlobKey(key))
            .deleteIfExists({ abortSignal: signal }),
        ),
      );
    });
  }

  /** One item, or undefined when there is none (or no container yet). */
  private async download(key: string, signal?: AbortSignal): Promise<StoreItem | undefined> {
    let response;
    try {
      response = await this.container
        .getBlobClient(sanitizeBlobKey(key))
        .download(0, undefined, { abortSignal: signal });
    } catch (error: unknown) {
      if ((error as { statusCode?: unknown }).statusCode === 404) return undefined;
      throw error;
    }
    const body = response.readableStreamBody;
    if (body === undefined) return undefined;
    const chunks: Buffer[] = [];
    for await (const chunk of body) chunks.push(Buffer.from(chunk as Uint8Array));
    const parsed: unknown = JSON.parse(Buffer.concat(chunks).toString('utf8'));
    if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
      throw new SyntaxError(`stored state under "${key}" is not a JSON object`);
    }
    return { ...(parsed as StoreItem), eTag: response.etag ?? '*' };
  }

  /** Uploads one item under its eTag condition; resolves to the new eTag. */
  private async upload(key: string, item: StoreItem, signal?: AbortSignal): Promise<string> {
    const value: Record<string, unknown> = { ...item };
    delete value.eTag;
    const body = JSON.stringify(value);
    const { eTag } = item;
    const conditions =
      eTag === '*'
        ? {}
        : typeof eTag === 'string' && eTag !== ''
          ? { ifMatch: eTag }
          : { ifNoneMatch: '*' };
    try {
      const response = await this.container
        .getBlockBlobClient(sanitizeBlobKey(key))
        .upload(body, Buffer.byteLength(body), {
          conditions,
          blobHTTPHeaders: { blobContentType: 'application/json' },
          abortSignal: signal,
        });
      return response.etag ?? '*';
    } catch (error: unknown) {
      const status = (error as { statusCode?: unknown }).statusCode;
      if (status === 409 || status === 412) {
        throw new Error(`Storage: eTag conflict writing "${key}": another turn saved it first`, {
          cause: error,
        });
      }
      throw error;
    }
  }

  /** Runs a call; after an outage the container is checked (created if missing) again. */
  private async guard<T>(run: () => Promise<T>): Promise<T> {
    try {
      return await run();
    } catch (error: unknown) {
      if (classifyStorageError(error) === 'unavailable') this.containerChecked = undefined;
      throw error;
    }
  }
}
