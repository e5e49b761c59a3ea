/** How long a caller listens: the aims of issue 18, counted in spoken words (bench/speechWords.ts). */
import { longestReply, spokenWords, stepByStepWords, WORD_AIMS } from '../../../bench/speechWords';
import { LANGS } from '../../../src/languages';
import type { Answer } from '../../../src/render/answer';
import { SpeechRenderer } from '../../../src/render/speech/speechRenderer';
import {
  catalogue,
  gamlestaden,
  i18n,
  languages,
  mjolby,
  offices,
  ukraine,
  WEDNESDAY_11,
} from './speechFixtures';

const speech = new SpeechRenderer(i18n, languages, catalogue, offices.remoteHelp, ukraine);
const place = { name: 'Gamlestaden', municipality: 'Göteborg', kind: 'district' } as const;

describe.each(LANGS)('spoken words in %s', (lang) => {
  it(`reaches the first office within ${String(WORD_AIMS.path)} words on the step-by-step path`, () => {
    for (const match of [gamlestaden(WEDNESDAY_11), mjolby(WEDNESDAY_11)]) {
      const path = stepByStepWords(speech, lang, 'forsakringskassan', place, [match], WEDNESDAY_11);
      expect(path.total).toBeLessThanOrEqual(WORD_AIMS.path);
      expect(path.replies[0]?.words).toBeLessThanOrEqual(WORD_AIMS.welcome);
    }
  });

  it(`keeps every everyday reply within ${String(WORD_AIMS.reply)} words`, () => {
    const answers: Answer[] = [
      { kind: 'agency', agency: 'forsakringskassan', offerOffice: true },
      { kind: 'agency', agency: 'migrationsverket', offerOffice: true },
      { kind: 'agency', agency: 'polisen', offerOffice: false },
      { kind: 'agency', agency: 'kronofogden', offerOffice: false },
      { kind: 'chooseAgency', options: ['skatteverket', 'csn', 'polisen'] },
      { kind: 'askPlace', retry: true, suggestions: ['Växjö', 'Väja', 'Vätö'] },
      { kind: 'reask', yesNo: true },
      { kind: 'placeNotFound' },
      { kind: 'outOfScope', misses: 2 },
      { kind: 'transferFailed', agency: 'skatteverket' },
      {
        kind: 'offices',
        place,
        agency: 'forsakringskassan',
        matches: [gamlestaden(WEDNESDAY_11)],
        bookingTowns: [],
        at: WEDNESDAY_11,
        more: true,
      },
    ];
    expect(longestReply(speech, lang, answers).words).toBeLessThanOrEqual(WORD_AIMS.reply);
  });
});

it('counts each digit said as a word, and no punctuation', () => {
  expect(spokenWords('Ring 0 7 7 1, 4 5 1 — nu.')).toBe(9);
});
