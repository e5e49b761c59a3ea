/**
 * The office order is "nearest first" except that an office confirmed long ago comes after a newer
 * one only a little farther (1 km or 15 %); a clearly nearer office is never put after a farther
 * one, and where the order is not by distance the reply says why and does not claim it.
 */
import { officeIdsOf, spokenOf, textOf, transcripts } from '../helpers/transcript';

const conversation = transcripts();

const LANGS = [
  {
    locale: 'sv-SE',
    find: 'Var ligger närmaste servicekontor?',
    summary: /Servicekontor nära .*, det närmaste först\./,
    summaryOld: /ett kontor med gamla uppgifter står efter nyare/,
    note: /Göteborg centrum, ca 10 km, står efter kontor som ligger längre bort, eftersom mina uppgifter om det bekräftades senast 2008\./,
    spokenNote:
      /Kontoret i centrala Göteborg, ungefär 10 kilometer bort, kommer efter kontor längre bort, eftersom mina uppgifter om det är från tvåtusenåtta\./,
    spokenFirst: /Närmast Askim med nyare uppgifter ligger kontoret på Backaplan/,
    nearest: /Närmast \S+ ligger|Det finns ett servicekontor/,
  },
  {
    locale: 'en-GB',
    find: 'Where is the nearest service office?',
    summary: /Service offices near .*, nearest first\./,
    summaryOld: /an office with old information comes after newer ones/,
    note: /Göteborg centrum, about 10 km, comes after offices farther away, because my information on it was last confirmed in 2008\./,
    spokenNote:
      /The office in central Gothenburg, about 10 kilometres away, comes after offices farther away, as my information on it is from two thousand and eight\./,
    spokenFirst: /With newer information, the nearest office to\s*Askim\s*is at\s*Backaplan/,
    nearest: /The nearest office to|There's a service office/,
  },
  {
    locale: 'uk-UA',
    find: 'Де найближчий сервісний офіс?',
    summary: /Сервісні офіси поблизу .*, спершу найближчий\./,
    summaryOld: /офіс зі старими даними — після новіших/,
    note: /Göteborg centrum \(близько 10 км\) стоїть після дальших офісів, бо мої дані про нього востаннє підтверджено (у|в) 2008 році\./,
    spokenNote:
      /Офіс\s*Göteborg centrum\s*, приблизно за 10 кілометрів, я назву після дальших, бо мої дані про нього — станом на дві тисячі восьмий рік\./,
    spokenFirst: /офіс із новішими даними —\s*Backaplan/,
    nearest: /Найближчий до [^—]*офіс\s*—|Є сервісний офіс/,
  },
];

describe.each(LANGS)('the office order ($locale)', (l) => {
  const first = async (place: string, channel = 'test') => {
    const c = conversation(l.locale, channel);
    await c.say(l.find);
    return c.say(place);
  };

  it('Rosengård: its own office (under 1 km, confirmed 2020) before Värnhem and Mobilia (2.5 km)', async () => {
    const replies = await first('Rosengård');
    expect(officeIdsOf(replies)).toEqual(['rosengard', 'varnhem', 'mobilia']);
    expect(textOf(replies)).not.toMatch(l.note);
    expect(officeIdsOf(await first('Rosengård', 'telephony'))).toEqual(['rosengard']);
  });

  it('Motala: Mjölby 24 km (confirmed 2008) before Skäggetorp 34 km', async () => {
    const ids = officeIdsOf(await first('Motala'));
    expect(ids.indexOf('mjolby')).toBeGreaterThanOrEqual(0);
    expect(ids.indexOf('mjolby')).toBeLessThan(ids.indexOf('skaggetorp'));
    const spoken = await first('Motala', 'telephony');
    expect(officeIdsOf(spoken)).toEqual(['mjolby']);
    expect(spokenOf(spoken)).toMatch(l.nearest);
  });

  it('Hisingen: Göteborg centrum (confirmed 2008) before Gamlestaden, which is farther', async () => {
    const ids = officeIdsOf(await first('Hisingen'));
    expect(ids.indexOf('goteborg-centrum')).toBeGreaterThanOrEqual(0);
    expect(ids.indexOf('goteborg-centrum')).toBeLessThan(ids.indexOf('gamlestaden'));
  });

  it('"nearest first" on the card’s text only when the list is in order of distance', async () => {
    expect(textOf(await first('Rosengård', 'webchat'))).toMatch(l.summary);
    const askim = textOf(await first('Askim', 'webchat'));
    expect(askim).not.toMatch(l.summary);
    expect(askim).toMatch(l.summaryOld);
  });

  it('an old office a little nearer than a newer one is listed after it, and the reply says why', async () => {
    // Askim: Göteborg centrum about 10 km (confirmed 2008), Backaplan about 11 km (2022).
    const replies = await first('Askim');
    expect(officeIdsOf(replies).slice(0, 2)).toEqual(['backaplan', 'goteborg-centrum']);
    expect(textOf(replies)).toMatch(l.note);
  });

  it('on the phone the first office is not called the nearest when an older one is nearer', async () => {
    const replies = await first('Askim', 'telephony');
    expect(officeIdsOf(replies)).toEqual(['backaplan']);
    const spoken = spokenOf(replies);
    expect(spoken).toMatch(l.spokenNote);
    expect(spoken).toMatch(l.spokenFirst);
    expect(spoken).not.toMatch(l.nearest);
  });
});
