import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { LANGS } from '../../../src/languages';
import { localesDir } from '../../../src/paths';
import { TEXT_NAMESPACES } from '../../../src/render/i18n';

/** Plural forms: each language has its own plural categories (i18next), so only these may differ. */
const PLURAL = /_(zero|one|two|few|many|other)$/;

function flatten(value: unknown, prefix = ''): Record<string, string> {
  if (typeof value === 'string') return { [prefix]: value };
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new Error(`${prefix}: not a string or object`);
  }
  return Object.assign(
    {},
    ...Object.entries(value).map(([k, v]) => flatten(v, prefix === '' ? k : `${prefix}.${k}`)),
  ) as Record<string, string>;
}

function load(lang: string, ns: string): Record<string, string> | undefined {
  const files = readdirSync(join(localesDir, lang));
  if (!files.includes(`${ns}.json`)) return undefined;
  return flatten(JSON.parse(readFileSync(join(localesDir, lang, `${ns}.json`), 'utf8')));
}

const placeholders = (text: string) =>
  [...text.matchAll(/\{\{\s*([\w.]+)/g)].map((m) => m[1]).sort();

describe.each(TEXT_NAMESPACES)('locales: namespace %s', (ns) => {
  const files = Object.fromEntries(LANGS.map((l) => [l, load(l, ns)]));
  const present = LANGS.filter((l) => files[l] !== undefined);

  it('exists in all three languages or in none', () => {
    expect([0, 3]).toContain(present.length);
  });

  it('has the same keys in all three languages (plural forms aside)', () => {
    const base = (lang: string) =>
      [...new Set(Object.keys(files[lang] ?? {}).map((k) => k.replace(PLURAL, '')))].sort();
    for (const lang of present) expect(base(lang)).toEqual(base('sv'));
  });

  it('uses the same placeholders for each key', () => {
    for (const key of Object.keys(files.sv ?? {})) {
      const stem = key.replace(PLURAL, '');
      const of = (lang: string) =>
        [
          ...new Set(
            Object.entries(files[lang] ?? {})
              .filter(([k]) => k.replace(PLURAL, '') === stem)
              .flatMap(([, v]) => placeholders(v)),
          ),
        ].sort();
      for (const lang of present)
        expect({ key, lang, p: of(lang) }).toEqual({ key, lang, p: of('sv') });
    }
  });

  it('gives Ukrainian plurals their one/few/many/other forms', () => {
    const uk = Object.keys(files.uk ?? {});
    for (const stem of new Set(
      uk.filter((k) => PLURAL.test(k)).map((k) => k.replace(PLURAL, '')),
    )) {
      for (const form of ['one', 'few', 'many', 'other']) expect(uk).toContain(`${stem}_${form}`);
    }
  });

  it('has no empty texts', () => {
    for (const lang of present) {
      for (const [key, text] of Object.entries(files[lang] ?? {})) {
        expect({ lang, key, empty: text.trim() === '' }).toEqual({ lang, key, empty: false });
      }
    }
  });
});
