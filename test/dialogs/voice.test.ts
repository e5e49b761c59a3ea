import type { Activity, Entity } from 'botbuilder';
import type { Lang } from '../../src/languages';
import { conversations, TestConversation } from '../helpers/guideHarness';
import { checkSsml, spokenReplies } from '../unit/render/speechFixtures';

const bot = conversations({ channelId: 'telephony' });
/** A call on the telephony channel (or another voice channel). */
const call = (locale: string, channelId = 'telephony'): TestConversation =>
  bot.start(locale, { channelId });

/** A key pressed on the phone, as the telephony channel sends it: one message per key. */
const press = (c: TestConversation, key: string) =>
  c.say({ type: 'message', text: key, entities: [{ type: 'DTMF' }] });

const placesOf = (replies: Partial<Activity>[]): (Entity & Record<string, unknown>)[] =>
  replies.flatMap((r) => r.entities ?? []).filter((e) => e.type === 'Place');

/** Speak of every reply checked; the words of them all. */
const heard = (replies: Partial<Activity>[], lang: Lang) =>
  spokenReplies(replies, lang)
    .map((s) => s.text)
    .join(' ');

const CALLERS = [
  {
    lang: 'sv' as const,
    locale: 'sv-SE',
    matter: 'Jag har fått barn',
    yes: 'ja',
    next: 'nästa',
    menu: 'For English, press 2.',
    offer: 'Ska jag hitta närmaste servicekontor?',
    askPlace: 'Var är du?',
    spokenCode: 'fyra ett två sex tre',
    nearest: /^(?:Kontoret närmast .+? är|Det finns ett servicekontor i) (.+?), /,
  },
  {
    lang: 'en' as const,
    locale: 'en-GB',
    matter: 'My baby was born last week',
    yes: 'yes',
    next: 'next',
    menu: 'För svenska, tryck 1.',
    offer: 'Shall I find your nearest service office?',
    askPlace: 'Where are you?',
    spokenCode: 'four one two six three',
    nearest:
      /^(?:The nearest office to .+? is (?:in|at|on)|There's a service office (?:in|at|on)) (.+?), /,
  },
  {
    lang: 'uk' as const,
    locale: 'uk-UA',
    matter: 'У мене народилася дитина',
    yes: 'так',
    next: 'далі',
    menu: 'For English, press 2.',
    offer: 'Знайти найближчий сервісний офіс?',
    askPlace: 'Де ви зараз?',
    spokenCode: 'чотири один два шість три',
    nearest: /^(?:Найближчий до .+? офіс —|Є сервісний офіс [ув] (?:районі |місті )?)(.+?), /,
  },
];

describe('a call, from the matter to one office, by voice', () => {
  it.each(CALLERS)('$locale', async (caller) => {
    const c = call(caller.locale);
    const welcome = await c.join();
    expect(heard(welcome, caller.lang)).toContain(caller.menu);
    expect(welcome[0]?.inputHint).toBe('expectingInput');

    const agency = await c.say(caller.matter);
    expect(heard(agency, caller.lang)).toContain('Försäkringskassan');
    expect(heard(agency, caller.lang)).toContain(caller.offer);
    expect(agency.at(-1)?.inputHint).toBe('expectingInput');

    const ask = await c.say(caller.yes);
    expect(heard(ask, caller.lang)).toContain(caller.askPlace);
    expect(ask.at(-1)?.inputHint).toBe('expectingInput');

    const first = await c.say('Gamlestaden');
    const firstWords = heard(first, caller.lang);
    // One office per reply on the phone, named at the start.
    const found = placesOf(first);
    expect(found).toHaveLength(1);
    expect(found[0]?.identifier).toBe('gamlestaden');
    expect(firstWords.match(caller.nearest)?.[1]).toBe('Gamlestaden');
    expect(first[0]?.attachments).toBeUndefined();

    const second = await c.say(caller.next);
    const next = placesOf(second);
    expect(next).toHaveLength(1);
    expect(next[0]?.identifier).not.toBe('gamlestaden');
    expect(heard(second, caller.lang)).toContain(String(next[0]?.name));
  });
});

describe('the language menu on the keypad', () => {
  it.each([
    ['sv-SE', '2', 'en-GB', "OK, let's continue in English."],
    ['sv-SE', '3', 'uk-UA', 'Добре, продовжуємо українською.'],
    ['en-GB', '1', 'sv-SE', 'Okej, vi fortsätter på svenska.'],
    ['uk-UA', '2', 'en-GB', "OK, let's continue in English."],
  ])('a %s call: key %s chooses %s', async (locale, key, replyLocale, words) => {
    const c = call(locale);
    await c.join();
    const [reply, ...rest] = await press(c, key);
    expect(rest).toHaveLength(0);
    expect(reply?.locale).toBe(replyLocale);
    expect(reply?.inputHint).toBe('expectingInput');
    const lang = replyLocale.slice(0, 2) as Lang;
    expect(checkSsml(reply?.speak, lang).text).toContain(words);
    // The choice lasts: the next reply is in that language too.
    const [after] = await c.say('hej');
    expect(after?.locale).toBe(replyLocale);
  });

  it.each([
    ['sv-SE', 'two', 'en-GB'],
    ['en-GB', 'ett', 'sv-SE'],
    ['sv-SE', 'три', 'uk-UA'],
  ])('a %s call: saying "%s" chooses like the key', async (locale, word, replyLocale) => {
    const c = call(locale);
    await c.join();
    const [reply] = await c.say(word);
    expect(reply?.locale).toBe(replyLocale);
  });

  it('keys do not change a language the caller already speaks', async () => {
    const c = call('sv-SE');
    await c.join();
    await c.say('Jag har skulder');
    const replies = await press(c, '2');
    expect(replies.length).toBeGreaterThan(0);
    for (const r of replies) expect(r.locale).toBe('sv-SE');
  });
});

describe('a postal code on the keypad after the bot asks where', () => {
  it.each(CALLERS)('$locale: five keys, silence until the last', async (caller) => {
    const c = call(caller.locale);
    await c.say(caller.matter);
    const ask = await press(c, '1'); // 1 = yes to the offer
    expect(heard(ask, caller.lang)).toContain(caller.askPlace);
    for (const key of ['4', '1', '2', '6']) expect(await press(c, key)).toHaveLength(0);
    const answer = await press(c, '3');
    expect(placesOf(answer)).toHaveLength(1);
    // 412 63: Göteborg centrum under 1 km (its information from 2008) before Backaplan, 2 km.
    expect(placesOf(answer)[0]?.identifier).toBe('goteborg-centrum');
    expect(heard(answer, caller.lang)).toMatch(
      /tvåtusenåtta|two thousand and eight|дві тисячі восьм/,
    );
  });

  it('* starts the code again; # ends a short one, which is asked for again', async () => {
    const c = call('sv-SE');
    await c.say('Var ligger närmaste servicekontor?');
    for (const key of ['9', '9', '*', '4', '1', '2', '6'])
      expect(await press(c, key)).toHaveLength(0);
    expect(placesOf(await press(c, '3'))[0]?.identifier).toBe('goteborg-centrum');

    const d = call('sv-SE');
    await d.say('Var ligger närmaste servicekontor?');
    expect(await press(d, '4')).toHaveLength(0);
    const retry = await press(d, '#');
    expect(retry).toHaveLength(1);
    expect(placesOf(retry)).toHaveLength(0);
    expect(heard(retry, 'sv')).toContain('Jag hittade inte den platsen.');
  });

  it.each(CALLERS)('$locale: a postal code said aloud', async (caller) => {
    const c = call(caller.locale);
    await c.say(caller.matter);
    await c.say(caller.yes);
    const answer = await c.say(caller.spokenCode);
    expect(placesOf(answer)[0]?.identifier).toBe('goteborg-centrum');
    heard(answer, caller.lang);
  });
});

describe('menus on the keypad', () => {
  it('a key chooses among the bodies the bot offers', async () => {
    const c = call('en-GB');
    await c.say('Hello, I need help');
    const choose = await c.say('support');
    const words = heard(choose, 'en');
    expect(words).toContain('Press 1 for');
    expect(words).toContain('Press 2 for');
    const [answer] = await press(c, '2');
    const orgs = (answer?.entities ?? []).filter((e) => e.type === 'GovernmentOrganization');
    expect(orgs.map((e) => String(e.identifier))).toEqual(['kommun']);
    heard([answer!], 'en');
  });

  it('2 answers no to a yes/no question', async () => {
    const c = call('sv-SE');
    await c.say('Jag har fått barn');
    const [declined] = await press(c, '2');
    expect(checkSsml(declined?.speak, 'sv').text).toContain('Okej.');
  });
});

describe('configured voices', () => {
  it('VOICE_SV, VOICE_EN and VOICE_UK reach the replies', async () => {
    const voices = { sv: 'sv-SE-MattiasNeural', en: 'en-GB-RyanNeural', uk: 'uk-UA-OstapNeural' };
    const c = bot.start('uk-UA', {
      env: { VOICE_SV: voices.sv, VOICE_EN: voices.en, VOICE_UK: voices.uk },
    });
    const [welcome] = await c.join();
    expect(checkSsml(welcome?.speak, 'uk', voices).voices[0]).toBe(voices.uk);
    const [english] = await press(c, '2');
    expect(checkSsml(english?.speak, 'en', voices).voices).toEqual([voices.en]);
  });
});

describe('other channels', () => {
  it('Direct Line Speech gets SSML without keypad words', async () => {
    const c = call('en-GB', 'directlinespeech');
    const welcome = await c.join();
    const words = heard(welcome, 'en');
    expect(words).not.toMatch(/press|tryck|натисніть/i);
    const agency = await c.say('I lost my job');
    expect(heard(agency, 'en')).not.toContain('press 1');
  });

  it('a speech flag in channelData makes any channel a voice channel', async () => {
    const c = call('sv-SE', 'webchat');
    const replies = await c.say({
      type: 'message',
      text: 'Jag har fått barn',
      channelData: { speech: true },
    });
    heard(replies, 'sv');
  });

  it('text channels get no speak, and keypad entities there are ignored', async () => {
    const c = call('sv-SE', 'webchat');
    const [welcome] = await c.join();
    expect(welcome?.speak).toBeUndefined();
    const replies = await press(c, '2');
    for (const r of replies) {
      expect(r.speak).toBeUndefined();
      expect(r.locale).toBe('sv-SE');
    }
  });
});
