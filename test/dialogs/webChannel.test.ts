/** The bot on a web page's channel: it tells the page the conversation's language, and office lists are a card with a one-line summary. */
import type { Activity } from 'botbuilder';
import { LANGUAGE_EVENT } from '../../src/language/languageMiddleware';
import { conversations, type TestConversation } from '../helpers/guideHarness';

const bot = conversations({ channelId: 'webchat' });

/** Sends an activity and returns everything the bot sent back, events included. */
async function exchange(
  c: TestConversation,
  input: string | Partial<Activity>,
): Promise<Partial<Activity>[]> {
  const activity: Partial<Activity> =
    typeof input === 'string' ? { type: 'message', text: input } : input;
  activity.locale ??= c.options.locale;
  c.adapter.activeQueue.splice(0);
  await c.adapter.receiveActivity(activity);
  return c.adapter.activeQueue.splice(0);
}

const languageEvents = (replies: Partial<Activity>[]): unknown[] =>
  replies
    .filter((a) => a.type === 'event' && a.name === LANGUAGE_EVENT)
    .map((a): unknown => a.value);

describe('the page hears of the conversation language (event "guide.language")', () => {
  it.each([
    ['sv-SE', 'по-українськи будь ласка', 'uk-UA'],
    ['sv-SE', 'English please', 'en-GB'],
    ['uk-UA', 'på svenska tack', 'sv-SE'],
    ['en-GB', 'Українською, будь ласка', 'uk-UA'],
  ])('%s: "%s" -> %s, sent before the replies', async (locale, request, expected) => {
    const c = bot.start(locale);
    const replies = await exchange(c, request);
    expect(languageEvents(replies)).toEqual([expected]);
    expect(replies[0]?.type).toBe('event');
    expect(replies.filter((a) => a.type === 'message').every((a) => a.locale === expected)).toBe(
      true,
    );
  });

  it.each([
    ['sv-SE', 'uk', 'uk-UA'],
    ['uk-UA', 'en', 'en-GB'],
    ['en-GB', 'sv', 'sv-SE'],
  ])('%s: a language button (a message value) %s -> %s', async (locale, lang, expected) => {
    const c = bot.start(locale);
    await exchange(c, 'hej');
    const replies = await exchange(c, { type: 'message', value: { lang } });
    expect(languageEvents(replies)).toEqual([expected]);
  });

  it('the first message in another language than the page is that language, and says so', async () => {
    const c = bot.start('sv-SE');
    const replies = await exchange(c, 'Я втратив роботу, куди мені звернутися?');
    expect(languageEvents(replies)).toEqual(['uk-UA']);
  });

  it('says nothing while the language stays the same, nor on channels without a page', async () => {
    const c = bot.start('en-GB');
    expect(languageEvents(await exchange(c, 'I lost my job'))).toEqual([]);
    expect(languageEvents(await exchange(c, 'yes'))).toEqual([]);
    const test = bot.start('sv-SE', { channelId: 'test' });
    expect(languageEvents(await exchange(test, 'English please'))).toEqual([]);
    const phone = bot.start('sv-SE', { channelId: 'telephony' });
    expect(languageEvents(await exchange(phone, 'English please'))).toEqual([]);
  });
});

describe('an office list on a page: the card, with a one-line summary', () => {
  it.each([
    [
      'sv-SE',
      'Var ligger närmaste servicekontor?',
      /^Servicekontor nära Gamlestaden, .*Skriv ”fler”/,
    ],
    [
      'en-GB',
      'Where is the nearest service office?',
      /^Service offices near Gamlestaden, .*“more”/,
    ],
    [
      'uk-UA',
      'Де найближчий сервісний офіс?',
      /^Сервісні офіси поблизу району Gamlestaden, .*«ще»/,
    ],
  ])('%s', async (locale, find, summary) => {
    const c = bot.start(locale);
    await c.say(find);
    const [reply] = await c.say('Gamlestaden');
    // One line: no list of offices, no links; the card carries them.
    expect(reply?.text).toMatch(summary);
    expect(reply?.text).not.toMatch(/\n|https?:/);
    const card = reply?.attachments?.[0]?.content as { fallbackText: string; body: unknown[] };
    const cardText = JSON.stringify(card.body);
    for (const name of ['Gamlestaden', 'Backaplan']) {
      expect(cardText).toContain(name);
      // The full text stays as the card's fallback, for clients that cannot show cards.
      expect(card.fallbackText).toContain(name);
    }
    expect(card.fallbackText).toMatch(/openstreetmap\.org/);
    expect(card.fallbackText.length).toBeGreaterThan((reply?.text ?? '').length * 3);
  });

  it('keeps the full text where cards may not be shown (other channels) and on the phone', async () => {
    for (const channelId of ['test', 'telephony']) {
      const c = bot.start('en-GB', { channelId });
      await c.say('Where is the nearest service office?');
      const replies = await c.say('Gamlestaden');
      expect(replies.map((r) => r.text).join('\n')).toContain('Gamlestaden');
      expect(replies[0]?.text).not.toMatch(/^Service offices near/);
    }
  });
});
