/**
 * One glossary per language: the term we use for each thing, the variants we do not, one
 * apostrophe in Ukrainian, sentence-case buttons, "du" in Swedish, no "please" in English
 * instructions, and the goodbye line.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { LANGS, type Lang } from '../../../src/languages';
import { localesDir } from '../../../src/paths';
import { TEXT_NAMESPACES } from '../../../src/render/i18n';

function texts(lang: Lang): [string, string][] {
  return TEXT_NAMESPACES.flatMap((ns) =>
    Object.entries(
      JSON.parse(readFileSync(join(localesDir, lang, `${ns}.json`), 'utf8')) as Record<
        string,
        string
      >,
    ).map(([key, text]): [string, string] => [`${ns}:${key}`, text]),
  );
}

/** The term we use, and the variants a reader would stumble on. */
const GLOSSARY: Record<Lang, { use: string; not: RegExp }[]> = {
  sv: [
    { use: 'du (never "man" as "one")', not: /\bman\b/u },
    { use: 'du (never "ni")', not: /\b[Nn]i\b/u },
    { use: 'id-kort', not: /\bID-kort\b/u },
    { use: 'regionen (the body that runs health care)', not: /sköts av 1177/u },
    { use: 'vab, as Försäkringskassan writes it', not: /\bVAB\b/u },
  ],
  en: [
    { use: 'an instruction without "please"', not: /\bplease\b/iu },
    { use: 'personal identity number', not: /\bpersonal number\b/iu },
    { use: 'municipality', not: /\bcommune\b/iu },
    { use: 'service office (servicekontor)', not: /\bservice cent(?:re|er) office\b/iu },
    { use: 'introduction programme (Arbetsförmedlingen)', not: /establishment programme/iu },
    { use: 'debt relief (Kronofogden)', not: /debt restructuring/iu },
    { use: 'registration of ownership (lagfart)', not: /title deed/iu },
    { use: 'apply to your municipality for …', not: /assistance to your municipality/iu },
  ],
  uk: [
    { use: 'персональний ідентифікаційний номер', not: /персональн\p{L}* номер/u },
    { use: 'муніципалітет', not: /комун/u },
    { use: 'ʼ (U+02BC), the one apostrophe', not: /\p{L}['’`]\p{L}/u },
    { use: 'установа named, not "установи «…»"', not: /установ\p{L}*\s*[«:]/u },
    { use: 'у Швеції', not: /(?<!\p{L})в Швеції/u },
    { use: 'записатися на прийом', not: /на візит/u },
    { use: 'щоденна допомога (dagersättning), not добові (per diem)', not: /добові/u },
  ],
};

describe.each(LANGS)('glossary of %s', (lang) => {
  const all = texts(lang);

  it.each(GLOSSARY[lang].map((g) => [g.use, g.not] as const))('uses %s', (_, not) => {
    expect(
      all.filter(([, text]) => not.test(text)).map(([key, text]) => `${key}: ${text}`),
    ).toEqual([]);
  });

  it('writes button labels in sentence case', () => {
    const labels = all.filter(([key]) =>
      /^translation:(actions\.|ukraine\.topics\.)|_label$|:topic\./u.test(key),
    );
    expect(labels.length).toBeGreaterThan(10);
    for (const [key, label] of labels) {
      const words = label.split(/\s+/u).slice(1);
      // After the first word only names and abbreviations are capitalised (LMA, SFI, VAB, Швеції).
      const shouted = words.filter((w) => /^\p{Lu}\p{Ll}/u.test(w) && !NAMES.test(w));
      expect({ key, shouted }).toEqual({ key, shouted: [] });
      expect({ key, first: /^[\p{Lu}\d]/u.test(label) }).toEqual({ key, first: true });
    }
  });
});

/** Proper names that keep their capital inside a label. */
const NAMES =
  /^(?:Swedish|Sweden|Швеції|Agency|Service|Police|Administration|Authority|Employment|Insurance|Tax|Social|Pensions|Public|Migration|Enforcement|Transport|National|Government|Centre|Polisen|Skatteverket|Migrationsverket|\(kommun\)|Region|Kommunen|\(vården\)|Statens|Ukraine|України|Податков)/u;

describe('the goodbye line', () => {
  it.each([
    ['sv', 'Hej då! Välkommen tillbaka när du behöver hjälp.'],
    ['en', 'Goodbye. Come back any time you need help.'],
    ['uk', 'До побачення! Звертайтеся, коли знадобиться допомога.'],
  ] as const)('%s', (lang, line) => {
    expect(texts(lang).find(([key]) => key === 'translation:goodbye.text')?.[1]).toBe(line);
  });
});
