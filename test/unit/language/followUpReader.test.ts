import * as recognizers from '@microsoft/recognizers-text-suite';
import { FollowUpReader, type FollowUp } from '../../../src/language/followUpReader';
import { loadLanguageResources } from '../../../src/language/languageResources';
import type { Lang } from '../../../src/languages';
import { localesDir } from '../../../src/paths';

const reader = new FollowUpReader(loadLanguageResources(localesDir));
// A Wednesday.
const TODAY = '2026-11-25';

const table: [Lang, string, FollowUp | undefined][] = [
  ['sv', 'fler', { kind: 'more' }],
  ['sv', 'Nästa!', { kind: 'more' }],
  ['sv', 'den andra', { kind: 'office', index: 1 }],
  ['sv', 'det tredje kontoret', { kind: 'office', index: 2 }],
  ['sv', '2', { kind: 'office', index: 1 }],
  ['sv', 'är det öppet på lördag?', { kind: 'day', date: '2026-11-28' }],
  ['sv', 'i morgon?', { kind: 'day', date: '2026-11-26' }],
  ['sv', 'öppet i övermorgon', { kind: 'day', date: '2026-11-27' }],
  ['sv', 'på onsdag', { kind: 'day', date: '2026-11-25' }],
  ['sv', 'har den andra öppet på måndag', { kind: 'day', date: '2026-11-30', index: 1 }],
  ['sv', 'jag behöver hjälp med min föräldrapenning som inte har kommit än', undefined],
  ['en', 'more', { kind: 'more' }],
  ['en', 'next please', { kind: 'more' }],
  ['en', 'the second one', { kind: 'office', index: 1 }],
  ['en', 'when is it open on Saturday?', { kind: 'day', date: '2026-11-28' }],
  ['en', 'and tomorrow?', { kind: 'day', date: '2026-11-26' }],
  ['en', 'is it open on December 24', { kind: 'day', date: '2026-12-24' }],
  ['en', 'is the first one open on Monday', { kind: 'day', date: '2026-11-30', index: 0 }],
  ['en', 'my baby was born last week and I need parental benefit', undefined],
  ['uk', 'ще', { kind: 'more' }],
  ['uk', 'наступний', { kind: 'more' }],
  ['uk', 'другий', { kind: 'office', index: 1 }],
  ['uk', 'третій офіс', { kind: 'office', index: 2 }],
  ['uk', 'чи відкрито в суботу?', { kind: 'day', date: '2026-11-28' }],
  ['uk', 'а завтра?', { kind: 'day', date: '2026-11-26' }],
  ['uk', 'коли працює в неділю', { kind: 'day', date: '2026-11-29' }],
  ['uk', 'я втратив роботу і не знаю, куди звертатися по допомогу', undefined],
];

describe('FollowUpReader.read', () => {
  it.each(table)('%s: %s', (lang, text, expected) => {
    expect(reader.read(text, lang, TODAY)).toEqual(expected);
  });

  it('counts "on Saturday" from a Saturday as that same day', () => {
    expect(reader.read('on Saturday?', 'en', '2026-11-28')).toEqual({
      kind: 'day',
      date: '2026-11-28',
    });
    expect(reader.read('på lördag?', 'sv', '2026-11-28')).toEqual({
      kind: 'day',
      date: '2026-11-28',
    });
  });

  it('reads an English date again from each day: a remembered reading is never a stale one', () => {
    expect(reader.read('and tomorrow?', 'en', TODAY)).toEqual({ kind: 'day', date: '2026-11-26' });
    expect(reader.read('and tomorrow?', 'en', '2026-12-31')).toEqual({
      kind: 'day',
      date: '2027-01-01',
    });
    expect(reader.read('and tomorrow?', 'en', TODAY)).toEqual({ kind: 'day', date: '2026-11-26' });
    expect(reader.read('yes', 'en', TODAY)).toBeUndefined();
    expect(reader.read('yes', 'en', TODAY)).toBeUndefined();
  });
});

describe('the English date model is asked only when the text may name a date', () => {
  const dated: [string, string][] = [
    ['open on the 5th?', '2026-12-05'],
    ['and at Christmas?', '2026-12-25'],
    ['open in two days', '2026-11-27'],
    ['open on the twenty third?', '2026-12-23'],
    ['open on Dec 3?', '2026-12-03'],
    ['open on Thanksgiving', '2026-11-26'],
  ];
  it.each(dated)('%s → %s, as before', (text, date) => {
    expect(reader.read(text, 'en', TODAY)).toMatchObject({ kind: 'day', date });
  });

  it.each(['yes please', 'ok thanks', 'start over', 'no thank you', 'is it open?'])(
    '"%s" names no date: the model is not asked',
    (text) => {
      const spy = jest.spyOn(recognizers, 'recognizeDateTime');
      try {
        expect(reader.read(text, 'en', '2026-11-24')).toBeUndefined();
        expect(spy).not.toHaveBeenCalled();
      } finally {
        spy.mockRestore();
      }
    },
  );
});

describe('FollowUpReader.mentions', () => {
  it.each([
    ['sv', 'Jag kommer från Ukraina', 'ukraine', true],
    ['en', 'I fled from Ukraine', 'ukraine', true],
    ['uk', 'Я з України', 'ukraine', true],
    ['uk', 'Як продовжити тимчасовий захист?', 'protection', true],
    ['en', 'I came from Ukraine', 'protection', false],
    ['sv', 'Jag vill ha ett pass', 'ukraine', false],
  ] as const)('%s: %s → %s %s', (lang, text, list, expected) => {
    expect(reader.mentions(text, lang, list)).toBe(expected);
  });
});
