/**
 * A place whose office has closed or is closing: "Is there a service office in Arvika?" leads with
 * one line saying the Arvika office closed, with its date, before the nearest offices that can be
 * visited; on the web (the text beside the card and the card), on the phone, when the place is the
 * answer to "where are you?", for a district (Brandbergen), and for every such office in the data.
 */
import { OFFICES_FILE, OfficeDirectory } from '../../src/offices';
import { WEDNESDAY_11 } from '../helpers/guideHarness';
import { officeIdsOf, spokenOf, textOf, transcripts } from '../helpers/transcript';

const conversation = transcripts();

const LANGS = [
  {
    locale: 'sv-SE',
    arvika: 'Finns det något servicekontor i Arvika?',
    closed: /^Kontoret i Arvika har stängt\. Sista öppetdagen var 30 maj 2025\./,
    spokenClosed:
      /^Kontoret i Arvika har stängt\. Sista öppetdagen var den trettionde maj tjugotjugofem\..*Torsby/s,
    find: 'Var ligger närmaste servicekontor?',
    brandbergen: 'Jag bor i Brandbergen',
    closing: /^Kontoret i Brandbergen stänger för gott 2026; sista dagen vet jag inte\./,
    more: 'fler',
  },
  {
    locale: 'en-GB',
    arvika: 'Is there a service office in Arvika?',
    closed: /^The Arvika office has closed\. Its last day was 30 May 2025\./,
    spokenClosed:
      /^The\s*Arvika\s*office has closed\. Its last day was the thirtieth of May twenty twenty-five\..*Torsby/s,
    find: 'Where is the nearest service office?',
    brandbergen: 'I live in Brandbergen',
    closing: /^The Brandbergen office is closing for good in 2026; I don't know the last day\./,
    more: 'more',
  },
  {
    locale: 'uk-UA',
    arvika: 'Чи є сервісний офіс в Арвіці?',
    closed: /^Офіс Arvika закрився\. Останній робочий день був 30 травня 2025 року\./,
    spokenClosed:
      /^Офіс\s*Arvika\s*закрився\. Останній робочий день був тридцятого травня дві тисячі двадцять пʼятого року\..*Torsby/s,
    find: 'Де найближчий сервісний офіс?',
    brandbergen: 'Я живу в Брандбергені',
    closing: /^Офіс Brandbergen закривається назавжди [ув] 2026 році; останнього дня я не знаю\./,
    more: 'ще',
  },
];

describe.each(LANGS)('an office of the place named has closed ($locale)', (l) => {
  const once = (text: string, line: RegExp) =>
    text.match(new RegExp(line.source.replace(/^\^/, ''), 'gs')) ?? [];

  it('"Is there an office in Arvika?": the closure first, with its date, then Torsby', async () => {
    const replies = await conversation(l.locale).say(l.arvika);
    const text = textOf(replies);
    expect(text).toMatch(l.closed);
    const offered = officeIdsOf(replies);
    expect(offered[0]).toBe('torsby');
    expect(offered).not.toContain('arvika');
  });

  it('on the web: the text beside the card leads with it, once, and the card says it', async () => {
    const replies = await conversation(l.locale, 'webchat').say(l.arvika);
    const text = textOf(replies);
    expect(text).toMatch(l.closed);
    expect(once(text, l.closed)).toHaveLength(1);
    expect(JSON.stringify(replies[0]?.attachments)).toMatch(
      new RegExp(l.closed.source.replace(/^\^/, '').split('\\.')[0] ?? ''),
    );
  });

  it('on the phone: said first, the date in words, before the nearest office', async () => {
    const said = spokenOf(await conversation(l.locale, 'telephony').say(l.arvika)).trim();
    expect(said).toMatch(l.spokenClosed);
  });

  it('Arvika as the answer to "where are you?" gets the same; "more" does not repeat it', async () => {
    const c = conversation(l.locale);
    await c.say(l.find);
    const text = textOf(await c.say('Arvika'));
    expect(text).toMatch(l.closed);
    expect(textOf(await c.say(l.more))).not.toMatch(new RegExp(l.closed.source.replace(/^\^/, '')));
    const call = conversation(l.locale, 'telephony');
    await call.say(l.find);
    expect(spokenOf(await call.say('Arvika')).trim()).toMatch(l.spokenClosed);
  });

  it('a district whose office is closing (Brandbergen): said first, then the offices', async () => {
    const c = conversation(l.locale);
    await c.say(l.find);
    const replies = await c.say(l.brandbergen);
    expect(textOf(replies)).toMatch(l.closing);
    expect(officeIdsOf(replies).length).toBeGreaterThan(0);
  });

  it('on the phone, a closing office named next says its closing once, in its own entry', async () => {
    const call = conversation(l.locale, 'telephony');
    await call.say(l.find);
    const said = spokenOf(await call.say(l.brandbergen));
    expect(
      said.match(/2026|двадцять шост|tjugo(?:hundra)?tjugosex|twenty twenty-six/g),
    ).toHaveLength(1);
  });

  it('a place with open offices only (Mjölby, Kista) gets no such line', async () => {
    for (const place of ['Mjölby', 'Kista']) {
      const c = conversation(l.locale);
      await c.say(l.find);
      expect(textOf(await c.say(place))).not.toMatch(
        /har stängt|stänger för gott|ska stänga|has closed|closing for good|to close|закрився|закривається/,
      );
    }
  });
});

describe('every office in the data that has closed or is closing', () => {
  const directory = OfficeDirectory.fromFile(OFFICES_FILE);
  const gone = directory.offices.filter((o) => {
    const { status } = directory.stateAt(o, WEDNESDAY_11());
    return status === 'closed' || status === 'closing';
  });

  it('there are such offices (Arvika, Piteå, Brandbergen, Trelleborg …)', () => {
    expect(gone.map((o) => o.id)).toEqual(
      expect.arrayContaining(['arvika', 'pitea', 'brandbergen', 'trelleborg', 'araby']),
    );
  });

  it.each(gone.map((o) => [o.name, o.municipality] as const))(
    '%s: asked from its municipality (%s), the reply leads with it',
    async (name, municipality) => {
      const c = conversation('en-GB');
      await c.say('Where is the nearest service office?');
      const text = textOf(await c.say(municipality));
      const line = new RegExp(`^(?:.*\\n\\n)*The ${name} office (?:has closed|closed|is)`);
      expect(text).toMatch(line);
      // Said before the offices to visit.
      expect(text.indexOf(`The ${name} office`)).toBeLessThan(text.indexOf('**'));
    },
  );
});

describe.each([
  {
    locale: 'sv-SE',
    pitea: 'Har kontoret i Piteå stängt?',
    period: /Kontoret i Piteå stängde 2025; sista dagen vet jag inte\./,
    simrishamn: 'Simrishamn',
    since: /^Kontoret i Simrishamn har stängt\. Det har varit stängt sedan 25 mars 2025\./,
    find: 'Var ligger närmaste servicekontor?',
  },
  {
    locale: 'en-GB',
    pitea: 'Has the Piteå office closed?',
    period: /The Piteå office closed in 2025; I don't know the last day\./,
    simrishamn: 'Simrishamn',
    since: /^The Simrishamn office has closed\. It has been shut since 25 March 2025\./,
    find: 'Where is the nearest service office?',
  },
  {
    locale: 'uk-UA',
    pitea: 'Чи закрився офіс у Пітео?',
    period: /Офіс Piteå закрився [ув] 2025 році; останнього дня я не знаю\./,
    simrishamn: 'Сімрісгамн',
    since: /^Офіс Simrishamn закрився\. Він не працює з 25 березня 2025 року\./,
    find: 'Де найближчий сервісний офіс?',
  },
])('a closure said as its source gives it ($locale)', (l) => {
  it('Piteå, closed "in 2025" by its source: the year, never an invented last day', async () => {
    const text = textOf(await conversation(l.locale).say(l.pitea));
    expect(text).toMatch(l.period);
    expect(text).not.toMatch(/2024/);
  });

  it('Simrishamn, "shut since 25 March": closed since that day, not "its last day"', async () => {
    const c = conversation(l.locale);
    await c.say(l.find);
    expect(textOf(await c.say(l.simrishamn))).toMatch(l.since);
  });
});
