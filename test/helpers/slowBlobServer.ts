/** Test helper: a small Azure Blob Storage stand-in on loopback that answers each request after a chosen delay (a slow store). */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

// Azurite's well-known development account (public, documented by Microsoft); the key is not checked.
const ACCOUNT = 'devstoreaccount1';
const KEY =
  'Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==';

/**
 * Keeps blobs in memory and speaks just enough of the Blob REST API for BlobStateStorage: create
 * a container, download, upload (with If-Match / If-None-Match) and delete a block blob. Every
 * answer waits `delayMs`, so a turn that reads and writes state takes as long as a test needs.
 */
export class SlowBlobServer {
  /** Container and state key ("bot-state/directline/conversations/x") → its text and eTag. */
  readonly blobs = new Map<string, { text: string; etag: string }>();
  /** Every request's method and decoded path, as it arrives. */
  readonly requests: string[] = [];
  delayMs = 0;
  private server: Server | undefined;
  private version = 0;
  private url = '';

  /** The connection string of this store. */
  get connectionString(): string {
    return [
      'DefaultEndpointsProtocol=http',
      `AccountName=${ACCOUNT}`,
      `AccountKey=${KEY}`,
      `BlobEndpoint=${this.url}/${ACCOUNT};`,
    ].join(';');
  }

  async start(): Promise<void> {
    this.server = createServer((req, res) => {
      const chunks: Buffer[] = [];
      this.requests.push(`${req.method ?? ''} ${decodeURIComponent(req.url ?? '')}`);
      req.on('data', (chunk: Buffer) => chunks.push(chunk));
      req.on('end', () => {
        setTimeout(() => {
          this.answer(req, Buffer.concat(chunks).toString('utf8'), res);
        }, this.delayMs);
      });
    });
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
  }

  async stop(): Promise<void> {
    const server = this.server;
    if (server === undefined) return;
    server.closeAllConnections();
    await new Promise<void>((resolve) => {
      server.close(() => {
        resolve();
      });
    });
  }

  /** The blob paths whose name contains `text`. */
  saved(text: string): string[] {
    return [...this.blobs.keys()].filter((key) => key.includes(text));
  }

  private answer(req: IncomingMessage, body: string, res: ServerResponse): void {
    const url = new URL(req.url ?? '/', this.url);
    // Blob names are the state keys URI-encoded (sanitizeBlobKey), and encoded again in the URL.
    const path = decodeURIComponent(decodeURIComponent(url.pathname)).replace(`/${ACCOUNT}/`, '');

    const headers = { 'x-ms-version': '2025-01-05', 'last-modified': new Date().toUTCString() };
    const fail = (status: number, code: string) => {
      res.writeHead(status, {
        ...headers,
        'x-ms-error-code': code,
        'content-type': 'application/xml',
      });
      res.end(`<?xml version="1.0" encoding="utf-8"?><Error><Code>${code}</Code></Error>`);
    };
    if (url.searchParams.get('restype') === 'container') {
      res.writeHead(req.method === 'PUT' ? 201 : 200, { ...headers, etag: '"container"' });
      res.end();
      return;
    }
    const blob = this.blobs.get(path);
    if (req.method === 'GET' || req.method === 'HEAD') {
      if (blob === undefined) {
        fail(404, 'BlobNotFound');
        return;
      }
      res.writeHead(200, {
        ...headers,
        etag: blob.etag,
        'content-type': 'application/json',
        'content-length': String(Buffer.byteLength(blob.text)),
        'x-ms-blob-type': 'BlockBlob',
      });
      res.end(req.method === 'GET' ? blob.text : undefined);
      return;
    }
    if (req.method === 'PUT') {
      const ifMatch = req.headers['if-match'];
      const ifNoneMatch = req.headers['if-none-match'];
      if (
        (ifNoneMatch === '*' && blob !== undefined) ||
        (ifMatch !== undefined && ifMatch !== blob?.etag)
      ) {
        fail(412, 'ConditionNotMet');
        return;
      }
      this.version += 1;
      const etag = `"v${this.version}"`;
      this.blobs.set(path, { text: body, etag });
      res.writeHead(201, { ...headers, etag });
      res.end();
      return;
    }
    if (req.method === 'DELETE') {
      if (blob === undefined) {
        fail(404, 'BlobNotFound');
        return;
      }
      this.blobs.delete(path);
      res.writeHead(202, headers);
      res.end();
      return;
    }
    fail(400, 'UnsupportedHttpVerb');
  }
}
