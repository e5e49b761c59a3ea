/** The widget page's strings: the same keys in sv, en and uk, translated, and every key the page uses exists. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadWebStrings } from '../../src/channels/web/webAssets';
import { LANGS } from '../../src/languages';
import { webDir } from '../../src/paths';

const strings = Object.fromEntries(LANGS.map((l) => [l, loadWebStrings(l)])) as Record<
  (typeof LANGS)[number],
  Record<string, string>
>;
const placeholders = (text: string) => [...text.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort();

describe('locales/<lang>/web.json', () => {
  it('has the same keys in Swedish, English and Ukrainian', () => {
    const keys = Object.keys(strings.en).sort();
    expect(Object.keys(strings.sv).sort()).toEqual(keys);
    expect(Object.keys(strings.uk).sort()).toEqual(keys);
  });

  it.each(LANGS)('has no empty text in %s, and the same placeholders as English', (lang) => {
    for (const [key, text] of Object.entries(strings[lang])) {
      expect(`${key}: ${text.trim()}`).not.toBe(`${key}: `);
      expect(placeholders(text)).toEqual(placeholders(strings.en[key] ?? ''));
    }
  });

  it('is translated: Swedish and Ukrainian differ from English except the names of languages', () => {
    for (const key of Object.keys(strings.en).filter(
      (k) => !k.startsWith('language.') || k === 'language.label',
    )) {
      expect(`${key}: ${strings.sv[key] ?? ''}`).not.toBe(`${key}: ${strings.en[key] ?? ''}`);
      expect(`${key}: ${strings.uk[key] ?? ''}`).not.toBe(`${key}: ${strings.en[key] ?? ''}`);
      expect(strings.uk[key]).toMatch(/[а-яіїєґ]/i);
    }
    // Each language is named in its own words, the same on every page.
    for (const lang of LANGS) {
      expect([
        strings[lang]['language.sv'],
        strings[lang]['language.en'],
        strings[lang]['language.uk'],
      ]).toEqual(['Svenska', 'English', 'Українська']);
    }
  });

  it('holds every key the page and its script use, and no other', () => {
    const html = readFileSync(join(webDir, 'index.html'), 'utf8');
    const script = readFileSync(join(webDir, 'app.js'), 'utf8');
    const used = new Set([
      ...[...html.matchAll(/data-i18n="([^"]+)"/g)].map((m) => m[1]),
      ...[...script.matchAll(/\b(?:t|say)\('([\w.]+)'\)/g)].map((m) => m[1]),
    ]);
    expect(used.size).toBeGreaterThan(10);
    for (const key of used) expect(Object.keys(strings.en)).toContain(key);
    for (const key of Object.keys(strings.en)) expect([...used]).toContain(key);
  });
});
