/** Swedish names inside English and Ukrainian speech, and the number after a failed transfer. */
import type { Answer } from '../../../src/render/answer';
import { checkSsml, makeRenderer, mjolby, WEDNESDAY_11 } from './speechFixtures';

const renderer = makeRenderer();
const speak = (answer: Answer, lang: 'sv' | 'en' | 'uk') =>
  renderer.render(answer, { lang, channelId: 'telephony', voice: true });

const offices = (): Answer => ({
  kind: 'offices',
  place: { name: 'Kista', municipality: 'Stockholm', kind: 'district' },
  matches: [mjolby(WEDNESDAY_11)],
  bookingTowns: [],
  at: WEDNESDAY_11,
  more: false,
});

describe('Swedish names in English and Ukrainian speech', () => {
  it.each(['en', 'uk'] as const)(
    '%s: office, street and place are said by the Swedish voice',
    (lang) => {
      const ssml = speak(offices(), lang).speak ?? '';
      checkSsml(ssml, lang);
      // The comma or full stop after a name stays in the sentence's voice (review 18d).
      expect(ssml).toContain('<voice name="sv-SE-SofieNeural">Mjölby</voice>');
      expect(ssml).toMatch(/<voice name="(?:en-GB|uk-UA)-\w+">, /u);
      expect(ssml).toContain('<voice name="sv-SE-SofieNeural">Kista</voice>');
      // The house number in the reply's own voice, never "sju" read by the Swedish one.
      expect(ssml).toContain('<voice name="sv-SE-SofieNeural">Industrigatan</voice>');
      expect(ssml).toMatch(/<voice name="(?:en-GB|uk-UA)-\w+">7-9,<\/voice>/u);
      expect(ssml).not.toMatch(/<voice name="[^"]+">[.,;:!?]*<\/voice>/u);
    },
  );

  it('a Swedish reply stays in one voice', () => {
    expect(checkSsml(speak(offices(), 'sv').speak, 'sv').voices).toEqual(['sv-SE-SofieNeural']);
  });

  it.each([
    ['en', 'The Swedish Social Insurance Agency,</voice>'],
    ['uk', 'Каса соціального страхування,</voice>'],
  ] as const)(
    '%s: a body is named once with its Swedish name, in the Swedish voice',
    (lang, name) => {
      const ssml =
        speak({ kind: 'agency', agency: 'forsakringskassan', offerOffice: true }, lang).speak ?? '';
      expect(ssml).toContain(name);
      expect(ssml).toMatch(/<voice name="sv-SE-SofieNeural">Försäkringskassan[.,]?<\/voice>/u);
      expect(ssml).not.toMatch(/[()]/u);
    },
  );
});

describe('a transfer that fails', () => {
  it.each([
    ['sv', 'Vad vill du göra nu?'],
    ['en', 'What would you like to do now?'],
    ['uk', 'Що ви хочете зробити далі?'],
  ] as const)('%s: the number in digit groups, then what next', (lang, next) => {
    const activity = speak({ kind: 'transferFailed', agency: 'arbetsformedlingen' }, lang);
    expect(activity.speak).toContain(
      '<say-as interpret-as="digits">0771</say-as><break time="250ms"/><say-as interpret-as="digits">416</say-as>',
    );
    expect(checkSsml(activity.speak, lang).text.endsWith(next)).toBe(true);
    expect(activity.inputHint).toBe('expectingInput');
  });
});
