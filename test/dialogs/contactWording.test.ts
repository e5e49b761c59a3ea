/**
 * "How do I contact them?" after the municipality or the region, said as a person would: the
 * municipality's switchboard and website (no invented number, no bare colon), searched for by the
 * person's own municipality when it is known; the region is "your region", phone 1177, never a
 * body named "1177". On the phone the quote marks are left out (they would split a voice span).
 */
import type { Activity, Entity } from 'botbuilder';
import { bodiesOf, spokenOf as spoken, textOf, transcripts } from '../helpers/transcript';

const conversation = transcripts();
const bodies = (replies: Partial<Activity>[]): Entity[] =>
  replies.flatMap((r) => r.entities ?? []).filter((e) => e.type === 'GovernmentOrganization');

const LANGS = [
  {
    locale: 'sv-SE',
    live: 'Jag bor i Gävle',
    kommun: 'Jag behöver ekonomiskt bistånd',
    doctor: 'Jag behöver träffa en läkare',
    contact: 'hur kontaktar jag dem?',
    person: 'Kan jag prata med en människa?',
    button: 'Prata med en person',
    switchboard: /^Ring växeln hos din kommun eller gå in på kommunens webbplats\./,
    example: /söker på kommunens namn, till exempel ?”?Umeå kommun/,
    search: /Du hittar båda om du söker på ?”?Gävle kommun”?\./,
    region: /1177/,
    regionSpoken: /För sjukvårdsrådgivning dygnet runt, ring elva sjuttiosju/,
  },
  {
    locale: 'en-GB',
    live: 'I live in Gävle',
    kommun: 'I need financial assistance from social services',
    doctor: 'I need to see a doctor',
    contact: 'how do I contact them?',
    person: 'Can I talk to a person?',
    button: 'Talk to a person',
    switchboard: /^Call your municipality's switchboard or go to its website\./,
    example: /searching for its name, for example ?“?Umeå kommun/,
    search: /You will find both by searching for ?“?Gävle kommun”?\./,
    region: /your region[\s\S]*1177|1177[\s\S]*your region/i,
    regionSpoken: /For health advice at any hour, call one one seven seven/,
  },
  {
    locale: 'uk-UA',
    live: 'Я живу в Євле',
    kommun: 'Мені потрібна соціальна допомога від комуни',
    doctor: 'Мені потрібно до лікаря',
    contact: "як з ними зв'язатися?",
    person: 'Можна поговорити з людиною?',
    button: 'Поговорити з людиною',
    switchboard:
      /^Зателефонуйте на загальний номер вашого муніципалітету або зайдіть на його сайт\./,
    example: /пошукавши за назвою, наприклад ?«?Umeå kommun/,
    search: /Знайти їх можна, пошукавши ?«?Gävle kommun»?\./,
    region: /регіон[\s\S]*1177|1177[\s\S]*регіон/,
    regionSpoken: /Щоб отримати медичну пораду цілодобово, телефонуйте одинадцять сімдесят сім/,
  },
];

describe.each(LANGS)('how to contact the municipality and the region ($locale)', (l) => {
  it('the municipality: its switchboard and website, found by a search, and no bare colon', async () => {
    for (const channel of ['test', 'telephony']) {
      const c = conversation(l.locale, channel);
      await c.say(l.kommun);
      const replies = await c.say(l.contact);
      const said =
        channel === 'test'
          ? textOf(replies)
          : spoken(replies)
              .replace(/&apos;/g, "'")
              .trim();
      expect(said).toMatch(l.switchboard);
      expect(said).toMatch(l.example);
      expect(said).not.toMatch(/:\s*$/);
      expect(said).not.toMatch(/\d{3,}/); // no number of our own making
      expect(bodies(replies).map((e) => String(e['identifier']))).toEqual(['kommun']);
    }
  });

  it('the municipality, when the person said where they live: searched for by its name', async () => {
    const c = conversation(l.locale);
    await c.say(l.live);
    await c.say(l.kommun);
    expect(textOf(await c.say(l.contact))).toMatch(l.search);
  });

  it('the region is your region with 1177, not a body named "1177"', async () => {
    const c = conversation(l.locale);
    await c.say(l.doctor);
    const replies = await c.say(l.contact);
    expect(textOf(replies)).toMatch(l.region);
    const [region] = bodies(replies);
    expect(region).toMatchObject({ identifier: 'region', telephone: '1177' });
    expect(region?.['name']).not.toBe('1177');
  });

  it('on the phone, "can I talk to a person?" about the municipality: what to do, not a transfer', async () => {
    for (const ask of [l.person, l.button]) {
      const call = conversation(l.locale, 'telephony');
      await call.say(l.kommun);
      const replies = await call.say(ask);
      const said = spoken(replies)
        .replace(/&apos;/g, "'")
        .trim();
      // The bot cannot know which municipality: it reads out what to do, and dials nothing.
      expect(said).toMatch(l.switchboard);
      expect(said).toMatch(l.example);
      expect(said).not.toMatch(/putting you through|kopplar dig|Переводжу/);
      expect(replies.map((r) => r.type)).toEqual(['message']);
      // "a person", "людиною" are no place: no municipality of that name is made up.
      expect(said).not.toMatch(/Luleå|Lidingö|Persön/);
    }
  });

  it('on the phone, when the person said where they live, that municipality is named', async () => {
    const call = conversation(l.locale, 'telephony');
    await call.say(l.live);
    await call.say(l.kommun);
    const said = spoken(await call.say(l.person)).replace(/&apos;/g, "'");
    expect(said).toMatch(l.switchboard);
    expect(said).toMatch(/Gävle kommun/);
  });

  it('on the phone, "can I talk to a person?" about health care: your region, 1177, no transfer', async () => {
    const call = conversation(l.locale, 'telephony');
    await call.say(l.doctor);
    const replies = await call.say(l.person);
    expect(replies.map((r) => r.type)).toEqual(['message']);
    expect(spoken(replies)).toMatch(l.regionSpoken);
    expect(bodiesOf(replies)).toEqual(['region']);
  });
});
