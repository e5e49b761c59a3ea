/**
 * The findings of the fourth native review (review 18d), by kind, in each language where the
 * language matters: English places with their own preposition ("at Odenplan", "on Kungsholmen",
 * "in Kista"), "the office in Kista is closed" rather than "Kista is closed", the Swedish name of
 * a body said once on the phone in English and Ukrainian, a plain 112 line, office lists on the
 * phone that say a shared fact once, and the same hedge in every language.
 */
import { LANGS, type Lang } from '../../../src/languages';
import type { OfficeMatch } from '../../../src/offices';
import type { Answer } from '../../../src/render/answer';
import { placeWithPreposition, readPlaceForms } from '../../../src/render/names';
import { distanceSaid } from '../../../src/render/wording';
import { localesDir } from '../../../src/paths';
import { i18n, makeRenderer, offices, replyOn, SATURDAY_11, WEDNESDAY_11 } from './speechFixtures';

const { screen, phone, ssml } = replyOn(makeRenderer());

/** The office of that id as the nearest office to its own position. */
function office(id: string, at = WEDNESDAY_11): OfficeMatch {
  const o = offices.byId(id);
  if (o === undefined) throw new Error(`no office ${id}`);
  const m = offices.nearest(o.position, { at, limit: 3 }).find((x) => x.office.id === id);
  if (m === undefined) throw new Error(`${id} is not near itself`);
  return m;
}

const GBG = { name: 'Göteborg', municipality: 'Göteborg', kind: 'municipality' } as const;

const list = (
  ids: string[],
  place: Extract<Answer, { kind: 'offices' }>['place'] = GBG,
): Answer => ({
  kind: 'offices',
  place,
  matches: ids.map((id) => office(id)),
  bookingTowns: [],
  at: WEDNESDAY_11,
  more: false,
});

describe('English places take their own preposition', () => {
  const rules = readPlaceForms(localesDir).en.at;

  it.each([
    ['Odenplan', 'at Odenplan'],
    ['Backaplan', 'at Backaplan'],
    ['Mobilia', 'at Mobilia'],
    ['Frölunda torg', 'at Frölunda torg'],
    ['Kungsholmen', 'on Kungsholmen'],
    ['Gotland', 'on Gotland'],
    ['Hisingen', 'on Hisingen'],
    ['Kista', 'in Kista'],
    ['Gamlestaden', 'in Gamlestaden'],
    ['Liljeholmen', 'in Liljeholmen'],
    ['Göteborg centrum', 'in central Gothenburg'],
  ])('%s → %s', (name, said) => {
    expect(rules).toBeDefined();
    if (rules !== undefined) expect(placeWithPreposition(name, rules)).toBe(said);
  });

  it('the screen says "At Backaplan, Gothenburg." and "At Odenplan, Stockholm."', () => {
    expect(screen(list(['backaplan']), 'en')).toContain('At Backaplan, Gothenburg.');
    expect(screen(list(['odenplan']), 'en')).toContain('At Odenplan, Stockholm.');
    expect(screen(list(['backaplan', 'odenplan']), 'en')).not.toMatch(/In (?:Backaplan|Odenplan)/u);
  });

  it('the phone says "is at Backaplan" and "the office in Gamlestaden"', () => {
    const said = phone(list(['backaplan', 'gamlestaden']), 'en');
    expect(said).toContain('The nearest office to Gothenburg is at Backaplan');
    expect(said).toContain('After that comes the office in Gamlestaden');
  });
});

describe('the hours on a day name the office, not the district', () => {
  const kista = office('kista', SATURDAY_11);
  const sundbyberg = office('sundbyberg', SATURDAY_11);
  const answer: Answer = {
    kind: 'officeHours',
    date: '2026-11-28',
    days: [kista, sundbyberg].map((m) => ({
      office: m.office,
      day: offices.hoursOn(m.office, '2026-11-28'),
      stale: false,
    })),
  };

  it.each([
    ['sv', 'Kontoret i Kista har stängt.'],
    ['en', 'The office in Kista is closed.'],
    ['uk', 'Офіс Kista зачинений.'],
  ] as const)('%s: "%s"', (lang, said) => {
    expect(phone(answer, lang)).toContain(said);
    expect(phone(answer, lang)).not.toMatch(/(?:^|\. )Kista (?:is|har)/u);
  });
});

describe('on the phone a body is named once with its Swedish name, then by one name', () => {
  const cases: [string, Answer][] = [
    ['agency without an offer', { kind: 'agency', agency: 'kronofogden', offerOffice: false }],
    ['agency with an offer', { kind: 'agency', agency: 'skatteverket', offerOffice: true }],
    ['contact', { kind: 'contact', agency: 'kronofogden' }],
    ['transfer', { kind: 'transferring', agency: 'forsakringskassan' }],
    ['failed transfer', { kind: 'transferFailed', agency: 'arbetsformedlingen' }],
    ['declined', { kind: 'declined', offerOf: 'pensionsmyndigheten' }],
  ];
  const sv: Record<string, string> = {
    'agency without an offer': 'Kronofogden',
    'agency with an offer': 'Skatteverket',
    contact: 'Kronofogden',
    transfer: 'Försäkringskassan',
    'failed transfer': 'Arbetsförmedlingen',
    declined: 'Pensionsmyndigheten',
  };

  it.each((['en', 'uk'] as const).flatMap((lang) => cases.map(([n, a]) => [lang, n, a] as const)))(
    '%s: %s',
    (lang: Lang, name: string, answer: Answer) => {
      const said = phone(answer, lang);
      const swedish = sv[name] ?? '';
      // The name callers see on letters and sites, once, in the Swedish voice.
      expect(said.split(swedish).length - 1).toBe(1);
      expect(ssml(answer, lang)).toContain(`<voice name="sv-SE-SofieNeural">${swedish}</voice>`);
    },
  );

  it('"the Swedish Enforcement Authority, Kronofogden, deals with this"', () => {
    const said = phone({ kind: 'agency', agency: 'kronofogden', offerOffice: false }, 'en');
    expect(said).toContain('The Swedish Enforcement Authority, Kronofogden, deals with this.');
  });

  it('a gloss in brackets is not said as a name ("your municipality, kommun")', () => {
    expect(phone({ kind: 'contact', agency: 'kommun' }, 'en')).not.toMatch(/municipality, kommun/u);
  });
});

describe('the 112 line is plain in every language', () => {
  it.each([
    ['sv', 'Om det är fara för liv, hälsa, egendom eller miljö just nu, ring ett ett två direkt.'],
    [
      'en',
      'If there is danger to life, health, property or the environment right now, call one one two immediately.',
    ],
    [
      'uk',
      'Якщо зараз є загроза життю, здоровʼю, майну чи довкіллю, негайно телефонуйте сто дванадцять.',
    ],
  ] as const)('%s', (lang, said) => {
    expect(phone({ kind: 'emergency' }, lang)).toBe(said);
    expect(screen({ kind: 'emergency' }, lang)).not.toMatch(/någons|someone's|чиєсь|просто зараз/u);
  });
});

describe.each(LANGS)('an office list on the phone in %s says each shared fact once', (lang) => {
  const said = phone(list(['backaplan', 'gamlestaden']), lang);
  const sentences = said.split(/(?<=[.!?])\s+/u);

  it('no sentence opens like the one before it ("Jag har tyvärr inte … Jag har tyvärr inte")', () => {
    const openings = sentences.map((s) => s.split(/\s+/u).slice(0, 3).join(' '));
    openings.forEach((opening, i) => {
      if (i > 0) expect(opening).not.toBe(openings[i - 1]);
    });
  });

  it('the city the caller is in is not said for each office', () => {
    const city = { sv: 'Göteborg', en: 'Gothenburg', uk: 'Гетеборз' }[lang];
    // Named once, in the first sentence ("The nearest office to Gothenburg …").
    expect(sentences.slice(1).join(' ')).not.toContain(city);
  });

  it('a missing street address is said with its office, before the next office', () => {
    const v = i18n.getFixedT(lang, 'voice');
    const missing = said.indexOf(v('offices.unknown.addressOne'));
    expect(missing).toBeGreaterThan(said.indexOf('Backaplan'));
    expect(missing).toBeLessThan(said.indexOf('Gamlestaden'));
  });

  it('is at most 45 spoken words for one office, as the phone gives them', () => {
    const one = phone({ ...(list(['gamlestaden']) as object), more: true } as Answer, lang);
    expect(one.split(/\s+/u).filter((w) => /[\p{L}\p{N}]/u.test(w)).length).toBeLessThanOrEqual(45);
  });
});

describe('the same hedge in every language', () => {
  it('uk: the protection page says it found nothing, as sv and en do', () => {
    const text = screen({ kind: 'ukraine', topic: 'protection' }, 'uk');
    expect(text).toContain('Мені не вдалося знайти інформації');
    expect(text).not.toContain('поки немає');
  });

  it('uk: a run of weekdays is "з понеділка до пʼятниці"', () => {
    const m = office('kista');
    const said = phone(
      { kind: 'officeDetail', match: m, week: offices.weekHours(m.office, WEDNESDAY_11) },
      'uk',
    );
    expect(said).toContain('З понеділка до пʼятниці');
    expect(said).not.toContain('по пʼятницю');
  });
});

describe('every Ukraine topic on the phone is said short first, the rest on asking again', () => {
  const topics = ['protection', 'lma', 'registration', 'work', 'money', 'inPerson'] as const;

  it.each(LANGS.flatMap((lang) => topics.map((topic) => [lang, topic] as const)))(
    '%s: %s in at most 45 spoken words, with how to hear more',
    (lang, topic) => {
      const said = phone({ kind: 'ukraine', topic }, lang);
      expect(said.split(/\s+/u).filter((w) => /[\p{L}\p{N}]/u.test(w)).length).toBeLessThanOrEqual(
        45,
      );
      const about = i18n.getFixedT(lang, 'voice')(`ukraine.about.${topic}`);
      expect(said).toContain(about);
      // Asked again, the topic is said in full: longer than the short form.
      const full = phone({ kind: 'ukraine', topic, detail: true }, lang);
      expect(full.length).toBeGreaterThan(said.length);
    },
  );
});

describe('the screen and the phone say one distance (one chooser, two writers)', () => {
  it.each([
    [0.4, 'near'],
    [1.7, 2],
    [2.4, 2],
    [14.6, 15],
    [37.4, 35],
    [143, 140],
  ] as const)('%d km', (km, count) => {
    expect(distanceSaid(km)).toEqual(count === 'near' ? { key: 'near' } : { key: 'about', count });
    const m = { ...office('backaplan'), distanceKm: km };
    const answer: Answer = { ...(list([]) as Extract<Answer, { kind: 'offices' }>), matches: [m] };
    for (const lang of LANGS) {
      const v = i18n.getFixedT(lang, 'voice');
      const t = i18n.getFixedT(lang);
      const near = count === 'near';
      expect(screen(answer, lang)).toContain(
        near ? t('office.distanceUnder1') : t('office.distance', { distance: count }),
      );
      expect(phone(answer, lang)).toContain(
        near ? v('distance.near') : v('distance.about', { count }),
      );
      // No decimal on either: the distance is as the crow flies.
      expect(screen(answer, lang)).not.toMatch(/\d[.,]\d\s*(?:km|км)/u);
    }
  });
});
