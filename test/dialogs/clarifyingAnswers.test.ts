/**
 * Answers to "Is it one of these?" that close it or go past it: help declined ("no thanks"), a body
 * not offered named ("none of them, it's Kronofogden"), a place kept and then a body read, a yes
 * with a request of its own to a single guess, and a yes with a place that is no new question.
 * In sv, en and uk; on the phone where it differs.
 */
import { conversations } from '../helpers/guideHarness';
import { bodiesOf, placesOf, spokenOf, textOf, unsureAbout } from '../helpers/transcript';

const bot = conversations();

interface Case {
  locale: string;
  /** The first message, about which the bot is unsure between Skatteverket and Försäkringskassan. */
  matter: string;
  asked: RegExp;
  /** "No thanks, I don't need an office", and a short "no thanks". */
  declineLong: string;
  declineShort: string;
  /** The lead of the polite close. */
  reach: RegExp;
  /** "None of them, it's <Kronofogden>". */
  noneButBody: string;
  place: string;
  /** A matter of Pensionsmyndigheten (not offered), said after the place. */
  pension: string;
  /** A matter surely Försäkringskassan's, said after the place. */
  described: string;
  askPlace: RegExp;
  offer: RegExp;
  /** A matter about which the bot has one weak guess, Arbetsförmedlingen. */
  single: string;
  /** "Yes, find the nearest office. We live in Kiruna." */
  yesFindOffice: string;
  yes: string;
  /** A yes with a place that the reading finds vague about other bodies. */
  yesPlace: string;
  placeKept: RegExp;
}

const CASES: Case[] = [
  {
    locale: 'sv-SE',
    matter: 'Jag har fått ett brev om pengar som jag ska betala tillbaka',
    asked: /inte säker på vilken myndighet/,
    declineLong: 'Nej tack, jag behöver inget kontor',
    declineShort: 'nej tack',
    reach: /Om du vill kontakta dem själv/,
    noneButBody: 'Ingen av dem, det gäller Kronofogden',
    place: 'jag bor i Solna',
    pension: 'Det gäller min pension',
    described: 'Det gäller min föräldrapenning',
    askPlace: /Var (är|befinner) du/,
    offer: /Vill du att jag/,
    single: 'Min granne sa att jag borde fråga er om saken',
    yesFindOffice: 'Ja, hitta närmaste kontor. Vi bor i Kiruna.',
    yes: 'ja',
    yesPlace: 'Ja tack, jag bor i Solna',
    placeKept: /sparar platsen/,
  },
  {
    locale: 'en-GB',
    matter: 'I got a letter saying I have to pay some money back',
    asked: /not sure which authority/,
    declineLong: "No thanks, I don't need an office",
    declineShort: 'no thanks',
    reach: /If you want to contact them yourself/,
    noneButBody: "None of those – it's the Enforcement Authority",
    place: "I'm in Solna",
    pension: "It's about my pension",
    described: "It's about my parental benefit",
    askPlace: /Where are you/,
    offer: /Would you like me to/,
    single: 'My neighbour said I should ask you about it',
    yesFindOffice: 'Yes, find the nearest office. We live in Kiruna.',
    yes: 'yes',
    yesPlace: "Yes please, I'm in Solna",
    placeKept: /keep the place/,
  },
  {
    locale: 'uk-UA',
    matter: 'Мені прийшов лист, що я маю повернути гроші',
    asked: /не зовсім зрозуміло, про яку установу/,
    declineLong: 'Ні, дякую, офіс мені не потрібен',
    declineShort: 'ні, дякую',
    reach: /Якщо захочете звернутися до них самостійно/,
    noneButBody: 'Жодна, це служба виконання стягнень',
    place: 'я живу в Сольні',
    pension: 'Це про мою пенсію',
    described: 'Це про допомогу по догляду за дитиною, föräldrapenning',
    askPlace: /Де ви/,
    offer: /Знайти найближч/,
    single: 'Сусід сказав, що треба спитати у вас',
    yesFindOffice: 'Так, знайдіть найближчий офіс. Ми живемо в Кіруні.',
    yes: 'так',
    yesPlace: 'Так, будь ласка, я живу в Сольні',
    placeKept: /запамʼятаю це місце/,
  },
];

const SKATTEVERKET_PHONE = /0771-567 567/;
const FORSAKRINGSKASSAN_PHONE = /0771-524 524/;

const start = (l: Case, channelId = 'test') => {
  const two = unsureAbout(bot.understanding, [l.matter], ['skatteverket', 'forsakringskassan']);
  const one = unsureAbout(two, [l.single], ['arbetsformedlingen']);
  // The yes with a place, read (by this fake) as vague about two other bodies.
  const vague = unsureAbout(one, [l.yesPlace], ['kommun', 'polisen']);
  return bot.start(l.locale, { channelId, understanding: vague });
};

describe.each(CASES)('answers that close the clarifying question ($locale)', (l) => {
  it('"no thanks, I don\'t need an office" closes politely with how to reach both bodies, no question again', async () => {
    const c = start(l);
    expect(textOf(await c.say(l.matter))).toMatch(l.asked);
    const closed = await c.say(l.declineLong);
    const text = textOf(closed);
    expect(text).toMatch(l.reach);
    expect(text).toMatch(SKATTEVERKET_PHONE);
    expect(text).toMatch(FORSAKRINGSKASSAN_PHONE);
    expect(text).not.toMatch(l.asked);
    expect(closed.at(-1)?.inputHint).not.toBe('expectingInput');
    // A second "no thanks" neither asks again nor says the same again.
    const again = await c.say(l.declineShort);
    expect(textOf(again)).not.toMatch(l.asked);
    expect(textOf(again)).not.toMatch(l.reach);
    expect(bodiesOf(again)).toEqual([]);
  });

  it('a short "no thanks" to the question closes it the same way', async () => {
    const c = start(l);
    await c.say(l.matter);
    const closed = await c.say(l.declineShort);
    expect(textOf(closed)).toMatch(l.reach);
    expect(textOf(closed)).not.toMatch(l.asked);
  });

  it('on the phone the close says both numbers and asks nothing', async () => {
    const c = start(l, 'telephony');
    await c.say(l.matter);
    const closed = await c.say(l.declineLong);
    const spoken = spokenOf(closed);
    expect(spoken).toMatch(l.reach);
    expect(spoken).not.toMatch(l.asked);
    expect(closed.at(-1)?.inputHint).not.toBe('expectingInput');
  });

  it('"none of them, it\'s <a body not offered>" goes straight to that body', async () => {
    const c = start(l);
    await c.say(l.matter);
    const answered = await c.say(l.noneButBody);
    expect(bodiesOf(answered)).toEqual(['kronofogden']);
    expect(textOf(answered)).not.toMatch(l.asked);
  });
});

describe.each(CASES)('a place given to the clarifying question ($locale)', (l) => {
  it('then a matter of another body: that body and its offices at once, no "where are you?"', async () => {
    const c = start(l);
    await c.say(l.matter);
    await c.say(l.place);
    const answered = await c.say(l.pension);
    expect(bodiesOf(answered)).toContain('pensionsmyndigheten');
    expect(placesOf(answered).length).toBeGreaterThan(0);
    expect(textOf(answered)).not.toMatch(l.askPlace);
    expect(textOf(answered)).not.toMatch(l.offer);
  });

  it('then a description of one of the bodies offered: its offices at once', async () => {
    const c = start(l);
    await c.say(l.matter);
    await c.say(l.place);
    const answered = await c.say(l.described);
    expect(bodiesOf(answered)).toContain('forsakringskassan');
    expect(placesOf(answered).length).toBeGreaterThan(0);
  });

  it('a yes with a place is an answer: the same bodies asked with the place kept, not a new question', async () => {
    const c = start(l);
    await c.say(l.matter);
    const which = await c.say(l.yesPlace);
    expect(textOf(which)).toMatch(l.placeKept);
    expect(textOf(which)).not.toMatch(l.asked);
    expect(bodiesOf(await c.say('2'))).toContain('forsakringskassan');
  });
});

describe.each(CASES)('a single guess asked about ($locale)', (l) => {
  it('a plain yes takes it', async () => {
    const c = start(l);
    await c.say(l.single);
    expect(bodiesOf(await c.say(l.yes))).toEqual(['arbetsformedlingen']);
  });

  it('a yes with a request for the nearest office is read as that request, not as the guess confirmed', async () => {
    const c = start(l);
    await c.say(l.single);
    const answered = await c.say(l.yesFindOffice);
    expect(bodiesOf(answered)).not.toContain('arbetsformedlingen');
    expect(placesOf(answered).length).toBeGreaterThan(0);
  });
});

describe.each([
  {
    locale: 'sv-SE',
    matter: 'Jag undrar över pengarna jag får varje månad',
    lead: /en av de här tre:/,
    why: [
      'om det gäller skatt',
      'om det gäller ersättning som föräldrapenning',
      'om det gäller pension',
    ],
  },
  {
    locale: 'en-GB',
    matter: 'I have a question about the money I get every month',
    lead: /one of these three:/,
    why: ['if it is about tax', 'if it is about a benefit such as', 'if it is about a pension'],
  },
  {
    locale: 'uk-UA',
    matter: 'У мене питання про гроші, які я отримую щомісяця',
    lead: /одна з цих трьох:/,
    why: ['ідеться про податки', 'ідеться про виплати', 'ідеться про пенсію'],
  },
])('a choice of three ($locale)', (l) => {
  const three = () =>
    unsureAbout(
      bot.understanding,
      [l.matter],
      ['skatteverket', 'forsakringskassan', 'pensionsmyndigheten'],
    );

  it('says in a line why each body could be the one, with a button each', async () => {
    const c = bot.start(l.locale, { understanding: three() });
    const asked = await c.say(l.matter);
    const text = textOf(asked);
    expect(text).toMatch(l.lead);
    for (const why of l.why) expect(text).toContain(why);
    expect(text.split('\n').filter((line) => line.startsWith('- '))).toHaveLength(3);
    expect(asked.at(-1)?.suggestedActions?.actions).toHaveLength(3);
  });

  it('on the phone says the same reasons and the keys', async () => {
    const c = bot.start(l.locale, { channelId: 'telephony', understanding: three() });
    const spoken = spokenOf(await c.say(l.matter));
    for (const why of l.why) expect(spoken).toContain(why);
    expect(spoken).toMatch(/3/);
  });

  it('after an answer it cannot read, the question again keeps the reasons', async () => {
    const c = bot.start(l.locale, { understanding: three() });
    await c.say(l.matter);
    await c.say('hmm');
    const again = await c.say({ type: 'message', text: 'help' });
    // Help answers, and the open question is asked again with why.
    expect(textOf(again)).toContain(l.why[2]);
  });
});
