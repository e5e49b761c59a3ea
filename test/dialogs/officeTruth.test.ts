/** Office lists that say only what the data holds: distances, closing offices, old facts, links, far notices. */
import type { Activity } from 'botbuilder';
import { officeIdsOf, spokenOf as spoken, textOf, transcripts } from '../helpers/transcript';

const conversation = transcripts();
const cardOf = (replies: Partial<Activity>[]) => JSON.stringify(replies[0]?.attachments ?? []);

const LANGS = [
  {
    locale: 'sv-SE',
    find: 'Var ligger närmaste servicekontor?',
    more: 'fler',
    next: 'nästa',
    saturday: 'är det öppet på lördag?',
    under1: /\*\*Mjölby\*\*, under 1 km/,
    far: /Närmaste kontor ligger/,
    farSpoken: /Det är långt dit/,
    closing: /\*\*Brandbergen\*\* \(stänger\)[\s\S]*stänger för gott under 2026/,
    closingSpoken: /stänger för gott under tjugotjugosex/,
    old: /bekräftades senast 2008/,
    map: /Karta över området \(inte den exakta adressen\): https:\/\/www\.openstreetmap\.org\/#map=/,
    mapButton: 'Karta över området: Mjölby',
  },
  {
    locale: 'en-GB',
    find: 'Where is the nearest service office?',
    more: 'more',
    next: 'next',
    saturday: 'when is it open on Saturday?',
    under1: /\*\*Mjölby\*\*, under 1 km/,
    far: /The nearest office is/,
    farSpoken: /That is a long way/,
    closing: /\*\*Brandbergen\*\* \(closing\)[\s\S]*closing for good during 2026/,
    closingSpoken: /closing for good during twenty twenty-six/,
    old: /(last confirmed in|information on this office is from) 2008/,
    map: /Map of the area \(not the exact address\): https:\/\/www\.openstreetmap\.org\/#map=/,
    mapButton: 'Map of the area: Mjölby',
  },
  {
    locale: 'uk-UA',
    find: 'Де найближчий сервісний офіс?',
    more: 'ще',
    next: 'далі',
    saturday: 'чи відкрито в суботу?',
    under1: /\*\*Mjölby\*\*, менше ніж 1 км/,
    far: /Найближчий офіс — на відстані/,
    farSpoken: /Це далеко/,
    closing: /\*\*Brandbergen\*\* \(закривається\)[\s\S]*закривається назавжди протягом 2026 року/,
    closingSpoken: /закривається назавжди протягом дві тисячі двадцять шостого року/,
    old: /підтверджено в 2008 році/,
    map: /Карта району \(не точна адреса\): https:\/\/www\.openstreetmap\.org\/#map=/,
    mapButton: 'Карта району: Mjölby',
  },
];

describe.each(LANGS)('office lists that are true ($locale)', (l) => {
  it('an office in the place itself is "under 1 km", never "0 km"', async () => {
    const c = conversation(l.locale);
    await c.say(l.find);
    const text = textOf(await c.say('Mjölby'));
    expect(text).toMatch(l.under1);
    expect(text).not.toMatch(/\b0 (km|км)/);
  });

  it('no route link without the office’s address; a "map of the area", labelled as such', async () => {
    const c = conversation(l.locale);
    await c.say(l.find);
    const replies = await c.say('Mjölby');
    // Mjölby's position is the locality's, not the office's own.
    expect(textOf(replies)).toMatch(l.map);
    expect(textOf(replies)).not.toMatch(/openstreetmap\.org\/directions/);
    expect(cardOf(replies)).toContain(l.mapButton);
    expect(cardOf(replies)).not.toContain('/directions');
  });

  it('the far notice belongs to the first page only', async () => {
    const c = conversation(l.locale);
    await c.say(l.find);
    const first = textOf(await c.say('Mjölby'));
    expect(first).not.toMatch(l.far);
    const more = textOf(await c.say(l.more));
    // Page two holds offices beyond the far threshold, yet a 30 km office was already shown.
    expect(more).toMatch(/Norrköping/);
    expect(more).not.toMatch(l.far);
  });

  it('on the phone, the word the bot asks for ("nästa", "next", "далі") goes on with the same list', async () => {
    const call = conversation(l.locale, 'telephony');
    await call.say(l.find);
    expect(spoken(await call.say('Arvika'))).toMatch(/Torsby/);
    const next = await call.say(l.next);
    // Not read as a place ("nästa" is one letter from Nälsta in Stockholm).
    expect(spoken(next)).toMatch(/Karlskoga|Карлскоґ/);
    expect(officeIdsOf(next)).not.toContain('kista');
  });

  it('the far notice is said only when the nearest office is far, not when a later one is', async () => {
    const c = conversation(l.locale);
    await c.say(l.find);
    // Jokkmokk has its own office; the next ones (Boden, Kiruna) are over 100 km away.
    expect(textOf(await c.say('Jokkmokk'))).not.toMatch(l.far);
    const call = conversation(l.locale, 'telephony');
    await call.say(l.find);
    expect(spoken(await call.say('Jokkmokk'))).not.toMatch(l.farSpoken);
    // Karesuando's nearest office is far: there the notice belongs.
    const far = conversation(l.locale);
    await far.say(l.find);
    expect(textOf(await far.say('Karesuando'))).toMatch(l.far);
  });

  it('a closing office is listed as closing, with what is known of its last day', async () => {
    const c = conversation(l.locale);
    await c.say(l.find);
    expect(textOf(await c.say('Haninge'))).toMatch(l.closing);
    const call = conversation(l.locale, 'telephony');
    await call.say(l.find);
    expect(spoken(await call.say('Haninge'))).toMatch(l.closingSpoken);
  });

  // Göteborg centrum (confirmed 2008) is under 1 km from the centre, Backaplan 1.6 km: clearly
  // nearer, so it stays first (test/dialogs/officeOrder.test.ts has one listed after a newer one).
  it('an office confirmed long ago but clearly nearest stays first, with its year said, also in the hours reply', async () => {
    const c = conversation(l.locale);
    await c.say(l.find);
    const list = await c.say('Göteborg');
    const ids = (list[0]?.entities ?? []).map((e) => String(e.identifier));
    expect(ids.slice(0, 2)).toEqual(['goteborg-centrum', 'backaplan']);
    expect(textOf(list)).toMatch(l.old);
    const hours = textOf(await c.say(l.saturday));
    expect(hours).toMatch(l.old);
  });

  it('Statens servicecenter’s number is not offered as an opening-hours line', async () => {
    const c = conversation(l.locale);
    await c.say(l.find);
    const text = textOf(await c.say('Mjölby'));
    expect(text).not.toContain('0771-451 000');
    expect(text).toContain('https://www.statenssc.se/besokservicekontor');
  });
});
