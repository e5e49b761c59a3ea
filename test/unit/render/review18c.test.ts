/**
 * The lines the second native review (review 18b) flagged, by kind, in each language where the
 * language matters: short numbers as people say them, у/в before "Швеції", one spelling of a
 * city, one "check the rules" in a guide topic, deadlines that have passed in the past tense.
 */
import { LANGS, type Lang } from '../../../src/languages';
import { UKRAINE_GUIDE_TOPICS } from '../../../src/agencies/ukraineGuide';
import type { Answer } from '../../../src/render/answer';
import { ukEuphony } from '../../../src/render/euphony';
import { SpeechRenderer } from '../../../src/render/speech/speechRenderer';
import {
  catalogue,
  gamlestaden,
  i18n,
  languages,
  makeRenderer,
  offices,
  ukraine,
  WEDNESDAY_11,
} from './speechFixtures';

const renderer = makeRenderer();
const speech = new SpeechRenderer(i18n, languages, catalogue, offices.remoteHelp, ukraine);

function screen(answer: Answer, lang: Lang): string {
  return renderer.render(answer, { lang, channelId: 'test' }).text ?? '';
}
function phone(answer: Answer, lang: Lang): string {
  return speech.render(answer, { lang, channelId: 'telephony' }, { text: '', expectsInput: false })
    .plainText;
}
function ssml(answer: Answer, lang: Lang): string {
  return renderer.render(answer, { lang, channelId: 'telephony', voice: true }).speak ?? '';
}
const count = (text: string, pattern: RegExp) => [...text.matchAll(pattern)].length;

describe('short numbers are said as people say them', () => {
  it('English says 1177 "one one seven seven", never "eleven seven seven"', () => {
    const said = phone({ kind: 'agency', agency: 'region', offerOffice: false }, 'en');
    expect(said).toContain('one one seven seven');
    expect(said).not.toMatch(/eleven/u);
  });

  it.each([
    ['sv', 'elva sjuttiosju', 'ett ett två', 'hundrafjorton fjorton'],
    ['en', 'one one seven seven', 'one one two', 'one one four, one four'],
    ['uk', 'одинадцять сімдесят сім', 'один один два', 'сто чотирнадцять чотирнадцять'],
  ] as const)('%s: 1177, 112 and 114 14 in words; 0771 numbers digit by digit', (lang, a, b, c) => {
    expect(phone({ kind: 'contact', agency: 'region' }, lang)).toContain(a);
    expect(phone({ kind: 'emergency' }, lang)).toContain(b);
    expect(phone({ kind: 'contact', agency: 'polisen' }, lang)).toContain(c);
    const ssc = ssml({ kind: 'contact' }, lang);
    expect(ssc).toContain('<say-as interpret-as="digits">0771</say-as>');
    expect(ssc.replace(/<say-as interpret-as="digits">\d+<\/say-as>/gu, '')).not.toContain('0771');
  });
});

describe('Ukrainian: у before "Швеції", one spelling of Göteborg', () => {
  it.each([
    ['дозвіл на проживання у Швеції', 'дозвіл на проживання у Швеції'],
    ['право працювати в Швеції', 'право працювати у Швеції'],
    ['було в квітні', 'було у квітні'],
    ['заява в офісі', 'заява в офісі'],
  ])('%s → %s', (written, said) => {
    expect(ukEuphony(written)).toBe(said);
  });

  it.each(UKRAINE_GUIDE_TOPICS)('%s says "у Швеції", on a screen and on the phone', (topic) => {
    for (const said of [
      screen({ kind: 'ukraine', topic }, 'uk'),
      phone({ kind: 'ukraine', topic }, 'uk'),
    ]) {
      expect(said).not.toMatch(/(?<!\p{L})в Швеції/u);
    }
  });

  it('a city written "Ґетеборг" is ours, "Гетеборг", and declined', () => {
    const answer: Answer = {
      kind: 'offices',
      place: { name: 'Göteborg', municipality: 'Göteborg', kind: 'locality', written: 'Ґетеборг' },
      matches: [gamlestaden(WEDNESDAY_11)],
      bookingTowns: [],
      at: WEDNESDAY_11,
      more: false,
    };
    const text = screen(answer, 'uk');
    expect(text).toContain('до Гетеборга (Göteborg)');
    expect(text).not.toMatch(/Ґ|міста Гетеборг/u);
    expect(phone(answer, 'uk')).toContain('до Гетеборга');
    expect(phone(answer, 'uk')).not.toMatch(/Ґ/u);
  });
});

/** "Check before you act" in each language. */
const CHECK: Record<Lang, RegExp> = {
  sv: /kontrollera/giu,
  en: /\bcheck (?:the official|[\p{L}.]+\.se)/giu,
  uk: /перевірте/giu,
};

describe.each(LANGS)('the guide for people from Ukraine in %s', (lang) => {
  it.each(UKRAINE_GUIDE_TOPICS)('%s: "rules change, check" once, with the page', (topic) => {
    const answer: Answer = { kind: 'ukraine', topic };
    const text = screen(answer, lang);
    expect(count(text, CHECK[lang])).toBe(1);
    expect(count(text, /https:\/\//gu)).toBe(1);
    expect(count(phone(answer, lang), CHECK[lang])).toBe(1);
  });

  it('says a deadline that has passed in the past tense', () => {
    const past = { sv: /ansökte/u, en: /did not apply/u, uk: /не подали/u }[lang];
    const future = { sv: /Om du missar/u, en: /If you miss/u, uk: /пропустите/u }[lang];
    for (const said of [
      screen({ kind: 'ukraine', topic: 'work' }, lang),
      phone({ kind: 'ukraine', topic: 'work' }, lang),
    ]) {
      expect(said).toMatch(past);
      expect(said).not.toMatch(future);
    }
  });

  it('tells the caller how to ask about the other topics', () => {
    const ask = {
      sv: /Du kan också fråga om/u,
      en: /You can also ask about/u,
      uk: /Можете також запитати про/u,
    }[lang];
    expect(phone({ kind: 'ukraine', topic: 'protection' }, lang)).toMatch(ask);
    expect(phone({ kind: 'ukraine', topic: 'protection' }, lang)).not.toMatch(
      /Andra ämnen|Other topics|Інші теми/u,
    );
  });
});
