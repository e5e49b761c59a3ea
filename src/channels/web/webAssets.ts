/** The widget page's files: web/, Web Chat's bundle from node_modules, the page's strings and its settings. */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Request, Response, Server } from 'restify';
import { LANGS, isLang, type Lang } from '../../languages';
import { localesDir, projectRoot, webDir } from '../../paths';
import { asyncRoute } from '../asyncRoute';

/** Where the page gets its Direct Line token, and which Direct Line it talks to. */
export interface WidgetSettings {
  /** `local`: the bot's own Direct Line endpoint; `azure`: Azure Bot Service's, via the token route. */
  mode: 'local' | 'azure';
  /** The route that gives the page a token (POST). */
  tokenUrl: string;
  /** The Direct Line base URL; absent means this server's own `/v3/directline`. */
  domain?: string;
  /** Where to get help when the chat cannot connect: Statens servicecenter's number and office finder. */
  help?: { phone: string; url: string };
}

interface Asset {
  body: Buffer;
  gzipped?: Buffer;
  type: string;
  cache: string;
}

/** Where the page loads Web Chat from. */
export const WEBCHAT_ROUTE = '/webchat/webchat.js';

const PAGE_FILES: Record<string, string> = {
  '/web/app.js': 'app.js',
  '/web/styles.css': 'styles.css',
};

/** Where `npm run build` puts Web Chat's bundle (scripts/copyWebChat.mjs). */
export const BUILT_WEBCHAT_BUNDLE = join(projectRoot, 'dist', 'webchat', 'webchat.js');

/**
 * The Web Chat bundle (the full one: it renders Adaptive Cards, and carries its own React): the
 * copy the build made, else, when running from source (tests), the dev dependency's own file.
 */
export function webChatBundlePath(): string {
  if (existsSync(BUILT_WEBCHAT_BUNDLE)) return BUILT_WEBCHAT_BUNDLE;
  return join(dirname(require.resolve('botframework-webchat')), '..', 'dist', 'webchat.js');
}

/** The page's strings in one language: flat keys, the same in sv, en and uk. */
export function loadWebStrings(lang: Lang): Record<string, string> {
  const parsed: unknown = JSON.parse(readFileSync(join(localesDir, lang, 'web.json'), 'utf8'));
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
    throw new Error(`locales/${lang}/web.json must be an object of strings`);
  }
  const out: Record<string, string> = {};
  for (const [key, value] of Object.entries(parsed)) {
    if (typeof value !== 'string')
      throw new Error(`locales/${lang}/web.json: ${key} is not a string`);
    out[key] = value;
  }
  return out;
}

function origin(url: string): string {
  return new URL(url).origin;
}

/**
 * Serves the widget: `/` (web/index.html), `/web/app.js`, `/web/styles.css`, Web Chat's bundle
 * at `/webchat/webchat.js` (copied by the build from the npm package, no CDN), the page's strings at
 * `/web/strings/:lang` and its settings at `/web/config.json`. Files are read once; the page
 * gets a Content-Security-Policy that allows only this server (and Azure's Direct Line when
 * configured).
 */
export class WebAssets {
  private readonly assets = new Map<string, Asset>();
  private readonly strings: Record<Lang, Buffer>;
  private readonly csp: string;

  constructor(private readonly settings: WidgetSettings) {
    this.assets.set(
      '/',
      this.fromFile(join(webDir, 'index.html'), 'text/html; charset=utf-8', 'no-cache'),
    );
    for (const [route, file] of Object.entries(PAGE_FILES)) {
      const type = file.endsWith('.js')
        ? 'text/javascript; charset=utf-8'
        : 'text/css; charset=utf-8';
      this.assets.set(route, this.fromFile(join(webDir, file), type, 'no-cache'));
    }
    this.strings = {
      sv: Buffer.from(JSON.stringify(loadWebStrings('sv'))),
      en: Buffer.from(JSON.stringify(loadWebStrings('en'))),
      uk: Buffer.from(JSON.stringify(loadWebStrings('uk'))),
    };
    const connect = ["'self'"];
    if (settings.domain !== undefined) {
      const o = origin(settings.domain);
      connect.push(o, o.replace(/^http/, 'ws'));
    }
    this.csp = [
      "default-src 'self'",
      "script-src 'self'",
      // Web Chat writes its styles at run time.
      "style-src 'self' 'unsafe-inline'",
      "img-src 'self' data: blob:",
      "font-src 'self' data:",
      "media-src 'self' data: blob:",
      `connect-src ${connect.join(' ')}`,
      "object-src 'none'",
      "base-uri 'none'",
      "form-action 'none'",
    ].join('; ');
  }

  /** Adds the routes to the server. */
  register(server: Server): void {
    server.get(
      '/',
      asyncRoute((req, res) => {
        res.header('Content-Security-Policy', this.csp);
        this.send(req, res, '/');
      }),
    );
    for (const route of Object.keys(PAGE_FILES)) {
      server.get(
        route,
        asyncRoute((req, res) => {
          this.send(req, res, route);
        }),
      );
    }
    server.get(
      WEBCHAT_ROUTE,
      asyncRoute((req, res) => {
        if (!this.assets.has(WEBCHAT_ROUTE)) {
          const type = 'text/javascript; charset=utf-8';
          this.assets.set(
            WEBCHAT_ROUTE,
            this.fromFile(webChatBundlePath(), type, 'public, max-age=86400'),
          );
        }
        this.send(req, res, WEBCHAT_ROUTE);
      }),
    );
    server.get(
      '/web/strings/:lang',
      asyncRoute((req, res) => {
        const lang = (req.params as Record<string, string | undefined>).lang;
        if (!isLang(lang)) {
          res.status(404);
          res.json({ error: { code: 'NotFound', message: `languages are ${LANGS.join(', ')}` } });
          return;
        }
        res.header('Cache-Control', 'no-cache');
        res.sendRaw(200, this.strings[lang], { 'Content-Type': 'application/json; charset=utf-8' });
      }),
    );
    server.get(
      '/web/config.json',
      asyncRoute((_req, res) => {
        res.header('Cache-Control', 'no-cache');
        res.json(this.settings);
      }),
    );
  }

  private fromFile(path: string, type: string, cache: string): Asset {
    return { body: readFileSync(path), type, cache };
  }

  private send(req: Request, res: Response, route: string): void {
    const asset = this.assets.get(route);
    if (asset === undefined) {
      res.status(404);
      res.json({ error: { code: 'NotFound', message: 'not found' } });
      return;
    }
    const headers: Record<string, string> = {
      'Content-Type': asset.type,
      'Cache-Control': asset.cache,
      'X-Content-Type-Options': 'nosniff',
      'Referrer-Policy': 'no-referrer',
      Vary: 'Accept-Encoding',
    };
    if (/\bgzip\b/.test(req.header('accept-encoding', '')) && asset.body.length > 1024) {
      asset.gzipped ??= gzipSync(asset.body);
      headers['Content-Encoding'] = 'gzip';
      res.sendRaw(200, asset.gzipped, headers);
      return;
    }
    res.sendRaw(200, asset.body, headers);
  }
}
