/**
 * One reading of each turn, in context: the second and third turn of a conversation, read against
 * what the bot just asked and the body already known, in each of the three languages.
 */
import type { Activity, Entity } from 'botbuilder';
import { conversations, type TestConversation } from '../helpers/guideHarness';

const bot = conversations();

const entities = (replies: Partial<Activity>[], type: string): string[] =>
  replies
    .flatMap((r) => r.entities ?? [])
    .filter((e: Entity) => e.type === type)
    .map((e) => String(e.identifier));
const textOf = (replies: Partial<Activity>[]) => replies.map((r) => r.text ?? '').join('\n');

/** Everything the bot sent for one incoming activity, events included. */
async function send(c: TestConversation, input: Partial<Activity>): Promise<Partial<Activity>[]> {
  c.adapter.activeQueue.splice(0);
  await c.adapter.receiveActivity({ locale: c.options.locale, ...input });
  return c.adapter.activeQueue.splice(0);
}

const LANGS = [
  {
    locale: 'sv-SE',
    matter: 'Jag har fått barn',
    offerAsked: /närmaste servicekontor/i,
    placeSentence: 'jag bor i Västerås',
    yesAndPlace: 'Ja tack, jag bor i Västerås nu.',
    placeName: /Västerås/,
    nameAndPlace: 'jag heter Sture och bor i Karesuando',
    person: 'prata med nån',
    repeat: 'kan du upprepa',
    spokenRepeat: 'förlåt vad sa du',
    firstMessage: 'Jag har fått barn och bor i Kiruna',
    weather: 'vad blir det för väder i Stockholm',
    outOfScope: /inte hjälpa/i,
    personOnPhone: 'Kan jag prata med en människa?',
    whatNow: 'vad gör jag nu då',
    contact: ['hur kontaktar jag dem', 'vilket nummer ska jag ringa', 'och deras hemsida?'],
    otherPlace: 'och i Kiruna då?',
    personAbout: 'kan jag prata med någon om föräldrapenningen',
    switchTo: 'in English',
    askNeed: /What do you need help with\?/,
  },
  {
    locale: 'en-GB',
    matter: 'My baby was born last week',
    offerAsked: /nearest service office/i,
    placeSentence: 'I am in Umeå',
    yesAndPlace: "Yes please, I'm in Umeå.",
    placeName: /Umeå/,
    nameAndPlace: 'my name is Sture and I live in Karesuando',
    person: 'can I talk to someone',
    repeat: 'can you repeat that',
    spokenRepeat: 'sorry, what did you say',
    firstMessage: 'My baby was born last week and I live in Kiruna',
    weather: "what's the weather in Stockholm",
    outOfScope: /can't help with that/i,
    personOnPhone: 'Can I talk to someone?',
    whatNow: 'what do I do now',
    contact: ['how do I contact them', "what's their phone number", 'and their website?'],
    otherPlace: 'what about Kiruna?',
    personAbout: 'can I talk to someone about my parental benefit',
    switchTo: 'українською',
    askNeed: /З чим вам потрібна допомога\?/,
  },
  {
    locale: 'uk-UA',
    matter: 'У мене народилася дитина',
    offerAsked: /найближч/i,
    placeSentence: 'я в Умео',
    yesAndPlace: 'так, ми в Умео',
    placeName: /Umeå/,
    nameAndPlace: 'мене звати Стуре і я живу в Каресуандо',
    person: 'можна поговорити з кимось',
    repeat: 'повторіть, будь ласка',
    spokenRepeat: 'вибачте, що ви сказали',
    firstMessage: 'У мене народилася дитина, я живу в Кіруні',
    weather: 'яка погода у Стокгольмі',
    outOfScope: /не допоможу/i,
    personOnPhone: 'Можна поговорити з людиною?',
    whatNow: 'що мені тепер робити',
    contact: ["як з ними зв'язатися", 'який у них номер телефону', 'а їхній сайт?'],
    otherPlace: 'а в Кіруні?',
    personAbout: 'можна поговорити з кимось про допомогу на дитину',
    switchTo: 'på svenska',
    askNeed: /Vad behöver du hjälp med\?/,
  },
];

describe.each(LANGS)('one reading in context ($locale)', (l) => {
  it('an answer to "shall I find the nearest office?" that says where keeps the body and finds offices', async () => {
    const c = bot.start(l.locale);
    const offer = await c.say(l.matter);
    expect(entities(offer, 'GovernmentOrganization')).toEqual(['forsakringskassan']);
    expect(textOf(offer)).toMatch(l.offerAsked);
    const offices = await c.say(l.placeSentence);
    expect(entities(offices, 'GovernmentOrganization')).toEqual([]);
    expect(entities(offices, 'Place').length).toBeGreaterThan(0);
    expect(textOf(offices)).toMatch(l.placeName);
    // The body is still the one of the matter: a person request goes to it.
    const person = await c.say(l.person);
    expect(textOf(person)).toMatch(/0771-524 524/);
  });

  it('"yes" with where the person is, to the office offer, finds the offices there at once', async () => {
    const c = bot.start(l.locale);
    await c.say(l.matter);
    const offices = await c.say(l.yesAndPlace);
    expect(entities(offices, 'Place').length).toBeGreaterThan(0);
    expect(textOf(offices)).toMatch(l.placeName);
  });

  it('a name given with a place is never read as the place', async () => {
    const c = bot.start(l.locale);
    const offices = await c.say(l.nameAndPlace);
    expect(textOf(offices)).toMatch(/Karesuando/);
    expect(textOf(offices)).not.toMatch(/Stare|Sture/);
    expect(entities(offices, 'Place').length).toBeGreaterThan(0);
  });

  it('"someone" after a body means that body’s people, not a menu of bodies', async () => {
    const c = bot.start(l.locale);
    await c.say(l.matter);
    const person = await c.say(l.person);
    expect(entities(person, 'GovernmentOrganization')).toEqual(['forsakringskassan']);
    expect(textOf(person)).toMatch(/0771-524 524/);
    expect(person[0]?.suggestedActions?.actions.length ?? 0).toBeLessThan(3);
  });

  it('"repeat" says the last reply again, and the question stays open', async () => {
    const c = bot.start(l.locale);
    const offer = await c.say(l.matter);
    const again = await c.say(l.repeat);
    expect(textOf(again)).toBe(textOf(offer));
    // Still the offer: a place sentence answers it.
    const offices = await c.say(l.placeSentence);
    expect(entities(offices, 'Place').length).toBeGreaterThan(0);
  });

  it('"repeat" on the telephone says the last spoken reply again', async () => {
    const c = bot.start(l.locale, { channelId: 'telephony' });
    const offer = await c.say(l.matter);
    expect(offer[0]?.speak).toMatch(/^<speak /);
    const again = await c.say(l.spokenRepeat);
    expect(again.map((a) => a.speak)).toEqual(offer.map((a) => a.speak));
  });

  it('a place inside the first message is used', async () => {
    const c = bot.start(l.locale);
    const both = await c.say(l.firstMessage);
    expect(entities(both, 'GovernmentOrganization')).toEqual(['forsakringskassan']);
    expect(entities(both, 'Place')[0]).toBe('kiruna');
  });

  it('a question about the weather in a town is out of scope, not an office list', async () => {
    const c = bot.start(l.locale);
    const weather = await c.say(l.weather);
    expect(entities(weather, 'Place')).toEqual([]);
    expect(entities(weather, 'GovernmentOrganization')).toEqual([]);
    expect(textOf(weather)).toMatch(l.outOfScope);
  });

  it('"what do I do now?" after a failed transfer gets the number and hours to call', async () => {
    const c = bot.start(l.locale, { channelId: 'telephony' });
    await c.say(l.matter);
    await c.say(l.personOnPhone);
    await send(c, {
      type: 'event',
      name: 'handoff.status',
      value: { state: 'failed', message: 'busy' },
    });
    const next = await c.say(l.whatNow);
    expect(entities(next, 'GovernmentOrganization')).toEqual(['forsakringskassan']);
    expect(textOf(next)).toMatch(/0771-524 524/);
  });

  it('"how do I contact them?" after a body, or after its offices, gives that body’s contact', async () => {
    const [first, second] = l.contact;
    const c = bot.start(l.locale);
    await c.say(l.matter);
    const contact = await c.say(first ?? '');
    expect(entities(contact, 'GovernmentOrganization')).toEqual(['forsakringskassan']);
    expect(textOf(contact)).toMatch(/0771-524 524/);
    const later = bot.start(l.locale);
    await later.say(l.matter);
    await later.say(l.placeSentence);
    const number = await later.say(second ?? '');
    expect(entities(number, 'GovernmentOrganization')).toEqual(['forsakringskassan']);
    expect(textOf(number)).toMatch(/0771-524 524/);
  });

  it('their website after a body gives the body’s contact', async () => {
    const c = bot.start(l.locale);
    await c.say(l.matter);
    const site = await c.say(l.contact[2] ?? '');
    expect(entities(site, 'GovernmentOrganization')).toEqual(['forsakringskassan']);
    expect(textOf(site)).toMatch(/forsakringskassan\.se/);
  });

  it('another place after an office list gives the list for that place, for the same body', async () => {
    const c = bot.start(l.locale);
    await c.say(l.matter);
    await c.say(l.placeSentence);
    const other = await c.say(l.otherPlace);
    expect(entities(other, 'Place')[0]).toBe('kiruna');
    const person = await c.say(l.person);
    expect(textOf(person)).toMatch(/0771-524 524/);
  });

  it('"can I talk to someone about <a matter>" reaches that body’s people, in text and on the phone', async () => {
    const c = bot.start(l.locale);
    const person = await c.say(l.personAbout);
    expect(entities(person, 'GovernmentOrganization')).toEqual(['forsakringskassan']);
    expect(textOf(person)).toMatch(/0771-524 524/);
    const call = bot.start(l.locale, { channelId: 'telephony' });
    const transfer = await send(call, { type: 'message', text: l.personAbout });
    expect(entities(transfer, 'GovernmentOrganization')).toEqual(['forsakringskassan']);
    expect(transfer.some((a) => a.type === 'event' || a.type === 'handoff')).toBe(true);
  });

  it('after a language change with nothing asked, asks what the person needs in the new language', async () => {
    const c = bot.start(l.locale);
    const changed = await c.say(l.switchTo);
    expect(textOf(changed)).toMatch(l.askNeed);
    expect(changed[0]?.inputHint).toBe('expectingInput');
  });
});
