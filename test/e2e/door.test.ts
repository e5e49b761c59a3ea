/** What the door refuses and what a failed turn keeps (issue 16, items 6, 11, 12 and 14). */
import { FlakyStorage } from '../helpers/flakyStorage';
import {
  CapturedLog,
  message,
  post,
  startServer,
  type RunningServer,
} from '../helpers/productionServer';

const noLimits = { RATE_LIMIT_CONVERSATION_PER_MINUTE: '0', RATE_LIMIT_IP_PER_MINUTE: '0' };

describe('malformed but well-formed-looking activities (item 6, 12)', () => {
  const storage = new FlakyStorage();
  const log = new CapturedLog('error');
  let bot: RunningServer;
  beforeAll(async () => {
    bot = await startServer({
      env: noLimits,
      logger: log.logger,
      guide: { conversationStorage: storage },
    });
  });
  afterAll(async () => {
    await bot.close();
    storage.inner.close();
  });

  const turnFailures = () => log.entries().filter((e) => e.msg === 'turn failed').length;

  it.each([
    [
      'an adaptiveCard/action invoke without value.action',
      { type: 'invoke', name: 'adaptiveCard/action', value: {} },
    ],
    [
      'an adaptiveCard/action invoke without a value',
      { type: 'invoke', name: 'adaptiveCard/action', value: null },
    ],
    ['membersAdded: [null]', { type: 'conversationUpdate', membersAdded: [null] }],
    ['membersRemoved: ["x"]', { type: 'conversationUpdate', membersRemoved: ['x'] }],
    ['membersAdded: [{}]', { type: 'conversationUpdate', membersAdded: [{}] }],
    ['entities: [null]', { entities: [null] }],
    ['a serviceUrl that is a number, with expectReplies', { serviceUrl: 42 }],
    ['a serviceUrl that is an object, with expectReplies', { serviceUrl: { href: 'x' } }],
  ])('refuses %s with 400, and the conversation keeps its state', async (_name, shape) => {
    const id = `door-${_name.replace(/\W+/g, '-')}`;
    await post(bot.url, message(id, 'Jag har fått barn', { locale: 'sv-SE' }));
    const before = turnFailures();
    const refused = await post(bot.url, message(id, 'x', { locale: 'sv-SE', ...shape }));
    expect(refused.status).toBe(400);
    expect(JSON.stringify(refused.body)).not.toMatch(/TypeError|Cannot read|stack/);
    expect(turnFailures()).toBe(before);
    // The office offer of the first turn is still open.
    const again = await post(bot.url, message(id, 'ja', { locale: 'sv-SE' }));
    expect(again.replies[0]?.text).toMatch(/Var befinner du dig/);
  });

  it.each(['constructor', '__proto__', 'toString', 'hasOwnProperty', 'valueOf'])(
    'takes the telephony keypad text %j as an ordinary message, also while a place is asked for',
    async (text) => {
      const id = `dtmf-${text}`;
      const before = turnFailures();
      const phone = (said: string, dtmf = false) =>
        post(
          bot.url,
          message(id, said, {
            channelId: 'telephony',
            locale: 'sv-SE',
            ...(dtmf ? { entities: [{ type: 'DTMF', value: said }] } : {}),
          }),
        );
      const said = (r: { replies: { text?: string; speak?: string }[] }) =>
        r.replies.map((m) => `${m.text ?? ''} ${m.speak ?? ''}`).join('\n');
      for (const turn of [await phone(text, true), await phone('Jag har fått barn')]) {
        expect(turn.status).toBe(200);
        expect(said(turn)).not.toMatch(/Förlåt, något gick fel/);
      }
      await phone('ja');
      const asked = await phone(text, true);
      expect(asked.status).toBe(200);
      expect(said(asked)).not.toMatch(/Förlåt, något gick fel/);
      expect(turnFailures()).toBe(before);
    },
  );

  it('a turn that fails keeps the state of the turn before (no wipe)', async () => {
    const id = 'failed-turn-keeps';
    await post(bot.url, message(id, 'Jag har fått barn', { locale: 'sv-SE' }));
    const run = jest.spyOn(bot.guide.bot, 'run').mockRejectedValueOnce(new Error('boom'));
    const failed = await post(bot.url, message(id, 'ja', { locale: 'sv-SE' }));
    run.mockRestore();
    expect(failed.replies.at(-1)?.text).toMatch(/Förlåt, något gick fel/);
    const again = await post(bot.url, message(id, 'ja', { locale: 'sv-SE' }));
    expect(again.replies[0]?.text).toMatch(/Var befinner du dig/);
  });

  it('a second failed turn in a row starts the conversation afresh, so no state locks it', async () => {
    const id = 'failed-twice';
    await post(bot.url, message(id, 'Jag har fått barn', { locale: 'sv-SE' }));
    const run = jest
      .spyOn(bot.guide.bot, 'run')
      .mockRejectedValueOnce(new Error('boom'))
      .mockRejectedValueOnce(new Error('boom again'));
    await post(bot.url, message(id, 'ja', { locale: 'sv-SE' }));
    await post(bot.url, message(id, 'ja', { locale: 'sv-SE' }));
    run.mockRestore();
    const after = await post(bot.url, message(id, 'ja', { locale: 'sv-SE' }));
    expect(after.replies[0]?.text).not.toMatch(/Var befinner du dig/);
  });

  it.each([
    ['uk', 'Привіт, мені потрібна допомога з податками', /Вибачте/, 'uk-UA'],
    ['en', 'Hello, I need help with my taxes please', /Sorry/, 'en-GB'],
    ['sv', 'Hej, jag behöver hjälp med skatten', /Förlåt/, 'sv-SE'],
  ])(
    'during a storage outage a %s message without a locale gets the apology in its own language (item 14)',
    async (_lang, text, apology, locale) => {
      storage.mode = 'down';
      try {
        const { replies } = await post(bot.url, message(`outage-${_lang}`, text));
        expect(replies.at(-1)?.text).toMatch(apology);
        expect(replies.at(-1)?.locale).toBe(locale);
      } finally {
        storage.mode = 'ok';
      }
    },
  );
});

describe('where replies may go in local mode (item 11)', () => {
  let bot: RunningServer;
  beforeAll(async () => {
    bot = await startServer({ env: noLimits });
  });
  afterAll(async () => {
    await bot.close();
  });

  it.each([
    // Addresses that stay on this machine even if the check were gone (tests use loopback only).
    'http://0.0.0.0:9/',
    'http://[::ffff:7f00:1]:9/',
    'ftp://127.0.0.1/',
    'file:///etc/passwd',
    'not a url',
  ])('refuses normal delivery to %s with 400, before any request is made', async (serviceUrl) => {
    const started = Date.now();
    const result = await post(
      bot.url,
      message('ssrf', 'hej', { serviceUrl, deliveryMode: 'normal' }),
    );
    expect(result.status).toBe(400);
    expect(JSON.stringify(result.body)).toMatch(/local mode/);
    expect(Date.now() - started).toBeLessThan(2000);
  });

  it.each(['http://127.0.0.1:9/', 'http://localhost:9/', 'http://[::1]:9/'])(
    'takes a loopback serviceUrl %s',
    async (serviceUrl) => {
      const result = await post(bot.url, message('loop', 'hej', { serviceUrl }));
      expect(result.status).toBe(200);
    },
  );
});
