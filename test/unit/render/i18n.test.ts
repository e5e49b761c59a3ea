import { LANGS } from '../../../src/languages';
import { localesDir } from '../../../src/paths';
import {
  createI18n,
  plainI18n,
  readTextResources,
  TEXT_NAMESPACES,
} from '../../../src/render/i18n';
import { Name } from '../../../src/render/names';

/** Every leaf key of a resource object, dotted, without plural suffixes. */
function keysOf(value: unknown, prefix = ''): string[] {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return [prefix];
  return Object.entries(value).flatMap(([k, v]) => keysOf(v, prefix === '' ? k : `${prefix}.${k}`));
}

describe('the i18n instance of the bot', () => {
  const resources = readTextResources(localesDir);
  const remembered = createI18n(localesDir);
  const plain = plainI18n(resources);

  it.each(LANGS)('%s: every text, asked for twice, is what i18next itself gives', (lang) => {
    let checked = 0;
    for (const ns of TEXT_NAMESPACES) {
      const keys = [
        ...new Set(
          keysOf(resources[lang]?.[ns]).map((k) =>
            k.replace(/_(zero|one|two|few|many|other)$/, ''),
          ),
        ),
      ];
      const t = remembered.getFixedT(lang, ns);
      const expected = plain.getFixedT(lang, ns);
      for (const key of keys) {
        expect(t(key)).toEqual(expected(key));
        expect(t(key)).toEqual(expected(key));
        checked += 1;
      }
    }
    expect(checked).toBeGreaterThan(100);
  });

  it.each(LANGS)('%s: a text with options is made anew each time (plurals, values)', (lang) => {
    const t = remembered.getFixedT(lang);
    const expected = plain.getFixedT(lang);
    for (const count of [1, 2, 5, 21]) {
      expect(t('input.tooLong', { max: count })).toBe(expected('input.tooLong', { max: count }));
    }
    expect(t('input.tooLong', { max: 100 })).not.toBe(t('input.tooLong', { max: 200 }));
  });

  it.each(LANGS)(
    '%s: a text with plain values, asked for again, is what i18next gives for those values',
    (lang) => {
      const t = remembered.getFixedT(lang);
      const expected = plain.getFixedT(lang);
      const agencies = [
        new Name('Skatteverket', { gen: 'Податкової служби (Skatteverket)' }),
        new Name('Skatteverket', { gen: 'Skatteverkets' }),
        new Name('Polisen', { gen: 'Поліції (Polisen)' }),
      ];
      const places = [new Name('Umeå', { gen: 'Умео (Umeå)' }), new Name('Kista')];
      const texts = new Set<string>();
      for (let round = 0; round < 2; round += 1) {
        for (const agency of agencies) {
          for (const place of places) {
            for (const key of ['offices.introAgency', 'contact.agency', 'offices.intro']) {
              const text = t(key, { agency, place });
              expect(text).toBe(expected(key, { agency, place }));
              texts.add(text);
            }
          }
        }
        for (const max of [1, 2, 5, 21]) {
          expect(t('input.tooLong', { max })).toBe(expected('input.tooLong', { max }));
          expect(t('input.tooLong', { max: String(max) })).toBe(
            expected('input.tooLong', { max: String(max) }),
          );
        }
      }
      expect(texts.size).toBeGreaterThan(4);
      // Two Names with one nominative and different cases are two texts where the case is used.
      if (lang === 'uk') {
        expect(t('contact.agency', { agency: agencies[0] })).not.toBe(
          t('contact.agency', { agency: agencies[1] }),
        );
      }
    },
  );

  it('makes one function per language and namespace', () => {
    expect(remembered.getFixedT('uk')).toBe(remembered.getFixedT('uk'));
    expect(remembered.getFixedT('uk', 'voice')).not.toBe(remembered.getFixedT('uk'));
    expect(remembered.getFixedT('sv')).not.toBe(remembered.getFixedT('uk'));
  });
});
