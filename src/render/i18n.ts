/** i18next, loaded synchronously from locales/<lang>/*.json, one namespace per file. */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import i18next, { type i18n, type Resource } from 'i18next';
import { LANGS } from '../languages';

/** The resource files that hold user-facing text; the others hold language data for the domain. */
export const TEXT_NAMESPACES = ['translation', 'agencies', 'voice'] as const;

/** Reads every text namespace of every language; a missing `translation.json` stops the start. */
export function readTextResources(localesDir: string): Resource {
  const resources: Resource = {};
  for (const lang of LANGS) {
    resources[lang] = {};
    for (const ns of TEXT_NAMESPACES) {
      const file = join(localesDir, lang, `${ns}.json`);
      if (!existsSync(file)) {
        if (ns === 'translation') throw new Error(`${file} is missing`);
        continue;
      }
      resources[lang][ns] = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
    }
  }
  return resources;
}

/** A ready i18next instance for the three languages (no fallback: parity is tested instead). */
export function createI18n(localesDir: string): i18n {
  const instance = i18next.createInstance();
  void instance.init({
    resources: readTextResources(localesDir),
    lng: 'sv',
    supportedLngs: [...LANGS],
    fallbackLng: false,
    ns: [...TEXT_NAMESPACES],
    defaultNS: 'translation',
    initAsync: false,
    interpolation: { escapeValue: false },
    returnNull: false,
    showSupportNotice: false,
  });
  return instance;
}
