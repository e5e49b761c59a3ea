/**
 * The findings of the fifth native review (review 18e), truth and function first: one source for
 * a Ukraine topic in every language, each name of a spoken choice in its own Swedish span with
 * the separators and the question mark outside it, in the sentence's own voice.
 */
import { LANGS, type Lang } from '../../../src/languages';
import type { Answer } from '../../../src/render/answer';
import { SpeechRenderer } from '../../../src/render/speech/speechRenderer';
import {
  catalogue,
  i18n,
  languages,
  makeRenderer,
  offices,
  replyOn,
  ukraine,
} from './speechFixtures';

const speech = new SpeechRenderer(i18n, languages, catalogue, offices.remoteHelp, ukraine);

/** What each voice says on the phone, in order. */
function runs(answer: Answer, lang: Lang): { lang: Lang; text: string }[] {
  return speech
    .speech(answer, { lang, channelId: 'telephony' }, { text: '', expectsInput: true })
    .builder.voiceRuns();
}

/** The SSML of the phone reply. */
function ssml(answer: Answer, lang: Lang): string {
  return speech.render(answer, { lang, channelId: 'telephony' }, { text: '', expectsInput: true })
    .ssml;
}

describe('a Ukraine topic points to one source in every language', () => {
  it("LMA: the page is Migrationsverket's for sv, en and uk (not vardgivarguiden.se)", () => {
    for (const lang of LANGS) {
      expect(new URL(ukraine.link('lma', lang)).hostname).toMatch(/(^|\.)migrationsverket\.se$/u);
    }
    const said = runs({ kind: 'ukraine', topic: 'lma' }, 'sv')
      .map((r) => r.text)
      .join(' ');
    expect(said).toContain('migrationsverket.se');
    expect(said).not.toContain('vardgivarguiden');
  });
});

describe('each name of a spoken choice is its own Swedish span, separators outside', () => {
  const retry: Answer = { kind: 'askPlace', retry: true, suggestions: ['Växjö', 'Väja', 'Vätö'] };

  it.each(['en', 'uk'] as const)('%s: three places are heard as three', (lang) => {
    const swedish = runs(retry, lang).filter((r) => r.lang === 'sv');
    expect(swedish.map((r) => r.text)).toEqual(['Växjö', 'Väja', 'Vätö']);
    // The comma between the first two is said, in the sentence's voice.
    const all = runs(retry, lang);
    const first = all.findIndex((r) => r.text === 'Växjö');
    expect(all[first + 1]).toEqual({ lang, text: ',' });
    expect(ssml(retry, lang)).not.toMatch(/Växjö\s*Väja/u);
  });

  it('sv: the names are in the one voice, with their commas', () => {
    const said = runs(retry, 'sv');
    expect(said.map((r) => r.text).join(' ')).toContain('Växjö, Väja eller Vätö?');
  });

  it.each(['en', 'uk'] as const)(
    "%s: the question mark after a Swedish name is in the sentence's voice",
    (lang) => {
      const answer: Answer = {
        kind: 'choosePlace',
        written: 'Husby',
        candidates: [
          { name: 'Husby', municipality: 'Stockholm' },
          { name: 'Husby', municipality: 'Hedemora' },
        ],
      };
      const all = runs(answer, lang);
      for (const run of all.filter((r) => r.lang === 'sv')) expect(run.text).not.toMatch(/[?!.,]/u);
      const at = all.findIndex((r) => r.text === 'Hedemora');
      expect(at).toBeGreaterThanOrEqual(0);
      expect(all[at + 1]?.lang).toBe(lang);
      expect(all[at + 1]?.text.startsWith('?')).toBe(true);
    },
  );
});

describe('CSN is named by its Swedish name once on the phone, as other bodies are', () => {
  it.each(LANGS)('%s: the phone says "CSN" in the body\'s reply', (lang) => {
    const said = runs({ kind: 'agency', agency: 'csn', offerOffice: false }, lang)
      .map((r) => r.text)
      .join(' ');
    expect(said.split('CSN').length - 1).toBeGreaterThanOrEqual(1);
  });
});

describe('hours we do not have are not dated', () => {
  const backaplan = offices.byId('backaplan');
  if (backaplan === undefined) throw new Error('no office backaplan');
  const stale = { ...backaplan, confirmed: '2022-05-01' };
  const unknownDay = { ...offices.hoursOn(backaplan, '2026-11-28'), hours: null };
  const answer: Answer = {
    kind: 'officeHours',
    date: '2026-11-28',
    days: [{ office: stale, day: unknownDay, stale: true }],
  };
  const { screen, phone } = replyOn(makeRenderer());

  it.each(LANGS)('%s: one line says both "not known that day" and the year, once', (lang) => {
    const text = screen(answer, lang);
    const t = i18n.getFixedT(lang);
    expect(text).toContain(t('officeHours.unknownAsOf', { name: backaplan.name, year: '2022' }));
    expect(text.split('2022').length - 1).toBe(1);
    // The phone does not date hours it does not have.
    expect(phone(answer, lang)).not.toMatch(/2022|двадцять друг|tjugotjugotvå|twenty twenty-two/iu);
  });
});
