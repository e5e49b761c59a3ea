import { createGuide } from '../../src/composition';
import { testConfig, TestConversation } from '../helpers/guideHarness';

const titles = (reply: { suggestedActions?: { actions: { title?: string }[] } }) =>
  (reply.suggestedActions?.actions ?? []).map((a) => a.title);

describe('welcome', () => {
  it.each([
    ['sv-SE', 'sv-SE', /^Hej!/, ['English', 'Українська']],
    ['en-US', 'en-GB', /^Hello!/, ['Svenska', 'Українська']],
    ['uk-UA', 'uk-UA', /^Вітаю!/, ['Svenska', 'English']],
    ['de-DE', 'sv-SE', /^Hej!/, ['English', 'Українська']],
  ])(
    'greets a %s visitor in %s and offers the other two languages',
    async (locale, replyLocale, greeting, buttons) => {
      const conversation = new TestConversation({ locale });
      const [welcome, ...rest] = await conversation.join();
      expect(rest).toHaveLength(0);
      expect(welcome?.locale).toBe(replyLocale);
      expect(welcome?.text).toMatch(greeting);
      expect(welcome?.text).toMatch(/servicekontor/);
      expect(titles(welcome!)).toEqual(buttons);
      conversation.guide.close();
    },
  );

  it('greets only once per conversation', async () => {
    const conversation = new TestConversation({ locale: 'sv-SE' });
    expect(await conversation.join()).toHaveLength(1);
    expect(await conversation.join()).toHaveLength(0);
    conversation.guide.close();
  });
});

describe('the language of a conversation', () => {
  it.each([
    ['Hej, jag behöver hjälp', 'sv-SE', /Vad behöver du hjälp med/],
    ['Hello, I need help', 'en-GB', /What do you need help with/],
    ['Привіт, мені потрібна допомога', 'uk-UA', /З чим вам потрібна допомога/],
  ])('%s → a reply in %s', async (text, locale, wording) => {
    const conversation = new TestConversation({ locale: 'sv-SE' });
    const [answer] = await conversation.say(text);
    expect(answer?.locale).toBe(locale);
    expect(answer?.text).toMatch(wording);
    conversation.guide.close();
  });

  it('"ok" does not change the language; "in English please" does, and it lasts', async () => {
    const conversation = new TestConversation({ locale: 'sv-SE' });
    expect((await conversation.say('Hej, jag behöver hjälp'))[0]?.locale).toBe('sv-SE');
    expect((await conversation.say('ok'))[0]?.locale).toBe('sv-SE');
    const [switched, ...more] = await conversation.say('in English please');
    expect(more).toHaveLength(0);
    expect(switched).toMatchObject({
      locale: 'en-GB',
      text: "OK, let's continue in English. What do you need help with?",
    });
    expect((await conversation.say('tack'))[0]?.locale).toBe('en-GB');
    conversation.guide.close();
  });

  it.each([
    // Nothing is being asked: after the change the bot asks what the person needs, in the new language.
    ['Svenska', 'sv-SE', 'Okej, vi fortsätter på svenska. Vad behöver du hjälp med?'],
    ['English', 'en-GB', "OK, let's continue in English. What do you need help with?"],
    ['Українська', 'uk-UA', 'Добре, продовжуємо українською. З чим вам потрібна допомога?'],
    ['українською', 'uk-UA', 'Добре, продовжуємо українською. З чим вам потрібна допомога?'],
    ['på svenska', 'sv-SE', 'Okej, vi fortsätter på svenska. Vad behöver du hjälp med?'],
  ])('the button or request %s switches to %s', async (text, locale, confirmation) => {
    const conversation = new TestConversation({ locale: 'en-GB' });
    await conversation.say('Hello, I need help');
    const [reply] = await conversation.say(text);
    expect(reply).toMatchObject({ locale, text: confirmation });
    conversation.guide.close();
  });

  it('a language sent as data by a widget switches too', async () => {
    const conversation = new TestConversation({ locale: 'sv-SE' });
    const [reply] = await conversation.say({ type: 'event', name: 'setLanguage', value: 'uk' });
    expect(reply).toMatchObject({
      locale: 'uk-UA',
      text: 'Добре, продовжуємо українською. З чим вам потрібна допомога?',
    });
    expect((await conversation.say('ok'))[0]?.locale).toBe('uk-UA');
    conversation.guide.close();
  });

  it('a request with a matter switches and answers the matter', async () => {
    const conversation = new TestConversation({ locale: 'sv-SE' });
    const replies = await conversation.say('in English: I need help with my taxes');
    expect(replies).toHaveLength(1);
    expect(replies[0]).toMatchObject({ locale: 'en-GB' });
    expect(replies[0]?.text).toMatch(/Swedish Tax Agency/);
    conversation.guide.close();
  });

  it('is remembered for the user in the next conversation', async () => {
    const guide = createGuide(testConfig());
    const first = new TestConversation({ guide, userId: 'anna', conversationId: 'c1' });
    await first.say('українською');
    const second = new TestConversation({ guide, userId: 'anna', conversationId: 'c2' });
    const [welcome] = await second.say({
      type: 'conversationUpdate',
      membersAdded: [{ id: 'anna', name: 'anna' }],
      locale: 'sv-SE',
    });
    expect(welcome?.locale).toBe('uk-UA');
    const stranger = new TestConversation({ guide, userId: 'bo', conversationId: 'c3' });
    const [other] = await stranger.say({
      type: 'conversationUpdate',
      membersAdded: [{ id: 'bo', name: 'bo' }],
      locale: 'sv-SE',
    });
    expect(other?.locale).toBe('sv-SE');
    guide.close();
  });
});

describe('interruptions', () => {
  it.each([
    ['sv-SE', 'Hej, jag behöver hjälp', 'hjälp', /Skriv med egna ord/, 'Börja om', /Vi börjar om/],
    [
      'en-GB',
      'Hello, I need help',
      'help',
      /Write in your own words/,
      'Start over',
      /Let's start over/,
    ],
    [
      'uk-UA',
      'Привіт, мені потрібна допомога',
      'допомога',
      /Напишіть своїми словами/,
      'Почати спочатку',
      /Почнімо спочатку/,
    ],
  ])(
    '%s: help and start over work at any point',
    async (locale, opening, help, helpText, restart, restartText) => {
      const conversation = new TestConversation({ locale });
      await conversation.say(opening);
      const [helpReply] = await conversation.say(help);
      expect(helpReply).toMatchObject({ locale });
      expect(helpReply?.text).toMatch(helpText);
      const [restartReply] = await conversation.say(restart);
      expect(restartReply).toMatchObject({ locale });
      expect(restartReply?.text).toMatch(restartText);
      conversation.guide.close();
    },
  );

  it('start over keeps the language', async () => {
    const conversation = new TestConversation({ locale: 'sv-SE' });
    await conversation.say('українською');
    const [reply] = await conversation.say('start over');
    expect(reply).toMatchObject({ locale: 'uk-UA' });
    expect(reply?.text).toMatch(/Почнімо спочатку/);
    conversation.guide.close();
  });
});

describe('bad input', () => {
  it.each([
    ['sv-SE', 'Hej, jag behöver hjälp', /för långt/],
    ['en-GB', 'Hello, I need help', /too long/],
    ['uk-UA', 'Привіт, мені потрібна допомога', /задовге/],
  ])(
    '%s: a huge message gets a polite answer and the conversation goes on',
    async (locale, opening, wording) => {
      const conversation = new TestConversation({ locale });
      await conversation.say(opening);
      const [tooLong] = await conversation.say('x'.repeat(50_000));
      expect(tooLong).toMatchObject({ locale });
      expect(tooLong?.text).toMatch(wording);
      expect(tooLong?.text).toMatch(/2[\s,\u00a0]000/u);
      const [next] = await conversation.say(opening);
      expect(next).toMatchObject({ locale });
      conversation.guide.close();
    },
  );

  it('a failing turn apologises in the language of the conversation and the conversation goes on', async () => {
    const conversation = new TestConversation({ locale: 'sv-SE' });
    await conversation.say('українською');
    const original = conversation.guide.bot.run.bind(conversation.guide.bot);
    jest.spyOn(conversation.guide.bot, 'run').mockImplementationOnce(async (context) => {
      await conversation.guide.state.conversationData.get(context, {});
      throw new Error('boom for 19900101-1234');
    });
    const [apology] = await conversation.say('щось');
    expect(apology).toMatchObject({ locale: 'uk-UA' });
    expect(apology?.text).toMatch(/Вибачте/);
    jest.spyOn(conversation.guide.bot, 'run').mockImplementation(original);
    const [after] = await conversation.say('ok');
    expect(after?.text).toBeDefined();
    conversation.guide.close();
  });
});
