/** Stored state that cannot be read back is dropped, and the person is told once (issue 16, item 5). */
import { RawJsonStorage } from '../helpers/rawJsonStorage';
import {
  CapturedLog,
  message,
  post,
  startServer,
  type RunningServer,
} from '../helpers/productionServer';

const LANGS = [
  ['sv-SE', 'Jag har fått barn', 'ja', /börjat om från början/, /Förlåt, något gick fel/],
  ['en-GB', 'I have had a baby', 'yes', /started afresh/, /Sorry, something went wrong/],
  ['uk-UA', 'У мене народилася дитина', 'так', /розпочато заново/, /у мене сталася помилка/],
] as const;

/** What a stored item may look like after a crash, a bad disk or a hand edit. */
const DAMAGE = [
  ['not JSON', 'not json at all'],
  ['empty', ''],
  ['truncated', '{"conversationData":{"language":{"lang":"sv","sou'],
] as const;

describe('unreadable stored state', () => {
  const conversations = new RawJsonStorage();
  const users = new RawJsonStorage();
  const log = new CapturedLog('warn');
  let bot: RunningServer;
  beforeAll(async () => {
    bot = await startServer({
      env: { RATE_LIMIT_CONVERSATION_PER_MINUTE: '0', RATE_LIMIT_IP_PER_MINUTE: '0' },
      logger: log.logger,
      guide: { conversationStorage: conversations, userStorage: users },
    });
  });
  afterAll(async () => {
    await bot.close();
  });

  const texts = (r: { replies: { text?: string }[] }) =>
    r.replies.map((m) => m.text ?? '').join('\n');

  describe.each(LANGS)('%s', (locale, matter, yes, notice, apology) => {
    it.each(DAMAGE)(
      'conversation state %s: logged, dropped, started afresh, and said once',
      async (damage, text) => {
        const id = `unreadable-${locale}-${damage.replace(/\W/g, '')}`;
        await post(bot.url, message(id, matter, { locale }));
        conversations.corrupt(`/conversations/${id}`, text);
        const before = log.lines.length;

        const first = await post(bot.url, message(id, matter, { locale }));
        expect(first.status).toBe(200);
        expect(texts(first)).toMatch(notice);
        expect(texts(first)).not.toMatch(apology);
        expect(first.replies.every((r) => r.locale === locale)).toBe(true);
        // The turn went on from a fresh start: the matter was answered.
        expect(JSON.stringify(first.replies)).toContain('"identifier":"forsakringskassan"');

        const second = await post(bot.url, message(id, yes, { locale }));
        expect(texts(second)).not.toMatch(notice);
        expect(texts(second)).not.toMatch(apology);

        const logged = log.entries().slice(before);
        expect(logged.filter((e) => e.msg === 'unreadable state dropped; started afresh')).toEqual([
          expect.objectContaining({ scopes: ['conversation'] }),
        ]);
        expect(logged.filter((e) => e.msg === 'turn failed')).toEqual([]);
        if (text !== '') expect(log.lines.slice(before).join('\n')).not.toContain(text);
      },
    );
  });

  it('unreadable user state: dropped and said once, the conversation goes on', async () => {
    const id = 'unreadable-user';
    await post(bot.url, message(id, 'in English please', { locale: 'sv-SE' }));
    users.corrupt(`/users/user-${id}`, '{"userProfile":');
    const first = await post(bot.url, message(id, 'I have had a baby'));
    expect(texts(first)).toMatch(/started afresh/);
    expect(JSON.stringify(first.replies)).toContain('"identifier":"forsakringskassan"');
    const second = await post(bot.url, message(id, 'yes'));
    expect(texts(second)).not.toMatch(/started afresh|Sorry, something went wrong/);
  });
});
