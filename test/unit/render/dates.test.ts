import type { Lang } from '../../../src/languages';
import { DateWords } from '../../../src/render/dates';
import { i18n } from './speechFixtures';

const words = (lang: Lang, spoken = false) =>
  new DateWords(lang, i18n.getFixedT(lang), spoken ? i18n.getFixedT(lang, 'voice') : undefined);

/** Thursday 3 December 2026. */
const TODAY = '2026-12-03';

describe('one date and time formatter per language', () => {
  it.each([
    ['sv', 'i dag', 'i morgon', 'på lördag', 'den 14 december'],
    ['en', 'today', 'tomorrow', 'on Saturday', 'on 14 December'],
    ['uk', 'сьогодні', 'завтра', 'у суботу', '14 грудня'],
  ] as const)(
    '%s: today and tomorrow said as such, then the weekday, then the date',
    (lang, ...said) => {
      const d = words(lang);
      expect(
        ['2026-12-03', '2026-12-04', '2026-12-05', '2026-12-14'].map((x) => d.when(x, TODAY)),
      ).toEqual(said);
    },
  );

  it.each([
    ['sv', 'i dag kl. 10–16', '10–12 och 13.30–16'],
    ['en', 'today, 10am to 4pm', '10am to noon and 1:30pm to 4pm'],
    ['uk', 'сьогодні з 10:00 до 16:00', 'з 10:00 до 12:00 і з 13:30 до 16:00'],
  ] as const)('%s: opening hours as people write them', (lang, today, split) => {
    const d = words(lang);
    const t = i18n.getFixedT(lang);
    expect(
      t('office.today', { hours: d.hours([{ opens: '10:00', closes: '16:00' }]) }).toLowerCase(),
    ).toBe(`${today}.`);
    expect(
      d.hours([
        { opens: '10:00', closes: '12:00' },
        { opens: '13:30', closes: '16:00' },
      ]),
    ).toBe(split);
  });

  it.each([
    ['sv', '2021', '2021'],
    ['sv', '2021-06', 'i juni 2021'],
    ['sv', '2023-06-20', 'den 20 juni 2023'],
    ['en', '2021', 'in 2021'],
    ['en', '2021-06-07', 'on 7 June 2021'],
    ['uk', '2022', 'у 2022 році'],
    ['uk', '2021-06', 'у червні 2021 року'],
    ['uk', '2008-05-19', '19 травня 2008 року'],
  ] as const)('%s: %s is said as precisely as it is known', (lang, date, said) => {
    const d = words(lang);
    expect(d.partial(date)).toBe(said);
  });

  it.each([
    ['sv', 'tio till sexton'],
    ['en', '10 am to 4 pm'],
    ['uk', 'десятої до шістнадцятої'],
  ] as const)('%s: on the phone, times are words', (lang, said) => {
    expect(words(lang, true).hours([{ opens: '10:00', closes: '16:00' }])).toBe(said);
  });

  it('leaves out the year of the current year and keeps it otherwise', () => {
    expect(words('sv').fullDate('2026-12-20', TODAY)).toBe('20 december');
    expect(words('en').fullDate('2027-01-20', TODAY)).toBe('20 January 2027');
  });
});
