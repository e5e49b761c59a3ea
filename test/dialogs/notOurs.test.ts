/**
 * A shop's or a bank's hours asked as an office question are not ours: the bot says what it does
 * (which body handles a matter, the nearest service office) and lists no offices, in every
 * language. A body's own hours still find its offices.
 */
import type { Activity, Entity } from 'botbuilder';
import { conversations } from '../helpers/guideHarness';

const bot = conversations();
const textOf = (replies: Partial<Activity>[]) => replies.map((r) => r.text ?? '').join('\n');
const entityTypes = (replies: Partial<Activity>[]) =>
  replies.flatMap((r) => r.entities ?? []).map((e: Entity) => e.type);

describe.each([
  { locale: 'sv-SE', shop: 'när stänger ICA Maxi i Västerås i kväll', says: /myndighet/i },
  { locale: 'en-GB', shop: 'what time does IKEA in Malmö open on Sunday', says: /authority/i },
  { locale: 'uk-UA', shop: 'коли відкривається Ikea в Мальме', says: /установ/i },
])('a shop asked as an office question ($locale)', (l) => {
  it('is answered with what the bot does, and no office list', async () => {
    const c = bot.start(l.locale);
    const replies = await c.say(l.shop);
    expect(entityTypes(replies)).not.toContain('Place');
    expect(entityTypes(replies)).not.toContain('GovernmentOrganization');
    expect(textOf(replies)).toMatch(l.says);
  });
});
