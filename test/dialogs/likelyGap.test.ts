/**
 * Where our office list is thin: a larger town with no office of ours near (Gävle, Karlstad) is
 * told first that the list may lack its office and where to check, then "the nearest in my list".
 */
import { spokenOf as spoken, textOf, transcripts } from '../helpers/transcript';

const conversation = transcripts();

const LANGS = [
  {
    locale: 'sv-SE',
    find: 'Var ligger närmaste servicekontor?',
    gavle: 'Gävle',
    karlstad: 'Jag bor i Karlstad',
    gap: (town: string) =>
      new RegExp(
        `^Min lista över servicekontor är inte komplett och kan sakna ett kontor i ${town}\\. Kontrollera i kontorssöket hos Statens servicecenter: https://www\\.statenssc\\.se/besokservicekontor, eller ring 0771-451 000\\.`,
      ),
    inList: /Servicekontor närmast Gävle i min lista:/,
    spokenGap:
      /^Min lista kan sakna ett kontor i Gävle\. Alla kontor, med öppettider, finns på webbplatsen för Statens servicecenter\./,
    spokenInList: /Närmast i min lista ligger kontoret i centrala Uppsala/,
    anyGap: /kan sakna ett kontor/,
    far: /Närmaste kontor ligger|Det är långt dit/,
  },
  {
    locale: 'en-GB',
    find: 'Where is the nearest service office?',
    gavle: 'Gävle',
    karlstad: 'I live in Karlstad',
    gap: (town: string) =>
      new RegExp(
        `^My list of service offices is not complete and may be missing an office in ${town}\\. Check the office finder of the National Government Service Centre \\(Statens servicecenter\\): https://www\\.statenssc\\.se/besokservicekontor, or call 0771-451 000\\.`,
      ),
    inList: /The nearest service offices to Gävle in my list:/,
    spokenGap:
      /^My list may lack an office in Gävle; the website of the National Government Service Centre, Statens servicecenter, lists them with opening hours\./,
    spokenInList: /The nearest I have is in central Uppsala/,
    anyGap: /may be missing an office|may lack an office/,
    far: /The nearest office is|That is a long way/,
  },
  {
    locale: 'uk-UA',
    find: 'Де найближчий сервісний офіс?',
    gavle: 'Євле',
    karlstad: 'Я живу в Карлстаді',
    gap: (town: string) =>
      new RegExp(
        `^Мій список сервісних офісів неповний, і в ньому може не бути офісу в ${town === 'Gävle' ? 'Євле' : 'Карлстаді'} \\(${town}\\)\\. Перевірте в пошуку офісів Державного сервісного центру \\(Statens servicecenter\\): https://www\\.statenssc\\.se/besokservicekontor або зателефонуйте за номером 0771-451 000\\.`,
      ),
    inList: /Найближчі до Євле \(Gävle\) сервісні офіси з мого списку:/,
    spokenGap:
      /^Моєму списку може бракувати офісу в Євле\. Усі офіси з годинами роботи є на сайті Державного сервісного центру, Statens servicecenter\.? /,
    spokenInList: /Найближчий у моєму списку — у центрі Уппсали/,
    anyGap: /може не бути офісу|може бракувати офісу/,
    far: /Найближчий офіс — за|Це далеко/,
  },
];

describe.each(LANGS)('a likely gap in our office list ($locale)', (l) => {
  it('Gävle, a county seat with no office of ours: the gap first, then the nearest in my list', async () => {
    const c = conversation(l.locale);
    await c.say(l.find);
    const text = textOf(await c.say(l.gavle));
    expect(text).toMatch(l.gap('Gävle'));
    expect(text).toMatch(l.inList);
    expect(text).not.toMatch(l.far);
  });

  it('Karlstad, written as a sentence, gets the same', async () => {
    const c = conversation(l.locale);
    await c.say(l.find);
    const text = textOf(await c.say(l.karlstad));
    expect(text).toMatch(l.gap('Karlstad'));
  });

  it('in the web chat the short text beside the card says the gap too, once', async () => {
    const c = conversation(l.locale, 'webchat');
    await c.say(l.find);
    const replies = await c.say(l.gavle);
    // Screen readers and text-only channels read the text; the card is an addition.
    const text = textOf(replies);
    expect(text).toMatch(l.gap('Gävle'));
    expect(text.match(new RegExp(l.anyGap.source, 'g'))).toHaveLength(1);
    expect(replies[0]?.attachments).toHaveLength(1);
  });

  it('on the phone: the gap is said before the nearest office in my list, and no "long way"', async () => {
    const call = conversation(l.locale, 'telephony');
    await call.say(l.find);
    const said = spoken(await call.say(l.gavle)).trim();
    expect(said).toMatch(l.spokenGap);
    expect(said).toMatch(l.spokenInList);
    expect(said).not.toMatch(l.far);
  });

  it('a town with an office of ours (Mjölby) and a small village far away (Karesuando) get no gap', async () => {
    for (const place of ['Mjölby', 'Karesuando']) {
      const c = conversation(l.locale);
      await c.say(l.find);
      expect(textOf(await c.say(place))).not.toMatch(l.anyGap);
      const call = conversation(l.locale, 'telephony');
      await call.say(l.find);
      expect(spoken(await call.say(place))).not.toMatch(l.anyGap);
    }
  });
});
