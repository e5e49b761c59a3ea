import type { Activity, Entity } from 'botbuilder';
import { UKRAINE_GUIDE_TOPICS, UkraineGuide } from '../../src/agencies/ukraineGuide';
import { conversations, TestConversation } from '../helpers/guideHarness';
import { spokenOf } from '../helpers/transcript';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { dataDir } from '../../src/paths';
import type { Lang } from '../../src/languages';

const bot = conversations();
const conversation = (locale: string): TestConversation => bot.start(locale);

const textOf = (replies: Partial<Activity>[]) => replies.map((r) => r.text ?? '').join('\n');
const titles = (replies: Partial<Activity>[]) =>
  replies.flatMap((r) => r.suggestedActions?.actions ?? []).map((a) => a.title);
const orgIds = (replies: Partial<Activity>[]) =>
  replies
    .flatMap((r) => r.entities ?? [])
    .filter((e: Entity) => e.type === 'GovernmentOrganization')
    .map((e) => String(e.identifier));
const placeIds = (replies: Partial<Activity>[]) =>
  replies
    .flatMap((r) => r.entities ?? [])
    .filter((e: Entity) => e.type === 'Place')
    .map((e) => String(e.identifier));

const LANGS = [
  {
    locale: 'sv-SE',
    origin: 'Jag har flytt från Ukraina',
    menu: /vanligaste frågorna för dig som kommer från Ukraina/,
    topics: [
      'Tillfälligt skydd',
      'LMA-kort',
      'Folkbokföring och samordningsnummer',
      'Arbete',
      'Ekonomiskt stöd (dagersättning)',
      'Foto, fingeravtryck och besök',
    ],
    offersUkrainian: true,
    protection: /4 mars 2027/,
    registrationBody: 'skatteverket',
    money: /dagersättning/,
    askPlace: /Var befinner du dig/,
    after2027: /återvändandeprogram[\s\S]*har jag inte hittat/,
    utKort: /UT-kort[\s\S]*LMA-kortet är för asylsökande/,
    conditions:
      /minst ett år[\s\S]*sex månader[\s\S]*fyra veckor[\s\S]*hos kommunen[\s\S]*etableringsprogram/,
    disagreement: /äldre sida/,
    // One source in every language (review 18e S6): Försäkringskassan's page for people with
    // temporary protection, in English for a Swedish reader (no Swedish version in our sources).
    workPage:
      'https://forsakringskassan.se/english/moving-to-working-studying-or-newly-arrived-in-sweden/newly-arrived-in-sweden/if-you-have-been-granted-a-residence-permit-in-sweden',
    workPageNote: /sidan \(på engelska\)/,
    otherLanguage: /sidan \(på (engelska|ukrainska)\)/,
  },
  {
    locale: 'en-GB',
    origin: 'I fled from Ukraine last month',
    menu: /most common questions for people from Ukraine/,
    topics: [
      'Temporary protection',
      'LMA card',
      'Registration and coordination number',
      'Work',
      'Financial support (daily allowance)',
      'Photos, fingerprints and visits',
    ],
    offersUkrainian: true,
    protection: /4 March 2027/,
    registrationBody: 'skatteverket',
    money: /daily allowance \(dagersättning\)/,
    askPlace: /Where are you/,
    after2027: /return programme[\s\S]*found no further extension/,
    utKort: /UT-kort[\s\S]*LMA card itself is the card asylum seekers get/,
    conditions:
      /at least one year[\s\S]*six more months[\s\S]*four weeks[\s\S]*your municipality[\s\S]*introduction programme/,
    disagreement: /older Skatteverket page/,
    workPage:
      'https://forsakringskassan.se/english/moving-to-working-studying-or-newly-arrived-in-sweden/newly-arrived-in-sweden/if-you-have-been-granted-a-residence-permit-in-sweden',
    otherLanguage: /page \(in (Swedish|Ukrainian)\)/,
  },
  {
    locale: 'uk-UA',
    origin: 'Я приїхала з України',
    menu: /найчастішими питаннями людей з України/,
    topics: [
      'Тимчасовий захист',
      'Картка LMA',
      'Реєстр населення і координаційний номер',
      'Робота',
      'Фінансова допомога',
      'Фото, відбитки пальців і візити',
    ],
    offersUkrainian: false,
    protection: /4 березня 2027/,
    registrationBody: 'skatteverket',
    money: /щоденну допомогу \(dagersättning\)/,
    askPlace: /Де ви перебуваєте/,
    after2027: /програми добровільного повернення[\s\S]*не вдалося знайти/,
    utKort: /UT-kort[\s\S]*картка LMA призначена для шукачів притулку/,
    conditions:
      /щонайменше рік[\s\S]*шість місяців[\s\S]*чотирьох тижнів[\s\S]*муніципалітету[\s\S]*програма адаптації/,
    disagreement: /старішій сторінці/,
    workPage:
      'https://www.forsakringskassan.se/information-in-other-languages/ukrainska-information-till-dig-som-fatt-uppehallstillstand-enligt-eu-s-massflyktsdirektiv',
    otherLanguage: /сторінку \((англійською|шведською)\)/,
  },
];

describe.each(LANGS)('the guide for people from Ukraine ($locale)', (l) => {
  it('offers the topics (and Ukrainian, when the conversation is in another language)', async () => {
    const c = conversation(l.locale);
    const menu = await c.say(l.origin);
    expect(textOf(menu)).toMatch(l.menu);
    expect(titles(menu)).toEqual(expect.arrayContaining(l.topics));
    expect(titles(menu).includes('Українська')).toBe(l.offersUkrainian);
    expect(menu[0]?.locale).toBe(l.locale);
  });

  it('answers each topic with its body, the official page and a reminder to check it', async () => {
    const c = conversation(l.locale);
    await c.say(l.origin);
    const protection = await c.say(l.topics[0]!);
    expect(textOf(protection)).toMatch(l.protection);
    expect(orgIds(protection)).toEqual(['migrationsverket']);
    expect(textOf(protection)).toMatch(/https:\/\/(www\.)?migrationsverket\.se\//);

    expect(textOf(protection)).toMatch(l.after2027);
    const lma = await c.say(l.topics[1]!);
    expect(textOf(lma)).toMatch(l.utKort);
    const registration = await c.say(l.topics[2]!);
    expect(orgIds(registration)).toEqual([l.registrationBody]);
    // The rule and the three conditions, never a disagreement between our sources.
    expect(textOf(registration)).toMatch(l.conditions);
    expect(textOf(registration)).not.toMatch(l.disagreement);
    const work = await c.say(l.topics[3]!);
    expect(orgIds(work)).toEqual(['arbetsformedlingen']);
    const money = await c.say(l.topics[4]!);
    expect(textOf(money)).toMatch(l.money);
    expect(orgIds(money)).toEqual(['migrationsverket']);
  });

  it('each topic links the best page our sources hold for the reader, and says when it is in another language', async () => {
    const guide = UkraineGuide.fromFile();
    const lang = l.locale.slice(0, 2) as Lang;
    const c = conversation(l.locale);
    await c.say(l.origin);
    for (const [i, topic] of UKRAINE_GUIDE_TOPICS.entries()) {
      const text = textOf(await c.say(l.topics[i]!));
      expect(text).toContain(guide.link(topic, lang));
      expect(l.otherLanguage.test(text)).toBe(guide.linkLanguage(topic, lang) !== lang);
      // No reader is sent to a page in a third language (Swedish readers to a Ukrainian page).
      expect([lang, 'en']).toContain(guide.linkLanguage(topic, lang));
    }
  });

  it('work links one source in every language (its own language where it has one), not a news item about the 2025 deadline', async () => {
    const c = conversation(l.locale);
    await c.say(l.origin);
    const text = textOf(await c.say(l.topics[3]!));
    expect(text).toContain(l.workPage);
    expect(text).not.toContain('2025-02-27');
    // A page in another language says so; en and uk have their own.
    if (l.workPageNote !== undefined) expect(text).toMatch(l.workPageNote);
    else expect(text).not.toMatch(l.otherLanguage);
  });

  it('"help in person" leads to the booking first, then the nearest offices in general', async () => {
    const c = conversation(l.locale);
    await c.say(l.origin);
    const inPerson = await c.say(l.topics[5]!);
    expect(textOf(inPerson)).toMatch(l.askPlace);
    const offices = await c.say('Kiruna');
    const ids = placeIds(offices);
    expect(ids[0]).toBe('kiruna');
    expect(
      textOf(offices).indexOf('https://migrationsverket.se/en/contact-us/book-an-appointment.html'),
    ).toBeLessThan(textOf(offices).indexOf('**Kiruna**'));
  });
});

describe('the guide data', () => {
  it('has an https source and an official page in every language for every topic', () => {
    const guide = UkraineGuide.fromFile();
    for (const topic of UKRAINE_GUIDE_TOPICS) {
      expect(guide.sources(topic).length).toBeGreaterThan(0);
      for (const lang of ['sv', 'en', 'uk'] as const)
        expect(guide.link(topic, lang)).toMatch(/^https:\/\//);
    }
  });

  it('every source of the guide is credited in data/SOURCES.md', () => {
    const credits = readFileSync(join(dataDir, 'SOURCES.md'), 'utf8');
    const guide = UkraineGuide.fromFile();
    for (const topic of UKRAINE_GUIDE_TOPICS) {
      for (const source of guide.sources(topic)) expect(credits).toContain(source);
    }
  });

  it('rejects a broken file with the field named', () => {
    expect(() => new UkraineGuide({ version: 1, checked: '2026-11-25', topics: {} })).toThrow(
      /topics\.protection/,
    );
  });
});

describe('the guide, all at once', () => {
  it.each([
    ['sv-SE', 'Jag kommer från Ukraina, var finns närmaste kontor i Göteborg?'],
    ['en-GB', 'I am from Ukraine, where is the nearest office in Göteborg?'],
    ['uk-UA', 'Я з України, де найближчий офіс у Гетеборзі?'],
  ])('%s: help in person near the place in the message', async (locale, text) => {
    const c = conversation(locale);
    const replies = await c.say(text);
    expect(orgIds(replies)).toContain('migrationsverket');
    expect(placeIds(replies).length).toBeGreaterThan(0);
  });
});

describe('help in person with the place in the message is one reply (review 18e)', () => {
  it.each([
    ['sv-SE', 'Jag kommer från Ukraina, var finns närmaste kontor i Kista?'],
    ['en-GB', 'I am from Ukraine, where is the nearest office in Kista?'],
    ['uk-UA', 'Я з України, де найближчий офіс у Кісті?'],
  ])('%s: the booking once, then the offices, on screen and on the phone', async (locale, text) => {
    const booking = 'https://migrationsverket.se/en/contact-us/book-an-appointment.html';
    const screen = await conversation(locale).say(text);
    expect(screen).toHaveLength(1);
    expect(textOf(screen).split(booking).length - 1).toBe(1);
    expect(orgIds(screen)).toEqual(['migrationsverket']);
    expect(placeIds(screen)[0]).toBe('kista');
    const phone = await bot.start(locale, { channelId: 'telephony' }).say(text);
    expect(phone).toHaveLength(1);
    const said = spokenOf(phone);
    expect(said.split('migrationsverket.se').length - 1).toBe(1);
    // No "say it again for more" inside the bot's own answer.
    expect(said).not.toMatch(/höra mer|again for more|Докладніше/u);
  });
});

describe('"in person" is no place', () => {
  it('help in person in Malmö finds Malmö, not the village Persön', async () => {
    const c = conversation('en-GB');
    const replies = await c.say('I fled from Ukraine, where can I get help in person in Malmö?');
    expect(textOf(replies)).toMatch(/to Malmö/);
    expect(textOf(replies)).not.toMatch(/Persön/);
  });
});

describe('a matter outside the guide, from someone from Ukraine', () => {
  it.each([
    ['sv-SE', 'Jag kommer från Ukraina och behöver träffa en läkare', 'region'],
    ['en-GB', "I'm from Ukraine and I need to see a doctor", 'region'],
    ['uk-UA', 'Я з України, мені потрібно до лікаря', 'region'],
    ['sv-SE', 'Jag kommer från Ukraina och mitt barn behöver en skolplats', 'kommun'],
    ['en-GB', "I'm from Ukraine, my child needs a school place", 'kommun'],
    ['uk-UA', 'Я з України, моїй дитині потрібне місце в школі', 'kommun'],
  ])('%s "%s" is answered as that matter (%s), not with the menu', async (locale, text, body) => {
    const c = conversation(locale);
    const replies = await c.say(text);
    expect(orgIds(replies)).toEqual([body]);
    expect(titles(replies)).not.toContain(
      { 'sv-SE': 'LMA-kort', 'en-GB': 'LMA card', 'uk-UA': 'Картка LMA' }[locale],
    );
  });
});
