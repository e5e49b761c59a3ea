/** i18next, loaded synchronously from locales/<lang>/*.json, one namespace per file. */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import i18next, { type i18n, type Resource, type TFunction } from 'i18next';
import { LANGS } from '../languages';
import { BoundedMemo } from '../boundedMemo';
import { addNameFormats, Name } from './names';
import { ukEuphony } from './euphony';

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
  const instance = plainI18n(readTextResources(localesDir));
  rememberFixedTexts(instance);
  return instance;
}

/** i18next with the bot's settings over `resources`, as it is before texts are remembered. */
export function plainI18n(resources: Resource): i18n {
  const instance = i18next.createInstance();
  // Ukrainian "у"/"в" depends on the words a template puts around it: chosen on the whole text.
  instance.use({
    type: 'postProcessor',
    name: 'ukEuphony',
    process: (
      value: string,
      _key: unknown,
      options: { lng?: string },
      translator: { language?: string },
    ) => ((options.lng ?? translator.language) === 'uk' ? ukEuphony(value) : value),
  });
  void instance.init({
    postProcess: ['ukEuphony'],
    resources,
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
  addNameFormats(instance);
  return instance;
}

/** Texts remembered per language and namespace, at most (keys come from code, so far fewer). */
const MAX_REMEMBERED = 5000;

/**
 * Texts with options remembered, at most, for all languages together: each key holds the values
 * written out, so the memo stays a few MB however varied the values.
 */
const MAX_REMEMBERED_WITH_VALUES = 3000;

/**
 * The memo key of options made only of plain values (text, numbers, yes/no, Names), which alone
 * decide the text; undefined for anything else (objects, lists, functions, returnObjects), which
 * goes through i18next every time.
 */
function valuesKey(options: unknown): string | undefined {
  if (typeof options !== 'object' || options === null || Array.isArray(options)) return undefined;
  const parts: string[] = [];
  for (const [name, value] of Object.entries(options)) {
    if (name === 'returnObjects' || name === 'postProcess') return undefined;
    if (value instanceof Name) parts.push(name, JSON.stringify(value));
    else if (['string', 'number', 'boolean', 'undefined'].includes(typeof value))
      parts.push(name, typeof value, String(value));
    else return undefined;
  }
  return parts.join('\u0000');
}

/**
 * Makes `getFixedT(lng, ns)` return one function per language and namespace, which looks up a
 * text asked for without options once and remembers it. Resources never change after start, so a
 * text with options of plain values (interpolation, plurals, Names) is remembered too, per key and
 * values, in one bounded memo. Rendering calls t a few dozen times a turn, most with values;
 * i18next's full path was the costliest part of rendering.
 */
function rememberFixedTexts(instance: i18n): void {
  const original = instance.getFixedT.bind(instance);
  const made = new Map<string, TFunction>();
  const withValues = new BoundedMemo<string, unknown>(MAX_REMEMBERED_WITH_VALUES);
  const remembering = (lng: string, ns?: string): TFunction => {
    const id = `${lng}\n${ns ?? ''}`;
    const known = made.get(id);
    if (known !== undefined) return known;
    const fixed = original(lng, ns) as unknown as (...args: unknown[]) => unknown;
    const texts = new Map<string, unknown>();
    const t = (...args: unknown[]): unknown => {
      const [key, options] = args;
      if (typeof key !== 'string') return fixed(...args);
      if (args.length === 2) {
        const values = valuesKey(options);
        if (values === undefined) return fixed(...args);
        return withValues.get(`${id}\n${key}\n${values}`, () => fixed(key, options));
      }
      if (args.length !== 1) return fixed(...args);
      if (texts.has(key)) return texts.get(key);
      const text = fixed(key);
      if (texts.size < MAX_REMEMBERED) texts.set(key, text);
      return text;
    };
    const remembered = t as unknown as TFunction;
    made.set(id, remembered);
    return remembered;
  };
  instance.getFixedT = ((lng: unknown, ns: unknown, keyPrefix: unknown) =>
    typeof lng === 'string' &&
    (ns === undefined || typeof ns === 'string') &&
    keyPrefix === undefined
      ? remembering(lng, ns)
      : original(lng as string, ns as string, keyPrefix as string)) as i18n['getFixedT'];
}
