/** Conversation and user state in Azure Blob Storage (botbuilder-azure-blobs), shared by every instance of the bot. */
import { ContainerClient, type StoragePipelineOptions } from '@azure/storage-blob';
import type { StoreItem, StoreItems } from 'botbuilder';
import { BlobsStorage } from 'botbuilder-azure-blobs';
// The key encoding BlobsStorage uses, so items this class creates are the ones it reads.
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
 * balancer. Reads and deletes go through `BlobsStorage`; writes are uploads in the same format
 * (JSON without the eTag, the same key encoding), made here so that:
 * - an item with an eTag is written with `If-Match` (as BlobsStorage does), one without an eTag
 *   with `If-None-Match: *` (BlobsStorage would overwrite an item another instance created
 *   meanwhile), and "*" overwrites; a refused write is an "eTag conflict" error;
 * - each write tells the eTag it produced (VersionedStorage), which OptimisticStorage needs;
 * - the Content-Length is counted in bytes (Ukrainian text is two bytes a letter).
 * Requests retry briefly and time out, so an outage becomes an error within seconds; after an
 * outage fresh clients are used (BlobsStorage remembers a failed container check for good), so
 * service resumes when storage returns.
 */
export class BlobStateStorage implements VersionedStorage {
  private readonly pipeline: StoragePipelineOptions;
  private readonly container: ContainerClient;
  private blobs: BlobsStorage;
  private containerChecked: Promise<unknown> | undefined;

  constructor(
    private readonly connectionString: string,
    private readonly containerName: string,
    options: BlobStateStorageOptions = {},
  ) {
    const retryDelayInMs = options.retryDelayMs ?? 200;
    this.pipeline = {
      retryOptions: {
        maxTries: options.maxTries ?? 3,
        tryTimeoutInMs: options.tryTimeoutMs ?? 5000,
        retryDelayInMs,
        maxRetryDelayInMs: retryDelayInMs * 4,
      },
    };
    this.container = new ContainerClient(connectionString, containerName, this.pipeline);
    this.blobs = this.newBlobsStorage();
  }

  read(keys: string[]): Promise<StoreItems> {
    return this.guard(() => this.blobs.read(keys));
  }

  async write(changes: StoreItems): Promise<void> {
    await this.writeVersioned(changes);
  }

  writeVersioned(changes: StoreItems): Promise<Record<string, string>> {
    return this.guard(async () => {
      this.containerChecked ??= this.container.createIfNotExists();
      await this.containerChecked;
      const written: Record<string, string> = {};
      await Promise.all(
        (Object.entries(changes) as [string, StoreItem][]).map(async ([key, item]) => {
          written[key] = await this.upload(key, item);
        }),
      );
      return written;
    });
  }

  delete(keys: string[]): Promise<void> {
    return this.guard(() => this.blobs.delete(keys));
  }

  /** Uploads one item under its eTag condition; resolves to the new eTag. */
  private async upload(key: string, item: StoreItem): Promise<string> {
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

  /** Runs a call; after an outage, starts over with fresh clients so a recovered store is used again. */
  private async guard<T>(run: () => Promise<T>): Promise<T> {
    try {
      return await run();
    } catch (error: unknown) {
      if (classifyStorageError(error) === 'unavailable') {
        this.blobs = this.newBlobsStorage();
        this.containerChecked = undefined;
      }
      throw error;
    }
  }

  private newBlobsStorage(): BlobsStorage {
    return new BlobsStorage(this.connectionString, this.containerName, {
      storagePipelineOptions: this.pipeline,
    });
  }
}
