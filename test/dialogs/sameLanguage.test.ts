/**
 * The language already spoken, named in a question about the service ("1177 українською", "чи є
 * телефон українською" in a Ukrainian conversation), is no request to switch: the question is
 * answered. A real request for another language ("можна англійською?", "switch to English",
 * "på svenska tack") still switches.
 */
import { conversations } from '../helpers/guideHarness';
import { bodiesOf, textOf } from '../helpers/transcript';

const bot = conversations();
const HELP = /Напишіть своїми словами|Write in your own words|Skriv med egna ord/;

describe('the language already spoken, in a question (uk-UA)', () => {
  it('"1177 українською" is about 1177: the region, no help text', async () => {
    const c = bot.start('uk-UA');
    const replies = await c.say('1177 українською');
    expect(bodiesOf(replies)).toEqual(['region']);
    expect(textOf(replies)).not.toMatch(HELP);
  });

  it('"чи є телефон українською" after a body gives how to reach it', async () => {
    const c = bot.start('uk-UA');
    await c.say('мені потрібен лікар');
    const replies = await c.say('чи є телефон українською');
    expect(bodiesOf(replies)).toEqual(['region']);
    expect(textOf(replies)).toMatch(/1177/);
    expect(textOf(replies)).not.toMatch(HELP);
  });
});

describe.each([
  ['uk-UA', 'можна англійською?', /OK, let's continue in English/],
  ['uk-UA', 'switch to English', /OK, let's continue in English/],
  ['en-GB', 'på svenska tack', /Okej, vi fortsätter på svenska/],
  ['sv-SE', 'українською, будь ласка', /продовжуємо українською/],
])('a real request still switches (%s: %s)', (locale, request, changed) => {
  it('switches and gives the body again', async () => {
    const c = bot.start(locale);
    await c.say(
      locale === 'sv-SE'
        ? 'jag behöver en läkare'
        : locale === 'en-GB'
          ? 'I need a doctor'
          : 'мені потрібен лікар',
    );
    const replies = await c.say(request);
    expect(textOf(replies)).toMatch(changed);
    expect(bodiesOf(replies)).toEqual(['region']);
  });
});
