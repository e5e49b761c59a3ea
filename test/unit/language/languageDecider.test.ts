import { LanguageDecider, type LanguageInput } from '../../../src/language/languageDecider';
import { loadLanguageResources } from '../../../src/language/languageResources';
import { localesDir } from '../../../src/paths';

const decider = new LanguageDecider(loadLanguageResources(localesDir));

describe('LanguageDecider: the first message that says something decides', () => {
  it.each([
    ['Hej, jag behöver hjälp', 'sv'],
    ['jag bor i Borås och har fått barn', 'sv'],
    ['Min pappa fyller 65, vad ska han göra?', 'sv'],
    ['Hello, I need help', 'en'],
    ['I lost my job last week', 'en'],
    ['Where is the nearest office?', 'en'],
    ['Привіт, мені потрібна допомога', 'uk'],
    ['я втратив роботу', 'uk'],
    ['Где ближайший офис?', 'uk'],
    ['pryvit, ya hochu znajty robotu', 'uk'],
    ['dobryi den, meni potribna dopomoha z dozvil', 'uk'],
    ['privet, gde iskat rabotu v shvecii', 'uk'],
  ] as const)('%s → %s', (text, lang) => {
    expect(decider.decide({ text, activityLocale: 'sv-SE' })).toMatchObject({
      lang,
      source: 'message',
      explicit: false,
    });
  });
});

describe('LanguageDecider: short or ambiguous messages never switch', () => {
  const held: LanguageInput['conversation'] = { lang: 'uk', source: 'locale' };
  it.each(['ok', 'Kista', '412 63', 'Göteborg', 'tack', 'yes', '👍', '', 'Malmö?', 'hej'])(
    '%j keeps the conversation language',
    (text) => {
      expect(decider.decide({ text, conversation: held })).toMatchObject({
        lang: 'uk',
        changed: false,
        explicit: false,
      });
    },
  );

  it('a clear message does not switch a language chosen by an earlier message', () => {
    const d = decider.decide({
      text: 'Hello, I need help with my taxes',
      conversation: { lang: 'sv', source: 'message' },
    });
    expect(d).toMatchObject({ lang: 'sv', changed: false });
  });
});

describe('LanguageDecider: explicit requests switch at any point', () => {
  it.each([
    ['in English please', 'en', true],
    ['English', 'en', true],
    ['på engelska', 'en', true],
    ['англійською', 'en', true],
    ['på svenska', 'sv', true],
    ['Svenska', 'sv', true],
    ['can you answer in Swedish', 'sv', true],
    ['шведською, будь ласка', 'sv', true],
    ['українською', 'uk', true],
    ['Українська', 'uk', true],
    ['på ukrainska tack', 'uk', true],
    ['in Ukrainian', 'uk', true],
    ['in English: I need help with my taxes', 'en', false],
  ] as const)('%s → %s (request only: %s)', (text, lang, requestOnly) => {
    const d = decider.decide({ text, conversation: { lang: 'sv', source: 'message' } });
    expect(d).toMatchObject({ lang, source: 'explicit', explicit: true, requestOnly });
    expect(d.changed).toBe(lang !== 'sv');
  });

  it.each([
    ['вона по-шведськи ще не говорить', 'uk'],
    ['він погано говорить англійською', 'uk'],
    ['Чи можна поговорити з людиною, яка говорить англійською?', 'uk'],
    ["my wife doesn't speak Swedish yet", 'en'],
    ['I got a letter in Swedish', 'en'],
    ['he barely speaks English, he broke his leg', 'en'],
    ['hon kan inte prata engelska', 'sv'],
    ['han vill prata ukrainska men det går inte', 'sv'],
  ] as const)('talk about someone’s language is no request: %s', (text, lang) => {
    const d = decider.decide({ text, conversation: { lang, source: 'message' } });
    expect(d).toMatchObject({ lang, explicit: false, changed: false });
  });

  it.each([
    ['Можна українською? Англійська в мене не дуже.', 'uk', true],
    ['sorry, can we do this in Ukrainian', 'uk', true],
    ['Can we switch to English? My Swedish is not good.', 'en', true],
    ['kan vi ta det på engelska, jag förstår inte så bra', 'en', false],
    ['по-шведськи, будь ласка', 'sv', true],
  ] as const)('a request in a longer message: %s → %s', (text, lang, requestOnly) => {
    const d = decider.decide({ text, conversation: { lang: 'sv', source: 'message' } });
    expect(d).toMatchObject({ lang, explicit: true, requestOnly });
  });

  it('does not take a mention of a language for a request', () => {
    const d = decider.decide({
      text: 'I have a Swedish personal number',
      conversation: { lang: 'en', source: 'message' },
    });
    expect(d).toMatchObject({ lang: 'en', explicit: false });
  });
});

describe('LanguageDecider: without a clear message', () => {
  it.each([
    [{ activityLocale: 'uk-UA' }, 'uk', 'locale'],
    [{ activityLocale: 'en-US' }, 'en', 'locale'],
    [{ activityLocale: 'sv' }, 'sv', 'locale'],
    [{ activityLocale: 'de-DE' }, 'sv', 'default'],
    [{}, 'sv', 'default'],
    [{ activityLocale: 'sv-SE', remembered: 'uk' }, 'uk', 'remembered'],
    [{ text: 'ok', activityLocale: 'en-GB' }, 'en', 'locale'],
  ] as const)('%j → %s from %s', (input, lang, source) => {
    expect(decider.decide(input)).toMatchObject({ lang, source });
  });

  it('a clear message overrides the activity locale', () => {
    expect(
      decider.decide({
        text: 'Jag behöver hjälp med min pension',
        activityLocale: 'en-US',
        conversation: { lang: 'en', source: 'locale' },
      }),
    ).toMatchObject({ lang: 'sv', source: 'message', changed: true });
  });
});
