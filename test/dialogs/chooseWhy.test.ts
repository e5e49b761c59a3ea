/**
 * Two bodies close for a matter: the bot asks with both and says why each could be the one, one
 * short line each, in every language; the answer to that question is a body like any choice.
 */
import type { Activity } from 'botbuilder';
import { conversations } from '../helpers/guideHarness';

const bot = conversations();
const textOf = (replies: Partial<Activity>[]) => replies.map((r) => r.text ?? '').join('\n');

describe.each([
  {
    locale: 'sv-SE',
    text: 'plånboken med id-kortet blev stulen',
    crime: 'Polisen, om du vill polisanmäla ett brott.',
    card: 'Skatteverket, om det gäller id-kort.',
  },
  {
    locale: 'en-GB',
    text: 'my id card was stolen and I need a new one',
    crime: 'Swedish Police Authority, if you want to report a crime.',
    card: 'Swedish Tax Agency, if it is about a Swedish ID card.',
  },
  {
    locale: 'uk-UA',
    text: 'мою ID-картку вкрали, потрібна нова',
    crime: 'якщо ви хочете заявити про злочин.',
    card: 'Податкова служба Швеції, якщо ідеться про шведську ID-картку.',
  },
])('asking with two close bodies ($locale)', (l) => {
  it('says why each body could be the one, a line each, with a button each', async () => {
    const c = bot.start(l.locale);
    const replies = await c.say(l.text);
    const text = textOf(replies);
    expect(text).toContain(l.crime);
    expect(text).toContain(l.card);
    expect(replies.at(-1)?.suggestedActions?.actions.length).toBeGreaterThanOrEqual(2);
  });
});
