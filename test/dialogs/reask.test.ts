import type { Activity } from 'botbuilder';
import type { Understanding } from '../../src/understanding/understanding';
import { conversations } from '../helpers/guideHarness';
import { unsureAbout } from '../helpers/transcript';

const bot = conversations();
const understanding: Understanding = bot.understanding;
const conversation = (locale: string, understands: Understanding = understanding) =>
  bot.start(locale, { understanding: understands });

const unsureUnderstanding = () =>
  unsureAbout(understanding, ['UNSURE'], ['forsakringskassan', 'kommun']);
const textOf = (replies: Partial<Activity>[]) => replies.map((r) => r.text ?? '').join('\n');
const titles = (replies: Partial<Activity>[]) =>
  replies.flatMap((r) => r.suggestedActions?.actions ?? []).map((a) => a.title);

const LANGS = [
  {
    locale: 'sv-SE',
    matter: 'Jag har fått barn',
    unclear: 'hmm',
    yes: 'ja',
    buttons: ['Ja', 'Nej'],
    second: 'den andra',
    switchTo: { request: 'English', buttons: ['Yes', 'No'], offer: /service office/ },
    reask: /uppfattade jag inte/,
    askPlace: /Var befinner du dig/,
    outOfScope: /Det kan jag tyvärr inte/,
    giveUp: /fortfarande inte/,
  },
  {
    locale: 'en-GB',
    matter: 'My baby was born last week',
    unclear: 'hmm',
    yes: 'yes',
    buttons: ['Yes', 'No'],
    second: 'the second one',
    switchTo: { request: 'українською', buttons: ['Так', 'Ні'], offer: /сервісн/ },
    reask: /didn't catch that/,
    askPlace: /Where are you/,
    outOfScope: /can't help with that/,
    giveUp: /still don't understand/,
  },
  {
    locale: 'uk-UA',
    matter: 'У мене народилася дитина',
    unclear: 'гм',
    yes: 'так',
    buttons: ['Так', 'Ні'],
    second: 'другий',
    switchTo: { request: 'på svenska', buttons: ['Ja', 'Nej'], offer: /servicekontor/ },
    reask: /не вдалося вас зрозуміти/,
    askPlace: /Де ви перебуваєте/,
    outOfScope: /із цим я не допоможу/,
    giveUp: /досі не розумію/,
  },
];

describe.each(LANGS)('a question asked once more ($locale)', (l) => {
  it('an unclear answer to "shall I find the nearest office?" is asked once more, then taken', async () => {
    const c = conversation(l.locale);
    await c.say(l.matter);
    const again = await c.say(l.unclear);
    expect(textOf(again)).toMatch(l.reask);
    expect(titles(again)).toEqual(l.buttons);
    expect(again[0]?.inputHint).toBe('expectingInput');
    const where = await c.say(l.yes);
    expect(textOf(where)).toMatch(l.askPlace);
  });

  it('a second unclear answer gets the way out (the general number), never "I can\'t help"', async () => {
    const c = conversation(l.locale);
    await c.say(l.matter);
    await c.say(l.unclear);
    const out = await c.say(l.unclear);
    expect(textOf(out)).toMatch(l.giveUp);
    expect(textOf(out)).not.toMatch(l.outOfScope);
  });

  it('a place instead of yes is taken at once', async () => {
    const c = conversation(l.locale);
    await c.say(l.matter);
    const offices = await c.say('Kiruna');
    const ids = offices.flatMap((r) => r.entities ?? []).filter((e) => e.type === 'Place');
    expect(ids.length).toBeGreaterThan(0);
  });

  it('the choice of bodies is offered again with the same bodies', async () => {
    const c = conversation(l.locale, unsureUnderstanding());
    const choice = await c.say('UNSURE');
    const bodies = titles(choice);
    expect(bodies).toHaveLength(2);
    const again = await c.say(l.unclear);
    expect(textOf(again)).toMatch(l.reask);
    expect(titles(again)).toEqual(bodies);
    const picked = await c.say(bodies[0]!);
    const orgs = picked
      .flatMap((r) => r.entities ?? [])
      .filter((e) => e.type === 'GovernmentOrganization');
    expect(orgs.map((e) => String(e.identifier))).toEqual(['forsakringskassan']);
  });

  it('yes is also key 1, no key 2', async () => {
    const c = conversation(l.locale);
    await c.say(l.matter);
    expect(textOf(await c.say('1'))).toMatch(l.askPlace);
    const d = conversation(l.locale);
    await d.say(l.matter);
    expect(textOf(await d.say('2'))).not.toMatch(l.askPlace);
  });

  it.each([
    ['its key', '2'],
    ['an ordinal', 'second'],
  ])('a body is chosen by %s', async (_how, by) => {
    const c = conversation(l.locale, unsureUnderstanding());
    await c.say('UNSURE');
    const picked = await c.say(by === 'second' ? l.second : by);
    const orgs = picked
      .flatMap((r) => r.entities ?? [])
      .filter((e) => e.type === 'GovernmentOrganization');
    expect(orgs.map((e) => String(e.identifier))).toEqual(['kommun']);
  });

  it('after a language change the open question is asked again in the new language', async () => {
    const c = conversation(l.locale);
    await c.say(l.matter);
    const switched = await c.say(l.switchTo.request);
    const question = switched.at(-1);
    expect(question?.text).toMatch(l.switchTo.offer);
    expect(titles([question ?? {}])).toEqual(l.switchTo.buttons);
    expect(question?.inputHint).toBe('expectingInput');
  });
});

describe('English replies read by the full recognizers', () => {
  it('are read alike every time, whoever sends them', async () => {
    for (let n = 0; n < 2; n += 1) {
      const yes = conversation('en-GB');
      await yes.say('My baby was born last week');
      expect(textOf(await yes.say('yup, that would be great'))).toMatch(/Where are you/);
      const no = conversation('en-GB');
      await no.say('My baby was born last week');
      expect(textOf(await no.say('nope, not now'))).not.toMatch(/Where are you/);
    }
  });

  it('choose from the bodies of the question asked, the same words from another question too', async () => {
    const c = conversation('en-GB', unsureUnderstanding());
    await c.say('UNSURE');
    const picked = await c.say('number two');
    const orgs = picked
      .flatMap((r) => r.entities ?? [])
      .filter((e) => e.type === 'GovernmentOrganization');
    expect(orgs.map((e) => String(e.identifier))).toEqual(['kommun']);
    const yes = conversation('en-GB');
    await yes.say('My baby was born last week');
    expect(textOf(await yes.say('number two'))).not.toMatch(/Where are you/);
  });
});
