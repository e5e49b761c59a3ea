import type { Activity, Entity } from 'botbuilder';
import { DialogSet, type DialogContext } from 'botbuilder-dialogs';
import { conversations, TestConversation } from '../helpers/guideHarness';

const bot = conversations();
const conversation = (locale: string): TestConversation => bot.start(locale);

const ids = (replies: Partial<Activity>[], type: string) =>
  replies
    .flatMap((r) => r.entities ?? [])
    .filter((e: Entity) => e.type === type)
    .map((e) => String(e.identifier));
const textOf = (replies: Partial<Activity>[]) => replies.map((r) => r.text ?? '').join('\n');

const LANGS = [
  {
    locale: 'sv-SE',
    both: 'Jag bor i Kiruna och behöver hjälp med föräldrapenning',
    pension: 'Och min pension då?',
    yes: 'ja',
    startOver: 'börja om',
    askPlace: /Var befinner du dig/,
    switchTo: 'in English',
    more: 'more',
    moreIntro: /More service offices near Kiruna/,
    unknown: 'Xyzzyville',
    unknownAgain: 'Qwertyborg',
  },
  {
    locale: 'en-GB',
    both: 'I live in Kiruna and need help with parental benefit',
    pension: 'And what about my pension?',
    yes: 'yes',
    startOver: 'start over',
    askPlace: /Where are you/,
    switchTo: 'українською',
    more: 'ще',
    moreIntro: /Інші сервісні офіси поблизу Кіруни \(Kiruna\)/,
    unknown: 'Xyzzyville',
    unknownAgain: 'Qwertyborg',
  },
  {
    locale: 'uk-UA',
    both: 'Я живу в Кіруні і мені потрібна допомога з батьківською допомогою',
    pension: 'А як щодо моєї пенсії?',
    yes: 'так',
    startOver: 'почати спочатку',
    askPlace: /Де ви перебуваєте/,
    switchTo: 'på svenska',
    more: 'fler',
    moreIntro: /Fler servicekontor nära Kiruna/,
    unknown: 'Xyzzyville',
    unknownAgain: 'Qwertyborg',
  },
];

describe.each(LANGS)('context ($locale)', (l) => {
  it('"and for my pension?" reuses the place; "start over" forgets it', async () => {
    const c = conversation(l.locale);
    const first = await c.say(l.both);
    expect(ids(first, 'GovernmentOrganization')).toContain('forsakringskassan');
    expect(ids(first, 'Place')[0]).toBe('kiruna');
    const pension = await c.say(l.pension);
    expect(ids(pension, 'GovernmentOrganization')).toEqual(['pensionsmyndigheten']);
    const offices = await c.say(l.yes);
    expect(ids(offices, 'Place')[0]).toBe('kiruna');

    await c.say(l.startOver);
    await c.say(l.pension);
    const asked = await c.say(l.yes);
    expect(textOf(asked)).toMatch(l.askPlace);
    expect(ids(asked, 'Place')).toEqual([]);
  });

  it('a language switch keeps the office list', async () => {
    const c = conversation(l.locale);
    const first = await c.say(l.both);
    const shown = ids(first, 'Place');
    await c.say(l.switchTo);
    const more = await c.say(l.more);
    expect(textOf(more)).toMatch(l.moreIntro);
    const next = ids(more, 'Place');
    expect(next.length).toBeGreaterThan(0);
    expect(next.filter((id) => shown.includes(id))).toEqual([]);
  });

  it('re-asks once for an unknown place, then offers a way out', async () => {
    const c = conversation(l.locale);
    await c.say(l.pension);
    await c.say(l.yes);
    const again = await c.say(l.unknown);
    expect(again[0]?.inputHint).toBe('expectingInput');
    const out = await c.say(l.unknownAgain);
    expect(textOf(out)).toMatch(/0771-451 000/);
    expect(textOf(out)).toMatch(/statenssc\.se/);
  });
});

describe('dialog memory across turns', () => {
  it('the memory scopes of the dialogs are built once, not on every turn, and state still carries over', async () => {
    const createContext = jest.spyOn(DialogSet.prototype, 'createContext');
    try {
      const c = bot.start('sv-SE');
      await c.say('Jag har fått barn');
      await c.say('ja');
      const offices = await c.say('Kiruna');
      expect(ids(offices, 'Place')).toContain('kiruna');
      const contexts = await Promise.all(
        createContext.mock.results.map((r) => r.value as Promise<DialogContext>),
      );
      expect(contexts.length).toBeGreaterThanOrEqual(3);
      const first = contexts[0]!.state.configuration;
      expect(first.memoryScopes.length).toBeGreaterThan(0);
      for (const dc of contexts) expect(dc.state.configuration).toBe(first);
    } finally {
      createContext.mockRestore();
    }
  });
});
