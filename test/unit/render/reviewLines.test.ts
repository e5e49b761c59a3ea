/**
 * The lines a native review of the rendered replies flagged (review 18), in each language, on a
 * screen and on the phone: no office offered after "an office cannot help", 112 never the service
 * centre's number, no reply ending on a bare colon, no echoed verb, unknown facts said once after
 * an office list, short numbers as people say them and once, other languages in their own voice,
 * Ukrainian у/в and "чи" in a question.
 */
import { AGENCY_IDS, type AgencyId } from '../../../src/agencies/agencyIds';
import { LANGS, type Lang } from '../../../src/languages';
import type { OfficeMatch } from '../../../src/offices';
import type { Answer } from '../../../src/render/answer';
import { ukEuphony } from '../../../src/render/euphony';
import { SpeechRenderer } from '../../../src/render/speech/speechRenderer';
import { DEFAULT_VOICES } from '../../../src/render/speech/voiceSettings';
import {
  catalogue,
  checkSsml,
  gamlestaden,
  i18n,
  languages,
  makeRenderer,
  mjolby,
  offices,
  sampleAnswers,
  ukraine,
  WEDNESDAY_11,
} from './speechFixtures';

const renderer = makeRenderer();
const speech = new SpeechRenderer(i18n, languages, catalogue, offices.remoteHelp, ukraine);

function screen(answer: Answer, lang: Lang) {
  return renderer.render(answer, { lang, channelId: 'test' });
}
function phone(answer: Answer, lang: Lang): string {
  return speech.render(answer, { lang, channelId: 'telephony' }, { text: '', expectsInput: false })
    .plainText;
}
function ssml(answer: Answer, lang: Lang): string {
  return renderer.render(answer, { lang, channelId: 'telephony', voice: true }).speak ?? '';
}

/** Bodies no servicekontor can help with. */
const NO_OFFICE = AGENCY_IDS.filter((id) => catalogue.servicekontor(id).level === 'none');

describe.each(LANGS)('templates in %s', (lang) => {
  it.each(NO_OFFICE)('%s: never offers an office after saying an office cannot help', (id) => {
    const answer: Answer = { kind: 'agency', agency: id, offerOffice: true };
    const reply = screen(answer, lang);
    const offer = i18n.getFixedT(lang)('agency.offerOffice');
    expect(reply.text).not.toContain(offer);
    expect(reply.suggestedActions).toBeUndefined();
    expect(reply.inputHint).toBe('acceptingInput');
    expect(phone(answer, lang)).not.toContain(i18n.getFixedT(lang, 'voice')('agency.offerOffice'));
  });

  it.each([
    { kind: 'agency', agency: 'emergency', offerOffice: true },
    { kind: 'agency', agency: 'emergency', offerOffice: false },
    { kind: 'contact', agency: 'emergency' },
    { kind: 'transferring', agency: 'emergency' },
    { kind: 'emergency' },
  ] as Answer[])('%o: says call 112, never the service centre', (answer) => {
    const { text } = screen(answer, lang);
    expect(text).toContain('112');
    expect(text).not.toMatch(/0771|servicecent|Statens|сервісн/iu);
    expect(phone(answer, lang)).not.toMatch(/0 7 7 1|servicecent|Statens|сервісн/iu);
  });

  it('no reply of any body ends on a colon (the municipality has no number of its own)', () => {
    for (const agency of AGENCY_IDS) {
      for (const answer of [
        { kind: 'contact', agency },
        { kind: 'agency', agency, offerOffice: false },
      ] as Answer[]) {
        const { text } = screen(answer, lang);
        expect({ agency, end: text?.trim().at(-1) }).not.toEqual({ agency, end: ':' });
        expect({ agency, end: phone(answer, lang).trim().at(-1) }).not.toEqual({
          agency,
          end: ':',
        });
      }
    }
  });

  it('says who handles a matter without echoing the verb, on a screen and on the phone', () => {
    const echo = {
      sv: /sköts av .*som sköter|Det här sköts av/u,
      en: /handled by .*which handles|This is handled/u,
      uk: /опікується/u,
    }[lang];
    for (const agency of AGENCY_IDS) {
      const answer: Answer = { kind: 'agency', agency, offerOffice: false };
      expect(screen(answer, lang).text).not.toMatch(echo);
      expect(phone(answer, lang)).not.toMatch(echo);
    }
  });

  it('says what the data lacks once after an office list, not after every office', () => {
    const g = gamlestaden(WEDNESDAY_11);
    const noStreet = (m: OfficeMatch, name: string): OfficeMatch => ({
      ...m,
      precision: 'district',
      openNow: null,
      office: { ...m.office, name, address: { street: null, postalCode: null, town: null } },
    });
    const answer: Answer = {
      kind: 'offices',
      place: { name: 'Göteborg', municipality: 'Göteborg', kind: 'municipality' },
      matches: [noStreet(g, 'Gamlestaden'), noStreet(g, 'Backaplan')],
      bookingTowns: [],
      at: WEDNESDAY_11,
      more: false,
    };
    const said = phone(answer, lang);
    const v = i18n.getFixedT(lang, 'voice');
    // Address and hours known for none: one sentence with where to get them, after the list,
    // instead of "I don't have …" twice.
    const lacking = v('offices.checkBothAll', { ssc: '\u0000' }).split('\u0000')[0] ?? '';
    expect(said.split(lacking).length - 1).toBe(1);
    expect(said.indexOf(lacking)).toBeGreaterThan(said.indexOf('Backaplan'));
    expect(said).not.toContain(v('offices.unknown.addressAll'));
    expect(said).not.toContain(v('offices.unknown.bothAll'));
  });

  it('one office in full: the week says the hours, never "hours not known" before it', () => {
    const m = mjolby(WEDNESDAY_11);
    const unknown: OfficeMatch = { ...m, openNow: null };
    const said = phone(
      { kind: 'officeDetail', match: unknown, week: offices.weekHours(m.office, WEDNESDAY_11) },
      lang,
    );
    const v = i18n.getFixedT(lang, 'voice');
    expect(said).not.toContain(v('offices.unknown.hoursOne'));
    expect(said).not.toContain(v('offices.unknown.bothOne'));
    // It opens with a sentence, not a bare name and distance.
    expect(said).toMatch(/^\S+ \S+ \S+/u);
  });

  it('says the year once when every office listed was last confirmed in it', () => {
    const g = gamlestaden(WEDNESDAY_11);
    const old = (name: string): OfficeMatch => ({
      ...g,
      stale: true,
      confirmed: '2021-05-01',
      office: { ...g.office, name },
    });
    const said = phone(
      {
        kind: 'offices',
        place: { name: 'Göteborg', municipality: 'Göteborg', kind: 'municipality' },
        matches: [old('Gamlestaden'), old('Backaplan')],
        bookingTowns: [],
        at: WEDNESDAY_11,
        more: false,
      },
      lang,
    );
    // The year in words, as the voice says it (uk: in the case "рік" gives it).
    const year = {
      sv: 'tjugotjugoett',
      en: 'twenty twenty-one',
      uk: 'дві тисячі двадцять перший',
    }[lang];
    const once = i18n.getFixedT(lang, 'voice')('offices.staleAll', { year });
    expect(said.split(once).length - 1).toBe(1);
    expect(said.split(year).length - 1).toBe(1);
    expect(said).not.toContain('2021');
  });

  it('reads no two colons in one spoken sentence (hours on a day)', () => {
    const g = gamlestaden(WEDNESDAY_11);
    const said = phone(
      {
        kind: 'officeHours',
        date: '2026-12-05',
        days: [{ office: g.office, day: offices.hoursOn(g.office, '2026-12-05'), stale: false }],
      },
      lang,
    );
    for (const sentence of said.split(/(?<=[.!?])\s+/u)) expect(sentence).not.toMatch(/:.*:/u);
  });

  it('says 1177 and 112 as people say them, once, never as a number or digit by digit', () => {
    const words = i18n.getFixedT(lang, 'voice')('spoken.1177');
    const region = ssml({ kind: 'agency', agency: 'region', offerOffice: false }, lang);
    expect(region).not.toMatch(/1177(?!\.se)|1 1 7 7|>1177</u);
    expect(region.split(words).length - 1).toBe(1);
    const emergency = ssml({ kind: 'emergency' }, lang);
    expect(emergency).toContain(i18n.getFixedT(lang, 'voice')('spoken.112'));
    expect(emergency).not.toMatch(/112|1 1 2/u);
  });

  it('leaves no voice to say a lone full stop, keeps a stop out of a Swedish span, and no space before one', () => {
    const own = DEFAULT_VOICES[lang];
    for (const answers of Object.values(sampleAnswers())) {
      for (const answer of answers) {
        const said = ssml(answer, lang);
        expect(said).not.toMatch(/<voice name="[^"]+">\s*[.,;:!?]*\s*<\/voice>/u);
        // "⟨sv: Backaplan⟩, about 2 km": the name alone in the other voice (review 18d).
        for (const [, name, body] of said.matchAll(/<voice name="([^"]+)">(.*?)<\/voice>/gu)) {
          if (name !== own && lang !== 'sv' && body !== undefined && !body.includes('&'))
            expect(body).not.toMatch(/[,;:]$|^\S+[.!?]$/u);
        }
        expect(said).not.toMatch(/\s[.,;:!?]/u);
        expect(phone(answer, lang)).not.toMatch(/\s[.,;:!?]/u);
      }
    }
  });
});

describe('words of another language are said in their own voice', () => {
  it.each([
    ['sv', { kind: 'help' }, 'en-GB-SoniaNeural', 'in English'],
    ['en', { kind: 'help' }, 'sv-SE-SofieNeural', 'på svenska'],
    ['uk', { kind: 'help' }, 'en-GB-SoniaNeural', 'in English'],
    ['en', { kind: 'ukraine', topic: 'protection' }, 'sv-SE-SofieNeural', 'migrationsverket.se'],
    ['uk', { kind: 'ukraine', topic: 'money' }, 'sv-SE-SofieNeural', 'migrationsverket.se'],
    ['en', { kind: 'contact', agency: 'kommun' }, 'sv-SE-SofieNeural', 'Umeå kommun'],
  ] as [Lang, Answer, string, string][])('%s: %o', (lang, answer, voice, words) => {
    const { text } = checkSsml(ssml(answer, lang), lang);
    expect(text).toBeDefined();
    expect(ssml(answer, lang)).toMatch(
      new RegExp(`<voice name="${voice}">${words.replace(/[.?]/gu, '\\$&')}[”».,]*</voice>`, 'u'),
    );
  });

  it('names the English bodies in English inside English sentences', () => {
    for (const topic of ['protection', 'lma', 'registration', 'money', 'inPerson'] as const) {
      const said = phone({ kind: 'ukraine', topic }, 'en');
      const mixed = /Migrationsverket['’]s|: Migrationsverket/u.test(said);
      expect({ topic, mixed }).toEqual({ topic, mixed: false });
    }
  });
});

describe('Ukrainian у / в and "чи"', () => {
  it.each([
    ['У Умео спершу', 'В Умео спершу'],
    ['Години роботи у суботу', 'Години роботи в суботу'],
    ['У місті Kista спершу', 'У місті Kista спершу'],
    ['Він у центрі Умео.', 'Він у центрі Умео.'],
    ['Працює знову у вівторок', 'Працює знову у вівторок'],
    ['підтверджено у 2023 році', 'підтверджено в 2023 році'],
    ['живете в Львові', 'живете у Львові'],
  ])('%s → %s', (written, said) => {
    expect(ukEuphony(written)).toBe(said);
  });

  it('says "В Умео" where a template puts Umeå after у', () => {
    const { text } = screen(
      {
        kind: 'offices',
        place: { name: 'Umeå', municipality: 'Umeå', kind: 'locality' },
        agency: 'migrationsverket',
        matches: [mjolby(WEDNESDAY_11)],
        bookingTowns: ['Umeå'],
        at: WEDNESDAY_11,
        more: false,
      },
      'uk',
    );
    expect(text).toContain('В Умео (Umeå) спершу');
    expect(text).not.toMatch(/(?:^|[\s.])[Уу] [АЕЄИІЇОУЮЯаеєиіїоуюя]/u);
  });

  it.each([
    { kind: 'chooseAgency', options: ['skatteverket', 'csn', 'polisen'] as AgencyId[] },
    { kind: 'reask', agencies: ['skatteverket', 'csn'] as AgencyId[] },
  ] as Answer[])('asks which one with "чи": %o', (answer) => {
    expect(phone(answer, 'uk')).toMatch(/ чи [^.]*\?/u);
    expect(phone(answer, 'uk')).not.toMatch(/ або [^.]*\?/u);
  });

  it('asks about the guide topics in the case "про" gives them', () => {
    expect(phone({ kind: 'ukraine', topic: 'menu' }, 'uk')).toContain(
      'Про що ви хочете дізнатися: про тимчасовий захист, картку LMA чи',
    );
  });
});
