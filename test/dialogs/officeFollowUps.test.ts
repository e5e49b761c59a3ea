import type { Activity, Entity } from 'botbuilder';
import { conversations, TestConversation } from '../helpers/guideHarness';

const bot = conversations();
const conversation = (locale: string, channelId = 'test'): TestConversation =>
  bot.start(locale, { channelId });

const placeIds = (replies: Partial<Activity>[]) =>
  replies
    .flatMap((r) => r.entities ?? [])
    .filter((e: Entity) => e.type === 'Place')
    .map((e) => String(e.identifier));
const textOf = (replies: Partial<Activity>[]) => replies.map((r) => r.text ?? '').join('\n');
const titles = (replies: Partial<Activity>[]) =>
  replies.flatMap((r) => r.suggestedActions?.actions ?? []).map((a) => a.title);

const LANGS = [
  {
    locale: 'sv-SE',
    find: 'Var ligger närmaste servicekontor?',
    more: 'fler',
    second: 'den andra',
    first: 'det första',
    saturday: 'är det öppet på lördag?',
    tomorrow: 'i morgon?',
    moreButton: 'Fler kontor',
    continued: /Fler servicekontor nära Gamlestaden/,
    saturdayHeading: /Öppettider lördag 28 november/,
    tomorrowHeading: /Öppettider torsdag 26 november/,
    closed: /\*\*Mjölby\*\*: stängt/,
    hours: /\*\*Mjölby\*\*: 10–16/,
    week: /Måndag 23 november: 10–16[\s\S]*Söndag 29 november: stängt/,
  },
  {
    locale: 'en-GB',
    find: 'Where is the nearest service office?',
    more: 'more',
    second: 'the second one',
    first: 'the first one',
    saturday: 'when is it open on Saturday?',
    tomorrow: 'and tomorrow?',
    moreButton: 'More offices',
    continued: /More service offices near Gamlestaden/,
    saturdayHeading: /Opening hours on Saturday 28 November/,
    tomorrowHeading: /Opening hours on Thursday 26 November/,
    closed: /\*\*Mjölby\*\*: closed/,
    hours: /\*\*Mjölby\*\*: 10am to 4pm/,
    week: /Monday 23 November: 10am to 4pm[\s\S]*Sunday 29 November: closed/,
  },
  {
    locale: 'uk-UA',
    find: 'Де найближчий сервісний офіс?',
    more: 'ще',
    second: 'другий',
    first: 'перший',
    saturday: 'чи відкрито в суботу?',
    tomorrow: 'а завтра?',
    moreButton: 'Інші офіси',
    continued: /Інші сервісні офіси поблизу району Gamlestaden/,
    saturdayHeading: /Години роботи — субота, 28 листопада/,
    tomorrowHeading: /Години роботи — четвер, 26 листопада/,
    closed: /\*\*Mjölby\*\*: зачинено/,
    hours: /\*\*Mjölby\*\*: з 10:00 до 16:00/,
    week: /Понеділок, 23 листопада: з 10:00 до 16:00[\s\S]*Неділя, 29 листопада: зачинено/,
  },
];

describe.each(LANGS)('office list follow-ups ($locale)', (l) => {
  it('shows three offices as text and card, then "more", then "the second one" of the new list', async () => {
    const c = conversation(l.locale);
    await c.say(l.find);
    const first = await c.say('Gamlestaden');
    const firstIds = placeIds(first);
    expect(firstIds).toHaveLength(3);
    expect(titles(first)).toContain(l.moreButton);
    const card = first[0]?.attachments?.[0];
    expect(card?.contentType).toBe('application/vnd.microsoft.card.adaptive');
    // Every office named on the card is also in the text (the text is a complete fallback).
    const cardText = JSON.stringify(card?.content);
    for (const name of ['Gamlestaden', 'Backaplan']) {
      expect(cardText).toContain(name);
      expect(textOf(first)).toContain(name);
    }

    const more = await c.say(l.more);
    const moreIds = placeIds(more);
    expect(moreIds).toHaveLength(3);
    expect(moreIds.filter((id) => firstIds.includes(id))).toEqual([]);
    expect(textOf(more)).toMatch(l.continued);

    const second = await c.say(l.second);
    expect(placeIds(second)).toEqual([moreIds[1]]);
  });

  it('answers "open on Saturday?", "tomorrow?" and "the first one" with the hours the data has', async () => {
    const c = conversation(l.locale);
    await c.say(l.find);
    const list = await c.say('Mjölby');
    expect(placeIds(list)[0]).toBe('mjolby');

    const saturday = await c.say(l.saturday);
    expect(textOf(saturday)).toMatch(l.saturdayHeading);
    expect(textOf(saturday)).toMatch(l.closed);

    const tomorrow = await c.say(l.tomorrow);
    expect(textOf(tomorrow)).toMatch(l.tomorrowHeading);
    expect(textOf(tomorrow)).toMatch(l.hours);

    const detail = await c.say(l.first);
    expect(placeIds(detail)).toEqual(['mjolby']);
    expect(textOf(detail)).toMatch(l.week);
  });

  it('never makes up hours it does not have', async () => {
    const c = conversation(l.locale);
    await c.say(l.find);
    await c.say('Gamlestaden');
    const saturday = await c.say(l.saturday);
    expect(textOf(saturday)).not.toMatch(/\d\d:\d\d/);
  });
});

describe('running out of offices', () => {
  it('says so, with where to look, after the last office of the list', async () => {
    const c = conversation('en-GB');
    await c.say('I need to renew my residence permit');
    await c.say('yes');
    const list = await c.say('Kiruna');
    expect(placeIds(list).length).toBeGreaterThan(0);
    let last: Partial<Activity>[] = [];
    for (let i = 0; i < 40; i++) {
      last = await c.say('more');
      if (placeIds(last).length === 0) break;
    }
    expect(textOf(last)).toMatch(/no more service offices/);
    expect(textOf(last)).toMatch(/statenssc\.se/);
  });
});

describe('offices by voice: one at a time', () => {
  it.each([
    ['sv-SE', 'Var ligger närmaste servicekontor?', 'nästa'],
    ['en-GB', 'Where is the nearest service office?', 'next'],
    ['uk-UA', 'Де найближчий сервісний офіс?', 'далі'],
  ])('%s', async (locale, find, next) => {
    const c = conversation(locale, 'telephony');
    await c.say(find);
    const first = await c.say('Gamlestaden');
    expect(placeIds(first)).toEqual(['gamlestaden']);
    expect(first[0]?.attachments ?? []).toEqual([]);
    const second = await c.say(next);
    expect(placeIds(second)).toHaveLength(1);
    expect(placeIds(second)).not.toEqual(['gamlestaden']);
  });
});

describe('a shared location', () => {
  it.each([
    ['sv-SE', /Servicekontor närmast Göteborg/],
    ['en-GB', /nearest service offices to Gothenburg/],
    ['uk-UA', /Найближчі до Гетеборга \(Göteborg\) сервісні офіси/],
  ])('%s: a location message gets the nearest offices', async (locale, intro) => {
    const c = conversation(locale);
    const replies = await c.say({
      type: 'message',
      value: { type: 'location', latitude: 57.7089, longitude: 11.9746 },
      channelData: { shareLocation: true },
    });
    expect(textOf(replies)).toMatch(intro);
    expect(placeIds(replies)).toHaveLength(3);
  });

  it.each([
    ['sv-SE', 'Var ligger närmaste servicekontor?', /Det går bra/],
    ['en-GB', 'Where is the nearest service office?', /That's fine/],
    ['uk-UA', 'Де найближчий сервісний офіс?', /Гаразд/],
  ])('%s: a refusal keeps the place question open', async (locale, find, denied) => {
    const c = conversation(locale);
    await c.say(find);
    const refusal = await c.say({ type: 'event', name: 'locationDenied' });
    expect(textOf(refusal)).toMatch(denied);
    const offices = await c.say('Kiruna');
    expect(placeIds(offices)[0]).toBe('kiruna');
  });
});

describe('a person: booking where the sources name it', () => {
  it.each([
    [
      'sv-SE',
      'Jag vill förlänga mitt uppehållstillstånd',
      'nej',
      'Kan jag prata med en person?',
      /Boka tid hos Migrationsverket/,
    ],
    [
      'en-GB',
      'I need to renew my residence permit',
      'no',
      'Can I talk to someone?',
      /Book an appointment with/,
    ],
    [
      'uk-UA',
      'Мені треба продовжити дозвіл на проживання',
      'ні',
      'Можна поговорити з людиною?',
      /Записатися на прийом/,
    ],
  ])('%s', async (locale, matter, no, person, booking) => {
    const c = conversation(locale);
    await c.say(matter);
    await c.say(no);
    const contact = await c.say(person);
    expect(textOf(contact)).toMatch(booking);
    // The booking page our sources hold is the English one; sv and uk say so.
    expect(textOf(contact)).toContain('migrationsverket.se/en/contact-us/book-an-appointment.html');
    expect(textOf(contact)).not.toContain('Kontakta-oss/Boka-tid-innan-du-besoker-oss');
    if (locale === 'sv-SE') expect(textOf(contact)).toContain('(sidan är på engelska)');
    if (locale === 'uk-UA') expect(textOf(contact)).toContain('(сторінка англійською)');
  });
});
