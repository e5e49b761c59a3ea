import type { Activity, Entity } from 'botbuilder';
import { conversations, TestConversation } from '../helpers/guideHarness';

const bot = conversations();
const conversation = (locale: string): TestConversation => bot.start(locale);

const entitiesOf = (replies: Partial<Activity>[], type: string): Entity[] =>
  replies.flatMap((r) => r.entities ?? []).filter((e) => e.type === type);
const ids = (entities: Entity[]) => entities.map((e) => String(e.identifier));
const textOf = (replies: Partial<Activity>[]) => replies.map((r) => r.text ?? '').join('\n');

describe('matter → body → nearest office', () => {
  it.each([
    [
      'sv-SE',
      'Jag har fått barn',
      'ja',
      'Gamlestaden',
      /Försäkringskassan/,
      /Servicekontor närmast/,
    ],
    [
      'en-GB',
      'My baby was born last week',
      'yes',
      'Gamlestaden',
      /Försäkringskassan/,
      /nearest service offices/,
    ],
    [
      'uk-UA',
      'У мене народилася дитина',
      'так',
      'Гамластаден',
      /Försäkringskassan/,
      /Найближчі до .+ сервісні офіси/,
    ],
  ])('%s', async (locale, matter, yes, place, body, officesIntro) => {
    const c = conversation(locale);
    const answer = await c.say(matter);
    expect(answer[0]?.locale).toBe(locale);
    expect(textOf(answer)).toMatch(body);
    expect(ids(entitiesOf(answer, 'GovernmentOrganization'))).toEqual(['forsakringskassan']);
    expect(answer[0]?.inputHint).toBe('expectingInput');
    const ask = await c.say(yes);
    expect(ask).toHaveLength(1);
    expect(ask[0]?.locale).toBe(locale);
    const offices = await c.say(place === 'Гамластаден' ? 'Gamlestaden' : place);
    expect(textOf(offices)).toMatch(officesIntro);
    const found = entitiesOf(offices, 'Place');
    expect(ids(found)[0]).toBe('gamlestaden');
    expect(found.length).toBeGreaterThan(0);
    expect(found.length).toBeLessThanOrEqual(3);
    const first = found[0] as Entity & Record<string, unknown>;
    expect(first).toMatchObject({
      name: 'Gamlestaden',
      address: { streetAddress: 'Rullagergatan 2' },
      geoPrecision: 'district',
      geo: { type: 'GeoCoordinates' },
    });
    // Hours are not known for this office: openNow is null, and the text says so.
    expect(first.openNow).toBeNull();
    expect(first.address).not.toHaveProperty('postalCode');
  });
});

describe('all at once', () => {
  it.each([
    [
      'sv-SE',
      'Jag bor i Kiruna och behöver hjälp med föräldrapenning',
      'forsakringskassan',
      'kiruna',
    ],
    [
      'en-GB',
      'I live in Kiruna and need help with parental benefit',
      'forsakringskassan',
      'kiruna',
    ],
    [
      'uk-UA',
      'Я живу в Кіруні, мені потрібна допомога з батьківською допомогою',
      'forsakringskassan',
      'kiruna',
    ],
  ])('%s: the body and the offices in one turn', async (locale, text, agency, office) => {
    const replies = await conversation(locale).say(text);
    for (const r of replies) expect(r.locale).toBe(locale);
    expect(ids(entitiesOf(replies, 'GovernmentOrganization'))).toEqual([agency]);
    expect(ids(entitiesOf(replies, 'Place'))[0]).toBe(office);
  });

  it('Migrationsverket in Göteborg names the town booking instead of inventing an office', async () => {
    const replies = await conversation('uk-UA').say(
      'де найближчий офіс Міграційної служби в Гетеборзі',
    );
    expect(replies[0]?.locale).toBe('uk-UA');
    expect(textOf(replies)).toMatch(/Göteborg/);
    expect(textOf(replies)).toMatch(/записатися/);
  });
});

describe('a body a servicekontor cannot help with', () => {
  it.each([
    ['sv-SE', 'Jag behöver ett nytt pass', /kan inte hjälpa/],
    ['en-GB', 'I need a new passport', /cannot help/],
    ['uk-UA', 'Мені потрібен новий паспорт', /не допоможе/],
  ])('%s: says where to go instead and offers no office', async (locale, text, wording) => {
    const replies = await conversation(locale).say(text);
    expect(ids(entitiesOf(replies, 'GovernmentOrganization'))).toEqual(['polisen']);
    expect(textOf(replies)).toMatch(wording);
    expect(entitiesOf(replies, 'Place')).toHaveLength(0);
  });
});

describe('danger', () => {
  it.each([
    ['sv-SE', 'Det brinner i mitt kök'],
    ['en-GB', 'Someone is not breathing'],
    ['uk-UA', 'У сусідів пожежа'],
  ])('%s: 112 first', async (locale, text) => {
    const replies = await conversation(locale).say(text);
    expect(replies[0]?.text).toMatch(/112/);
    expect(ids(entitiesOf(replies.slice(0, 1), 'GovernmentOrganization'))).toEqual(['emergency']);
  });

  // The place said next is where the danger is: 112 again, never a list of service offices. A
  // place said after another turn still finds offices.
  it.each([
    [
      'sv-SE',
      'Det luktar rök i trapphuset och larmet går',
      'Vi bor i Tensta',
      'Jag vill flytta',
      'Uppsala',
    ],
    [
      'en-GB',
      'there is smoke in the stairwell and the alarm is going',
      "we're in sundbyberg",
      'I want to change my address',
      'Uppsala',
    ],
    [
      'uk-UA',
      'У сусідів знизу пожежа, з вікон іде дим',
      'Ми в Тенсті',
      'Хочу змінити адресу',
      'Уппсала',
    ],
  ])(
    '%s: a place after the 112 line gets 112 again',
    async (locale, danger, where, matter, town) => {
      const c = conversation(locale);
      expect(textOf(await c.say(danger))).toMatch(/112/);
      const again = await c.say(where);
      expect(textOf(again)).toMatch(/112/);
      expect(entitiesOf(again, 'Place')).toHaveLength(0);
      await c.say(matter);
      const offices = await c.say(town);
      expect(entitiesOf(offices, 'Place').length).toBeGreaterThan(0);
    },
  );

  it('interrupts a question the bot was asking', async () => {
    const c = conversation('sv-SE');
    await c.say('Jag har fått barn');
    const replies = await c.say('Det brinner!');
    expect(replies[0]?.text).toMatch(/112/);
  });
});

describe('unsure and out of scope', () => {
  it.each([
    ['sv-SE', 'Vad tycker du om fotboll?', 'Vilken färg har himlen?', /Det kan jag tyvärr inte/],
    [
      'en-GB',
      'What is your favourite football team?',
      'What colour is the sky?',
      /can't help with that/,
    ],
    [
      'uk-UA',
      'Яка твоя улюблена футбольна команда?',
      'Якого кольору небо?',
      /із цим я не допоможу/,
    ],
  ])(
    '%s: an honest answer, and the general number after two misses',
    async (locale, first, second, wording) => {
      const c = conversation(locale);
      const one = await c.say(first);
      expect(textOf(one)).toMatch(wording);
      expect(entitiesOf(one, 'GovernmentOrganization')).toHaveLength(0);
      const two = await c.say(second);
      expect(textOf(two)).toMatch(/0771-451 000/);
    },
  );
});

describe('a person', () => {
  it.each([
    ['sv-SE', 'Jag har blivit arbetslös', 'Kan jag prata med en människa?'],
    ['en-GB', 'I lost my job', 'Can I talk to someone?'],
    ['uk-UA', 'Я втратив роботу', 'Можна поговорити з людиною?'],
  ])('%s: the phone number of the body in context', async (locale, matter, person) => {
    const c = conversation(locale);
    await c.say(matter);
    const replies = await c.say(person);
    expect(textOf(replies)).toMatch(/0771-416 416/);
    expect(ids(entitiesOf(replies, 'GovernmentOrganization'))).toEqual(['arbetsformedlingen']);
  });
});

describe('places that need asking', () => {
  it.each([
    ['sv-SE', 'Var ligger närmaste servicekontor?', /Menade du Alvik i Luleå eller Leksand\?/],
    ['en-GB', 'Where is the nearest service office?', /Did you mean Alvik in Luleå or Leksand\?/],
    ['uk-UA', 'Де найближчий сервісний офіс?', /Alvik у муніципалітеті Luleå чи Leksand\?/],
  ])(
    '%s: a shared name answers for the likeliest place and offers the others',
    async (locale, ask, offer) => {
      const c = conversation(locale);
      await c.say(ask);
      const offices = await c.say('Alvik');
      expect(textOf(offices)).toMatch(offer);
      expect(entitiesOf(offices, 'Place').length).toBeGreaterThan(0);
      const buttons = (offices[0]?.suggestedActions?.actions ?? []).map((a) => String(a.value));
      expect(buttons).toContain('Alvik (Luleå)');
      // The other place, taken from its button: offices near it, and the offer is not made again.
      const other = await c.say('Alvik (Luleå)');
      expect(textOf(other)).not.toMatch(offer);
      const first = entitiesOf(other, 'Place')[0];
      expect(String(first?.identifier)).toMatch(/lulea/);
    },
  );

  it('re-asks once for an unknown place, then offers a way out', async () => {
    const c = conversation('en-GB');
    await c.say('Where is the nearest service office?');
    const again = await c.say('Xyzzyville');
    expect(textOf(again)).toMatch(/couldn't find that place/);
    const out = await c.say('Qwertyborg');
    expect(textOf(out)).toMatch(/0771-451 000/);
  });

  it('remembers the place for the next matter', async () => {
    const c = conversation('sv-SE');
    await c.say('Jag bor i Kiruna och behöver hjälp med föräldrapenning');
    await c.say('Och min pension då?');
    const offices = await c.say('ja');
    expect(ids(entitiesOf(offices, 'Place'))[0]).toBe('kiruna');
  });
});

describe('personal identity numbers', () => {
  it.each([
    [
      'sv-SE',
      'Mitt personnummer är 19900101-1234, jag har fått barn',
      /Skriv inte ditt personnummer/,
    ],
    [
      'en-GB',
      'My personal number is 900101-1234 and I lost my job',
      /no need to write your personal identity number/,
    ],
    [
      'uk-UA',
      'Мій personnummer 19900101-1234, я втратив роботу',
      /не пишіть тут свій персональний ідентифікаційний номер/,
    ],
  ])('%s: never echoed, and a warning', async (locale, text, warning) => {
    const replies = await conversation(locale).say(text);
    expect(replies[0]?.text).toMatch(warning);
    expect(JSON.stringify(replies)).not.toMatch(/1234/);
  });
});
