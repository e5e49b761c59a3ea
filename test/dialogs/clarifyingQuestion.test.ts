/**
 * "I'm not sure which authority this is about. Is it one of these?": every answer to it is read
 * against the bodies offered, in sv, en and uk, on a screen and on the phone.
 */
import { conversations } from '../helpers/guideHarness';
import { bodiesOf, placesOf, spokenOf, textOf, titlesOf, unsureAbout } from '../helpers/transcript';

const bot = conversations();

const titles = titlesOf;

interface Case {
  locale: string;
  /** The first message, about which the bot is unsure. */
  matter: string;
  asked: RegExp;
  /** Part of a name, the whole Swedish name, a number and an ordinal: each picks Försäkringskassan. */
  byPart: string;
  bySwedishName: string;
  byOrdinal: string;
  /** Part of Skatteverket's name. */
  taxPart: string;
  yes: string;
  which: RegExp;
  none: string;
  rephrase: RegExp;
  /** A new description of the matter, surely Försäkringskassan's. */
  described: string;
  place: string;
  placeKept: RegExp;
  person: string;
  repeat: string;
  unclear: string;
  reask: RegExp;
  giveUp: RegExp;
  cantHelp: RegExp;
  /** A sure matter later in the conversation, Försäkringskassan's, and a yes to the offer. */
  laterMatter: string;
  laterYes: string;
  /** The two bodies as a caller hears them. */
  heard: RegExp;
}

const CASES: Case[] = [
  {
    locale: 'sv-SE',
    matter: 'Jag har fått ett brev om pengar som jag ska betala tillbaka',
    asked: /inte säker på vilken myndighet/,
    byPart: 'den med försäkringen',
    bySwedishName: 'Försäkringskassan',
    byOrdinal: 'den andra',
    taxPart: 'skatten',
    yes: 'ja',
    which: /Vilken av dem är det: Skatteverket eller Försäkringskassan\?/,
    none: 'ingen av dem',
    rephrase: /med andra ord/,
    described: 'Det gäller min föräldrapenning',
    place: 'jag bor i Solna',
    placeKept: /sparar platsen/,
    person: 'kan jag prata med en människa',
    repeat: 'kan du upprepa',
    unclear: 'hmm',
    reask: /uppfattade jag inte/,
    giveUp: /fortfarande inte.*0771-451 000/s,
    cantHelp: /Det kan jag tyvärr inte/,
    laterMatter: 'Hur ansöker jag om föräldrapenning?',
    laterYes: 'ja',
    heard: /Skatteverket.*Försäkringskassan/s,
  },
  {
    locale: 'en-GB',
    matter: 'I got a letter saying I have to pay some money back',
    asked: /not sure which authority/,
    byPart: 'the insurance one',
    bySwedishName: 'Försäkringskassan',
    byOrdinal: 'the second',
    taxPart: 'the tax one',
    yes: 'yes please',
    which: /Which one is it: .*Tax Agency.* or .*Social Insurance Agency.*\?/,
    none: 'neither of them',
    rephrase: /in other words/,
    described: "It's about my parental benefit",
    place: "I'm in Solna",
    placeKept: /keep the place/,
    person: 'can I speak to a person',
    repeat: 'can you repeat that',
    unclear: 'hmm',
    reask: /didn't catch that/,
    giveUp: /still don't understand.*0771-451 000/s,
    cantHelp: /can't help with that/,
    laterMatter: 'How do I apply for parental benefit?',
    laterYes: 'yes',
    heard: /Tax Agency.*Social Insurance Agency/s,
  },
  {
    locale: 'uk-UA',
    matter: 'Мені прийшов лист, що я маю повернути гроші',
    asked: /не зовсім зрозуміло, про яку установу/,
    byPart: 'та, що про соціальне страхування',
    bySwedishName: 'Försäkringskassan',
    byOrdinal: 'друга',
    taxPart: 'податкова',
    yes: 'так',
    which: /Яка саме: Податкова служба Швеції чи Каса соціального страхування\?/,
    none: 'жодна з них',
    rephrase: /іншими словами/,
    described: 'Це про допомогу по догляду за дитиною, föräldrapenning',
    place: 'я живу в Сольні',
    placeKept: /запамʼятаю це місце/,
    person: 'можна поговорити з людиною',
    repeat: 'повторіть, будь ласка',
    unclear: 'гм',
    reask: /не вдалося вас зрозуміти/,
    giveUp: /досі не розумію.*0771-451 000/s,
    cantHelp: /із цим я не допоможу/,
    laterMatter: 'Як подати заяву на föräldrapenning?',
    laterYes: 'так',
    heard: /Податкова служба Швеції.*Каса соціального страхування/s,
  },
];

const matters = CASES.map((c) => c.matter);
const start = (locale: string, channelId = 'test') =>
  bot.start(locale, {
    channelId,
    understanding: unsureAbout(bot.understanding, matters, ['skatteverket', 'forsakringskassan']),
  });

describe.each(CASES)('the clarifying question ($locale)', (l) => {
  it('is asked with the bodies as buttons', async () => {
    const c = start(l.locale);
    const asked = await c.say(l.matter);
    expect(textOf(asked)).toMatch(l.asked);
    expect(titles(asked)).toHaveLength(2);
  });

  it.each([
    ['part of its name', 'byPart'],
    ['its Swedish name', 'bySwedishName'],
    ['an ordinal', 'byOrdinal'],
    ['its number', '2'],
  ] as const)('a body is chosen by %s', async (_how, key) => {
    const c = start(l.locale);
    await c.say(l.matter);
    const picked = await c.say(key === '2' ? '2' : l[key]);
    expect(bodiesOf(picked)).toEqual(['forsakringskassan']);
    expect(textOf(picked)).not.toMatch(l.cantHelp);
  });

  it('part of the other name picks the other body', async () => {
    const c = start(l.locale);
    await c.say(l.matter);
    expect(bodiesOf(await c.say(l.taxPart))).toEqual(['skatteverket']);
  });

  it('"yes" names the bodies again, shortly, and the answer after it chooses', async () => {
    const c = start(l.locale);
    await c.say(l.matter);
    const which = await c.say(l.yes);
    expect(textOf(which)).toMatch(l.which);
    expect(textOf(which)).not.toMatch(l.cantHelp);
    expect(which.at(-1)?.inputHint).toBe('expectingInput');
    expect(bodiesOf(await c.say(l.byOrdinal))).toEqual(['forsakringskassan']);
  });

  it('"none of them" asks for the matter in other words, and the next message is read as one', async () => {
    const c = start(l.locale);
    await c.say(l.matter);
    const again = await c.say(l.none);
    expect(textOf(again)).toMatch(l.rephrase);
    expect(bodiesOf(again)).toEqual([]);
    expect(bodiesOf(await c.say(l.laterMatter))).toEqual(['forsakringskassan']);
  });

  it('a new description of the matter is read as a matter again', async () => {
    const c = start(l.locale);
    await c.say(l.matter);
    const answered = await c.say(l.described);
    expect(bodiesOf(answered)).toEqual(['forsakringskassan']);
  });

  it('a place is kept for later: which body is asked again, and once chosen the offices are there', async () => {
    const c = start(l.locale);
    await c.say(l.matter);
    const which = await c.say(l.place);
    expect(textOf(which)).toMatch(l.placeKept);
    expect(titles(which)).toHaveLength(2);
    const chosen = await c.say(l.taxPart);
    expect(bodiesOf(chosen)).toContain('skatteverket');
    expect(placesOf(chosen).length).toBeGreaterThan(0);
  });

  it('a request for a person gets Statens servicecenter, not "I can\'t help"', async () => {
    const c = start(l.locale);
    await c.say(l.matter);
    const person = await c.say(l.person);
    expect(textOf(person)).toMatch(/0771-?\s?451 000/);
    expect(textOf(person)).not.toMatch(l.cantHelp);
  });

  it('"repeat" says the question again and keeps it open', async () => {
    const c = start(l.locale);
    await c.say(l.matter);
    expect(textOf(await c.say(l.repeat))).toMatch(l.asked);
    expect(bodiesOf(await c.say('1'))).toEqual(['skatteverket']);
  });

  it('never "I can\'t help" after its own question: asked once more, then the number after two misses, keeping the place', async () => {
    const c = start(l.locale);
    await c.say(l.matter);
    await c.say(l.place);
    const first = await c.say(l.unclear);
    expect(textOf(first)).toMatch(l.reask);
    expect(titles(first)).toHaveLength(2);
    const second = await c.say(l.unclear);
    expect(textOf(second)).toMatch(l.giveUp);
    expect(textOf(second)).not.toMatch(l.cantHelp);
    // The conversation goes on with what it knew: the place given earlier is used.
    await c.say(l.laterMatter);
    const offices = await c.say(l.laterYes);
    expect(placesOf(offices).length).toBeGreaterThan(0);
  });

  it('on the phone the bodies are named, and a key chooses', async () => {
    const c = start(l.locale, 'telephony');
    const asked = await c.say(l.matter);
    expect(spokenOf(asked)).toMatch(l.heard);
    const which = await c.say(l.yes);
    expect(spokenOf(which)).toMatch(l.heard);
    const picked = await c.say({ type: 'message', text: '2', entities: [{ type: 'DTMF' }] });
    expect(bodiesOf(picked)).toEqual(['forsakringskassan']);
  });
});

describe.each(CASES)('the offer question, answered twice unreadably ($locale)', (l) => {
  it('gets the number the second time, never "I can\'t help"', async () => {
    const c = bot.start(l.locale);
    await c.say(l.laterMatter);
    expect(textOf(await c.say(l.unclear))).toMatch(l.reask);
    const second = await c.say(l.unclear);
    expect(textOf(second)).toMatch(l.giveUp);
    expect(textOf(second)).not.toMatch(l.cantHelp);
  });
});
