import type { Phone } from '../../../src/agencies/agencySchema';
import { LANGS } from '../../../src/languages';
import { orList, phoneLine, servicekontorKey, whereLine } from '../../../src/render/wording';
import { SpeechRenderer } from '../../../src/render/speech/speechRenderer';
import {
  catalogue,
  gamlestaden,
  i18n,
  languages,
  makeRenderer,
  mjolby,
  offices,
  ukraine,
  WEDNESDAY_11,
} from './speechFixtures';

const renderer = makeRenderer();
const speech = new SpeechRenderer(i18n, languages, catalogue, offices.remoteHelp, ukraine);
const suggestions = ['Växjö', 'Väja', 'Vätö'];

describe('one chooser for text and speech', () => {
  it.each([
    ['sv', 'Växjö, Väja eller Vätö'],
    ['en', 'Växjö, Väja or Vätö'],
    ['uk', 'Växjö, Väja або Vätö'],
  ] as const)(
    'a choice of places is a disjunction in %s, on a screen and on the phone',
    (lang, said) => {
      expect(orList(suggestions, lang)).toBe(said);
      // "Did you mean A or B?" asks which one: Ukrainian says "чи" there, "або" in a statement.
      const asked = lang === 'uk' ? 'Växjö, Väja чи Vätö' : said;
      expect(orList(suggestions, lang, true)).toBe(asked);
      const answer = { kind: 'askPlace', retry: true, suggestions } as const;
      expect(renderer.render(answer, { lang, channelId: 'test' }).text).toContain(asked);
      const screen = { text: '', expectsInput: true };
      const spoken = speech.render(answer, { lang, channelId: 'telephony' }, screen).plainText;
      expect(spoken).toContain(asked);
    },
  );

  it('picks the servicekontor sentence by the body’s level (booked visits: e-services anywhere)', () => {
    expect(servicekontorKey(catalogue, 'forsakringskassan')).toBe('agency.servicekontorAll');
    expect(servicekontorKey(catalogue, 'migrationsverket')).toBe(
      'visit.migrationsverket.servicekontor',
    );
    expect(servicekontorKey(catalogue, 'polisen')).toBe('agency.servicekontorNone');
  });

  it('says where an office is as precisely as the data knows it', () => {
    const m = mjolby(WEDNESDAY_11);
    expect(whereLine(m).key).toBe('office.address');
    const noStreet = {
      ...m,
      office: { ...m.office, address: { ...m.office.address, street: null } },
    };
    expect(whereLine({ ...noStreet, precision: 'district' })).toEqual({
      key: 'office.whereDistrict',
      values: { place: m.office.position.place, municipality: m.office.municipality },
    });
    expect(whereLine({ ...noStreet, precision: 'locality' }).key).toBe('office.whereLocality');
    expect(whereLine({ ...noStreet, precision: 'municipality' }).key).toBe(
      'office.whereMunicipality',
    );
    expect(whereLine(gamlestaden(WEDNESDAY_11)).key).toBe('office.address');
  });

  it('picks the phone sentence by the number’s hours and how sure it is', () => {
    const base: Phone = {
      purpose: 'customerService',
      display: '0771-524 524',
      dial: '0771524524',
      e164: '+46771524524',
      status: 'own',
      source: 'https://example.se',
    };
    expect(phoneLine(base, catalogue).key).toBe('agency.phone');
    expect(phoneLine({ ...base, hours: 'always' }, catalogue).key).toBe('agency.phoneAlways');
    expect(
      phoneLine({ ...base, hours: { days: 'mon-fri', from: '08:00', to: '16:00' } }, catalogue),
    ).toEqual({
      key: 'agency.phoneWeekdays',
      display: '0771-524 524',
      hours: { from: '08:00', to: '16:00' },
    });
    expect(phoneLine({ ...base, status: 'unverified', source: null }, catalogue).key).toBe(
      'agency.phoneUnverified',
    );
  });

  it.each(LANGS)('text and speech say the same servicekontor sentence in %s', (lang) => {
    for (const agency of ['forsakringskassan', 'migrationsverket'] as const) {
      const answer = { kind: 'agency', agency, offerOffice: false } as const;
      const text = renderer.render(answer, { lang, channelId: 'test' }).text ?? '';
      const screen = { text, expectsInput: false };
      const spoken = speech.render(answer, { lang, channelId: 'telephony' }, screen).plainText;
      // The same sentence, its bracketed Swedish left to the eye.
      // The same sentence, quote marks too left to the eye.
      const sentence = (text.split('\n\n').at(-1) ?? '')
        .replace(/ \([^)]*\)/g, '')
        .replace(/[“”«»]/gu, '');
      expect(sentence).not.toBe('');
      // A booked visit's sentence has its own short form for the ear (voice.json, same key).
      const key = servicekontorKey(catalogue, agency);
      const voice = i18n.getFixedT(lang, 'voice');
      expect(spoken).toContain(voice(key) === key ? sentence : voice(key));
    }
  });
});
