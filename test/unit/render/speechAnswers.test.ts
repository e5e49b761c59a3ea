import { LANGS, type Lang } from '../../../src/languages';
import type { OfficeMatch } from '../../../src/offices';
import type { Answer } from '../../../src/render/answer';
import { Renderer } from '../../../src/render/renderer';
import { SpeechRenderer } from '../../../src/render/speech/speechRenderer';
import { DEFAULT_VOICES } from '../../../src/render/speech/voiceSettings';
import {
  catalogue,
  checkSsml,
  gamlestaden,
  HOSTILE,
  i18n,
  languages,
  makeRenderer,
  mjolby,
  offices,
  sampleAnswers,
  SATURDAY_11,
  ukraine,
  WEDNESDAY_11,
  WEDNESDAY_17,
} from './speechFixtures';

const renderer = makeRenderer();
const speak = (answer: Answer, lang: Lang, channelId = 'telephony') =>
  renderer.render(answer, { lang, channelId, voice: true });
const spokenText = (answer: Answer, lang: Lang, channelId = 'telephony') =>
  checkSsml(speak(answer, lang, channelId).speak, lang).text;
const cases = Object.entries(sampleAnswers()).flatMap(([kind, answers]) =>
  answers.map((answer, index) => [`${kind} #${index + 1}`, answer] as const),
);

describe.each(LANGS)('every Answer on a voice channel in %s', (lang) => {
  it.each(cases)('%s: valid SSML in the voice of the locale, user text escaped', (_, answer) => {
    for (const channelId of ['telephony', 'directlinespeech']) {
      const activity = speak(answer, lang, channelId);
      const { text } = checkSsml(activity.speak, lang);
      expect(activity.speak).not.toContain('<script>');
      if (activity.speak?.includes('script') === true) {
        // Said as the very characters typed, never as markup.
        expect(activity.speak).toContain('&lt;script&gt;&amp;&quot;');
        expect(text).toContain(HOSTILE);
      }
      // The text stays for transcripts; cards are for screens only.
      expect(activity.text).toEqual(expect.any(String));
      expect(activity.attachments).toBeUndefined();
    }
  });
});

describe('voice is only for voice channels', () => {
  it.each(cases)('%s on a screen has no speak', (_, answer) => {
    expect(renderer.render(answer, { lang: 'sv', channelId: 'webchat' }).speak).toBeUndefined();
  });
});

describe('input hints', () => {
  it.each([
    [{ kind: 'welcome' }, 'expectingInput'],
    [{ kind: 'askPlace', retry: false, suggestions: [] }, 'expectingInput'],
    [{ kind: 'agency', agency: 'forsakringskassan', offerOffice: true }, 'expectingInput'],
    [{ kind: 'agency', agency: 'polisen', offerOffice: false }, 'acceptingInput'],
    [{ kind: 'chooseAgency', options: ['csn', 'skatteverket'] }, 'expectingInput'],
    [{ kind: 'reask', yesNo: true }, 'expectingInput'],
    [{ kind: 'languageChanged' }, 'expectingInput'],
    [{ kind: 'emergency' }, 'acceptingInput'],
    [{ kind: 'goodbye' }, 'acceptingInput'],
  ] as [Answer, string][])('%o → %s', (answer, hint) => {
    for (const lang of LANGS) expect(speak(answer, lang).inputHint).toBe(hint);
  });
});

describe('the welcome', () => {
  const MENU = {
    sv: 'För svenska, tryck 1.',
    en: 'For English, press 2.',
    uk: 'Українською — натисніть 3.',
  } as const;

  it.each([
    ['sv', /^Hej! /, 'Vad behöver du hjälp med?'],
    ['en', /^Hello! /, 'What do you need help with?'],
    ['uk', /^Вітаю! /, 'З чим вам допомогти?'],
  ] as const)(
    'on the phone in %s offers the other languages by key, each in its own voice',
    (lang, intro, ask) => {
      const activity = speak({ kind: 'welcome' }, lang);
      const { voices, text } = checkSsml(activity.speak, lang);
      expect(text).toMatch(intro);
      for (const other of LANGS) {
        if (other === lang) expect(text).not.toContain(MENU[other]);
        else expect(text).toContain(MENU[other]);
      }
      expect(text.endsWith(ask)).toBe(true);
      expect(new Set(voices)).toEqual(
        new Set(['sv-SE-SofieNeural', 'en-GB-SoniaNeural', 'uk-UA-PolinaNeural']),
      );
    },
  );

  it('without a keypad names the other languages instead of keys', () => {
    const text = spokenText({ kind: 'welcome' }, 'sv', 'directlinespeech');
    expect(text).not.toMatch(/tryck|press|натисніть/);
    expect(text).toContain('English is fine too.');
    expect(text).toContain('Можна й українською.');
    expect(text).not.toContain('Svenska går också bra.');
  });
});

describe('an office, one at a time, as a person says it', () => {
  const officesAnswer = (match: OfficeMatch, at: Date, more = true): Answer => ({
    kind: 'offices',
    place: { name: 'Mjölby', municipality: 'Mjölby', kind: 'locality' },
    matches: [match],
    bookingTowns: [],
    at,
    more,
  });

  it.each([
    [
      'sv',
      // The town the caller named is not said again after the street.
      'Det finns ett servicekontor i Mjölby, mindre än en kilometer bort. Adressen är Industrigatan 7-9. Det är öppet nu, i dag klockan tio till sexton.',
      'Säg nästa för fler kontor.',
    ],
    [
      'en',
      "There's a service office in Mjölby, under a kilometre away. The address is Industrigatan 7-9. It's open now, today from 10 am to 4 pm.",
      'Say next for more.',
    ],
    [
      'uk',
      'Є сервісний офіс у місті Mjölby, менш як за кілометр. Адреса: Industrigatan 7-9. Зараз відчинено, сьогодні з десятої до шістнадцятої.',
      'Скажіть далі, щоб почути ще.',
    ],
  ] as const)(
    '%s: name first, then where, open now and today’s hours, then "next"',
    (lang, start, next) => {
      const text = spokenText(officesAnswer(mjolby(WEDNESDAY_11), WEDNESDAY_11), lang);
      expect(text.startsWith(start)).toBe(true);
      expect(text.trim().endsWith(next)).toBe(true);
      // Statens servicecenter's number is not an opening-hours line: the hours are on its site.
      expect(text).not.toMatch(/0 ?7 ?7 ?1|0771/);
      // Where to check, by name: no web address is read aloud.
      expect(text).not.toContain('statenssc.se');
    },
  );

  it.each([
    ['sv', 'Det är stängt nu och öppnar i morgon klockan tio.'],
    ['en', "It's closed now and opens tomorrow at 10 am."],
    ['uk', 'Зараз зачинено. Працює знову завтра з десятої.'],
  ] as const)('%s: after closing it says when it opens', (lang, sentence) => {
    expect(spokenText(officesAnswer(mjolby(WEDNESDAY_17), WEDNESDAY_17), lang)).toContain(sentence);
  });

  it.each([
    ['sv', 'Det är stängt nu och öppnar på måndag klockan tio.'],
    ['en', "It's closed now and opens on Monday at 10 am."],
    ['uk', 'Зараз зачинено. Працює знову в понеділок з десятої.'],
  ] as const)('%s: on a Saturday it names the day it opens', (lang, sentence) => {
    expect(spokenText(officesAnswer(mjolby(SATURDAY_11), SATURDAY_11), lang)).toContain(sentence);
  });

  it.each([
    ['sv', 'Det är öppet nu, i dag klockan nio och 30 till tolv och tretton till sexton och 30.'],
    ['en', "It's open now, today from 9:30 am to noon and from 1 pm to 4:30 pm."],
    [
      'uk',
      'Зараз відчинено, сьогодні з девʼятої 30 до дванадцятої та з тринадцятої до шістнадцятої 30.',
    ],
  ] as const)('%s: minutes and a lunch break', (lang, sentence) => {
    const m = mjolby(WEDNESDAY_11);
    const match: OfficeMatch = {
      ...m,
      today: {
        ...m.today,
        hours: {
          kind: 'open',
          intervals: [
            { opens: '09:30', closes: '12:00' },
            { opens: '13:00', closes: '16:30' },
          ],
        },
      },
    };
    expect(spokenText(officesAnswer(match, WEDNESDAY_11), lang)).toContain(sentence);
  });

  it.each([
    // The address and the hours in one sentence with where to find them: no "I don't have" twice.
    [
      'sv',
      'Gatuadress och öppettider har jag inte, men de finns på webbplatsen för Statens servicecenter.',
      'Det ligger i Göteborg.',
    ],
    [
      'en',
      "I don't have its street address or opening hours; they're on the website of the National Government Service Centre, Statens servicecenter.",
      "It's in Gothenburg.",
    ],
    [
      'uk',
      'Точної адреси й годин роботи в мене немає, але вони є на сайті Державного сервісного центру, Statens servicecenter.',
      'Він у Гетеборзі.',
    ],
  ] as const)('%s: unknown hours and addresses are said to be unknown', (lang, hours, where) => {
    const m = gamlestaden(WEDNESDAY_11);
    const noStreet: OfficeMatch = {
      ...m,
      office: { ...m.office, address: { street: null, postalCode: null, town: null } },
    };
    const text = spokenText(officesAnswer(noStreet, WEDNESDAY_11), lang);
    expect(text).toContain(hours);
    expect(text).toContain(where);
  });

  it.each([
    ['sv', 0.4, 'mindre än en kilometer bort'],
    ['sv', 2.6, 'ungefär 3 kilometer bort'],
    ['en', 1.2, 'about 1 kilometre away'],
    ['en', 2.6, 'about 3 kilometres away'],
    ['en', 37.4, 'about 35 kilometres away'],
    ['uk', 1.2, 'приблизно за 1 кілометр'],
    ['uk', 2.6, 'приблизно за 3 кілометри'],
    ['uk', 5.4, 'приблизно за 5 кілометрів'],
    ['uk', 143, 'приблизно за 140 кілометрів'],
  ] as const)('%s: %d km is "%s"', (lang, km, words) => {
    const match = { ...mjolby(WEDNESDAY_11), distanceKm: km };
    expect(spokenText(officesAnswer(match, WEDNESDAY_11), lang)).toContain(words);
  });

  it('says "next office" for offices after the first, and no "next" after the last', () => {
    const answer: Answer = {
      ...(officesAnswer(mjolby(WEDNESDAY_11), WEDNESDAY_11, false) as Extract<
        Answer,
        { kind: 'offices' }
      >),
      continued: true,
    };
    const text = spokenText(answer, 'sv');
    expect(text.startsWith('Nästa kontor ligger i Mjölby')).toBe(true);
    expect(text).not.toContain('Säg nästa');
  });
});

describe('numbers and sites', () => {
  it.each(LANGS)(
    '%s: a phone number is read group by group, and the site is left to the screen',
    (lang) => {
      // Skatteverket's number is confirmed: no "check it on … first" (review18eOpen).
      const activity = speak({ kind: 'agency', agency: 'skatteverket', offerOffice: false }, lang);
      expect(activity.speak).toContain(
        '<say-as interpret-as="digits">0771</say-as><break time="250ms"/><say-as interpret-as="digits">567</say-as><break time="250ms"/><say-as interpret-as="digits">567</say-as>',
      );
      // On the phone the number is what the caller can use: the site stays on the screen.
      const { text } = checkSsml(activity.speak, lang);
      expect(text).not.toContain('skatteverket.se');
      expect(activity.text).toContain('https://www.skatteverket.se');
    },
  );

  it.each([
    ['sv', 'ring'],
    ['en', 'call'],
    ['uk', 'телефонуйте'],
  ] as const)('%s: 112 is said as people say it, once', (lang, call) => {
    const activity = speak({ kind: 'emergency' }, lang);
    const words = { sv: 'ett ett två', en: 'one one two', uk: 'сто дванадцять' }[lang];
    expect(activity.speak).toContain(`${call} ${words}`);
    expect(activity.speak).not.toMatch(/112|1 1 2/u);
  });

  it.each([
    ['sv', 'vardagar klockan nio till femton'],
    ['en', 'on weekdays from 9 am to 3 pm'],
    ['uk', 'у будні з девʼятої до пʼятнадцятої'],
  ] as const)('%s: phone hours in words', (lang, words) => {
    const text = spokenText(
      { kind: 'agency', agency: 'migrationsverket', offerOffice: false },
      lang,
    );
    expect(text).toContain(words);
  });
});

describe('menus', () => {
  it.each([
    ['sv', 'Är det Skatteverket, CSN eller Polisen?', 'Tryck 2 för CSN.'],
    [
      'en',
      'Is it the Swedish Tax Agency, CSN or the Swedish Police Authority?',
      'Press 2 for CSN.',
    ],
    [
      'uk',
      'Це Податкова служба Швеції, Служба фінансування навчання чи Поліція Швеції?',
      'Служба фінансування навчання — натисніть 2.',
    ],
  ] as const)('%s: at most three options, said, with keys on the phone', (lang, options, key) => {
    const answer: Answer = {
      kind: 'chooseAgency',
      options: ['skatteverket', 'csn', 'polisen', 'kronofogden'],
    };
    const text = spokenText(answer, lang);
    expect(text).toContain(options);
    expect(text).toContain(key);
    expect(text).not.toMatch(/Kronofogden|Enforcement|виконавча/i);
    expect(spokenText(answer, lang, 'directlinespeech')).not.toContain(key);
  });

  it.each([
    ['sv', 'tryck 1 för ja'],
    ['en', 'press 1 for yes'],
    ['uk', 'натисніть 1 — так'],
  ] as const)('%s: yes/no questions take keys on the phone', (lang, key) => {
    const offer: Answer = { kind: 'agency', agency: 'skatteverket', offerOffice: true };
    expect(spokenText(offer, lang).toLowerCase()).toContain(key.toLowerCase());
  });

  it.each([
    ['sv', 'Du kan också knappa in postnumret.'],
    ['en', 'Or key in your postcode.'],
    ['uk', 'Індекс можна й набрати на клавіатурі.'],
  ] as const)('%s: the place question offers the keypad for a postal code', (lang, keypad) => {
    expect(spokenText({ kind: 'askPlace', retry: false, suggestions: [] }, lang)).toContain(keypad);
  });
});

describe('configured voices', () => {
  it('speak with the voices given to the renderer', () => {
    const voices = { sv: 'sv-SE-MattiasNeural', en: 'en-GB-RyanNeural', uk: 'uk-UA-OstapNeural' };
    const custom = makeRenderer(voices);
    for (const lang of LANGS) {
      const activity = custom.render(
        { kind: 'greeting' },
        { lang, channelId: 'telephony', voice: true },
      );
      expect(checkSsml(activity.speak, lang, voices).voices).toEqual([voices[lang]]);
    }
  });
});

describe('an Answer the speech renderer does not know', () => {
  const speech = new SpeechRenderer(
    i18n,
    languages,
    catalogue,
    offices.remoteHelp,
    ukraine,
    DEFAULT_VOICES,
  );
  const unknown = { kind: 'somethingNew' } as unknown as Answer;

  it.each(LANGS)('%s: reads the screen text without Markdown or URLs', (lang) => {
    const reply = speech.render(
      unknown,
      { lang, channelId: 'telephony' },
      {
        text: `**${HOSTILE}** — see [the page](https://example.se/x) or https://www.statenssc.se/besokservicekontor\n\nSecond.`,
        expectsInput: true,
      },
    );
    const { text } = checkSsml(reply.ssml, lang);
    expect(text).toContain(`${HOSTILE} — see the page or statenssc.se.`);
    expect(text).toContain('Second.');
    expect(reply.expectsInput).toBe(true);
    expect(reply.plainText).toBe(`${HOSTILE} — see the page or statenssc.se. Second.`);
  });

  it('speaks through the Renderer too, whatever the screen text says', () => {
    const compose = jest
      .spyOn(Renderer.prototype as unknown as { compose: () => unknown }, 'compose')
      .mockReturnValue({ text: 'A new answer: https://www.csn.se/x', expectsInput: false });
    const activity = renderer.render(unknown, { lang: 'sv', channelId: 'telephony', voice: true });
    compose.mockRestore();
    expect(checkSsml(activity.speak, 'sv').text).toContain('A new answer: csn.se');
    expect(activity.inputHint).toBe('acceptingInput');
  });
});

describe('one office in full, and hours on a day', () => {
  it.each([
    [
      'sv',
      'Öppettiderna den här veckan. Måndag till fredag klockan tio till sexton.',
      'Lördag och söndag stängt.',
    ],
    [
      'en',
      'Opening hours this week. Monday to Friday, 10 am to 4 pm.',
      'Saturday and Sunday, closed.',
    ],
    [
      'uk',
      'Години роботи цього тижня. З понеділка до пʼятниці — з десятої до шістнадцятої.',
      'Субота і неділя — зачинено.',
    ],
  ] as const)('%s: the week, days with the same hours said together', (lang, monday, saturday) => {
    const m = mjolby(WEDNESDAY_11);
    const text = spokenText(
      { kind: 'officeDetail', match: m, week: offices.weekHours(m.office, WEDNESDAY_11) },
      lang,
    );
    expect(text).toContain(monday);
    expect(text).toContain(saturday);
  });

  it.each([
    [
      'sv',
      'Så här har kontoren öppet på måndag. Kontoret i Mjölby har öppet klockan tio till sexton.',
    ],
    ['en', 'Opening hours on Monday. The office in Mjölby is open from 10 am to 4 pm.'],
    ['uk', 'Години роботи в понеділок. Офіс Mjölby працює з десятої до шістнадцятої.'],
  ] as const)('%s: the hours of the listed offices on a day', (lang, sentence) => {
    const m = mjolby(WEDNESDAY_11);
    const day = offices.hoursOn(m.office, '2026-11-30');
    const answer: Answer = {
      kind: 'officeHours',
      date: '2026-11-30',
      days: [{ office: m.office, day, stale: false }],
    };
    expect(spokenText(answer, lang)).toContain(sentence);
  });
});

describe('the guide for people from Ukraine', () => {
  it.each([
    ['sv', 'Vill du veta mer om tillfälligt skydd, LMA-kortet eller folkbokföring?'],
    ['en', 'temporary protection'],
    ['uk', 'Про що ви хочете дізнатися: про тимчасовий захист, картку LMA чи реєстрацію?'],
  ] as const)('%s: the menu says its topics in sentences', (lang, words) => {
    expect(spokenText({ kind: 'ukraine', topic: 'menu' }, lang)).toContain(words);
  });

  it.each(LANGS)('%s: a topic names the official site instead of reading its URL', (lang) => {
    const activity = speak({ kind: 'ukraine', topic: 'protection' }, lang);
    expect(activity.text).toMatch(/https:\/\//);
    expect(checkSsml(activity.speak, lang).text).toContain('migrationsverket.se');
  });
});
