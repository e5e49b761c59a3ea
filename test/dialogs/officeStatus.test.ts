/**
 * "Has the Arvika office closed?": a question about a named office gets what the office list
 * holds (closed with its last day and source, closing, open with the year confirmed), or "not in
 * my list" with where to check, and then the nearest offices that can be visited.
 */
import { officeIdsOf, placesOf, spokenOf, textOf, transcripts } from '../helpers/transcript';

const conversation = transcripts();

const DECISION =
  'https://statenssc.se/nyheter/nyhetsarkiv/2025-04-10-beslut-om-att-elva-servicekontor-avvecklas';
const FINDER = 'https://www.statenssc.se/besokservicekontor';

const LANGS = [
  {
    locale: 'sv-SE',
    arvika: 'Finns kontoret i Arvika kvar?',
    lastDaySaid: 'trettionde maj',
    arvikaClosed: 'Har kontoret i Arvika stängt?',
    closed: /Kontoret i Arvika har stängt\. Sista öppetdagen var 30 maj 2025\./,
    source: /Källa: /,
    gavle: 'Har servicekontoret i Gävle stängt?',
    notListed: /Jag har inget servicekontor i Gävle i min lista, och listan är inte komplett/,
    mjolby: 'Finns servicekontoret i Mjölby kvar?',
    open: /Kontoret i Mjölby är öppet enligt mina uppgifter, som senast bekräftades 2008/,
    brandbergen: 'Stänger kontoret i Brandbergen?',
    closing: /Kontoret i Brandbergen stänger för gott 2026; sista dagen vet jag inte/,
    saturday: 'Är kontoret i Mjölby stängt på lördag?',
    more: 'fler',
  },
  {
    locale: 'en-GB',
    arvika: 'Has the Arvika office closed?',
    lastDaySaid: 'thirtieth of May',
    arvikaClosed: 'Is the office in Arvika still open?',
    closed: /The Arvika office has closed\. Its last day was 30 May 2025\./,
    source: /Source: /,
    gavle: 'Has the Gävle office closed?',
    notListed: /I have no service office in Gävle in my list, and my list is not complete/,
    mjolby: 'Is the Mjölby office still open?',
    open: /The Mjölby office is open, as far as my list knows; that was last confirmed in 2008/,
    brandbergen: 'Is the Brandbergen office closing?',
    closing: /The Brandbergen office is closing for good in 2026/,
    saturday: 'Is the Mjölby office closed on Saturday?',
    more: 'more',
  },
  {
    locale: 'uk-UA',
    arvika: 'Чи працює ще офіс в Арвіці?',
    lastDaySaid: 'тридцятого травня',
    arvikaClosed: 'Офіс в Арвіці закрили?',
    closed: /Офіс Arvika закрився\. Останній робочий день був 30 травня 2025 року\./,
    source: /Джерело: /,
    gavle: 'Чи працює ще офіс у Євле?',
    notListed: /У моєму списку немає сервісного офісу в .*Gävle.*, а список неповний/,
    mjolby: 'Чи працює ще офіс у Мйольбю?',
    open: /За моїми даними, офіс Mjölby працює; востаннє це підтверджено [ув] 2008 році/,
    brandbergen: 'Чи закривається офіс у Брандбергені?',
    closing: /Офіс Brandbergen закривається назавжди [ув] 2026 році/,
    saturday: 'Чи закрито офіс у Мйольбю в суботу?',
    more: 'ще',
  },
];

describe.each(LANGS)('a question about a named office ($locale)', (l) => {
  it.each(['arvika', 'arvikaClosed'] as const)(
    '%s: closed, with its last day and source, then the nearest open offices',
    async (question) => {
      const replies = await conversation(l.locale).say(l[question]);
      const text = textOf(replies);
      expect(text).toMatch(l.closed);
      expect(text).toMatch(l.source);
      expect(text).toContain(DECISION);
      const offered = officeIdsOf(replies);
      expect(offered.length).toBeGreaterThan(0);
      expect(offered).not.toContain('arvika');
      expect(offered[0]).toBe('torsby');
    },
  );

  it('not in the list: says so, where to check, and the nearest office in the list', async () => {
    const replies = await conversation(l.locale).say(l.gavle);
    const text = textOf(replies);
    expect(text).toMatch(l.notListed);
    expect(text).toContain(FINDER);
    expect(text).toContain('0771-451 000');
    expect(placesOf(replies).length).toBeGreaterThan(0);
  });

  it('open: as far as the list knows, with the year confirmed; the office itself first', async () => {
    const replies = await conversation(l.locale).say(l.mjolby);
    expect(textOf(replies)).toMatch(l.open);
    expect(officeIdsOf(replies)[0]).toBe('mjolby');
  });

  it('closing: said with the period the source gives', async () => {
    expect(textOf(await conversation(l.locale).say(l.brandbergen))).toMatch(l.closing);
  });

  it('"closed on Saturday?" is an hours question, not this one', async () => {
    expect(textOf(await conversation(l.locale).say(l.saturday))).not.toMatch(l.open);
  });

  it('"more" afterwards goes on from the offices shown, never the closed one', async () => {
    const c = conversation(l.locale);
    const first = officeIdsOf(await c.say(l.arvika));
    const next = officeIdsOf(await c.say(l.more));
    expect(next.length).toBeGreaterThan(0);
    for (const id of next) expect([...first, 'arvika']).not.toContain(id);
  });

  it('on the phone: the answer first, the date said, the source by its site, no link', async () => {
    const replies = await conversation(l.locale, 'telephony').say(l.arvika);
    const spoken = spokenOf(replies);
    expect(spoken).toContain(l.lastDaySaid);
    expect(spoken).not.toMatch(/\b30\b/);
    expect(spoken).toContain('statenssc.se');
    expect(spoken).not.toContain('https://');
    expect(spoken.indexOf('statenssc.se')).toBeLessThan(spoken.indexOf('Torsby'));
  });
});
