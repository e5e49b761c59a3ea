/** Every spelling of personal data the attack found passes neither into the logs nor back into replies (issue 16, items 8 and 9). */
import { normalizeForRedaction, redact } from '../../src/privacy/redact';
import {
  CapturedLog,
  message,
  post,
  startServer,
  type RunningServer,
} from '../helpers/productionServer';

/** [format, what the person writes, the secret that must not survive (letters and digits only)]. */
const PERSONAL_NUMBERS: [string, string, string][] = [
  ['en dash', '19121212–1212', '191212121212'],
  ['U+2010 hyphen', '19121212‐1212', '191212121212'],
  ['U+2212 minus', '19121212−1212', '191212121212'],
  ['dots', '1912.12.12.1212', '191212121212'],
  ['slash', '19121212/1212', '191212121212'],
  ['spaced digits', '1 9 1 2 1 2 1 2 1 2 1 2', '191212121212'],
  ['zero-width space', '1912\u200b1212-12\u200b12', '191212121212'],
  ['fullwidth digits', '１９１２１２１２－１２１２', '191212121212'],
  ['plain', '19121212-1212', '191212121212'],
  ['ten digits with a no-break space', '121212\u00a01212', '1212121212'],
];
const OTHERS: [string, string, string][] = [
  ['phone with dots', '070.123.45.67', '0701234567'],
  ['phone in Swedish words', 'noll sju noll ett två tre fyra fem sex sju', '0701234567'],
  ['phone in English words', 'zero seven zero one two three four five six seven', '0701234567'],
  ['phone in Ukrainian words', 'нуль сім нуль один два три чотири пʼять шість сім', '070123'],
  ['e-mail at localhost', 'zqxv@localhost', 'zqxv'],
  ['e-mail at an address literal', 'zqxv@[127.0.0.1]', 'zqxv'],
  ['e-mail with spaces around @', 'zqxv @ example.se', 'zqxv'],
  ['e-mail with (at) and (dot)', 'zqxv(at)example(dot)se', 'zqxv'],
  ['e-mail with [at] and [dot]', 'zqxv [at] example [dot] se', 'zqxv'],
  ['e-mail with fullwidth ＠', 'zqxv＠example.se', 'zqxv'],
];

/** The log or reply as letters and digits, so no spelling of the secret can hide. */
const bare = (text: string) =>
  normalizeForRedaction(text)
    .replace(/[^\p{L}\p{N}]/gu, '')
    .toLowerCase();

describe('the redactor reads every spelling (unit)', () => {
  it.each([...PERSONAL_NUMBERS, ...OTHERS])('%s: %j', (_format, written, secret) => {
    expect(bare(written)).toContain(secret); // the reading sees the secret at all
    expect(bare(redact(`hej ${written} tack`).text)).not.toContain(secret);
  });

  it.each(PERSONAL_NUMBERS)('%s is counted as a personal number', (_format, written) => {
    expect(redact(`mitt nummer ${written}`).personalNumbers).toBe(1);
  });

  it.each([
    ['a postal code', '412 63'],
    ['a year and an amount', 'år 2026 kostar 1 500 kr'],
    ['opening hours', 'öppet 10.00-16.00'],
    ['a date', '2026-11-25'],
    ['ordinary words', 'I have one child and two dogs'],
  ])('keeps %s', (_what, text) => {
    expect(redact(text).text).toBe(text);
  });
});

describe('every spelling, in the logs and the replies of the running bot', () => {
  const log = new CapturedLog('debug');
  let bot: RunningServer;
  beforeAll(async () => {
    bot = await startServer({
      env: { LOG_MESSAGE_TEXT: 'true', RATE_LIMIT_CONVERSATION_PER_MINUTE: '0' },
      logger: log.logger,
    });
  });
  afterAll(async () => {
    await bot.close();
  });

  it.each([...PERSONAL_NUMBERS, ...OTHERS])(
    '%s never reaches the log or a reply',
    async (format, written, secret) => {
      const before = log.lines.length;
      const id = `formats-${format.replace(/\W/g, '')}`;
      const { replies } = await post(bot.url, message(id, `Hej, ${written}`, { locale: 'sv-SE' }));
      const logged = log.lines.slice(before).join('\n');
      expect(logged).toContain('"turn"');
      expect(bare(logged)).not.toContain(secret);
      expect(bare(JSON.stringify(replies))).not.toContain(secret);
    },
  );

  it.each(PERSONAL_NUMBERS)(
    '%s gets the warning not to share a personnummer',
    async (format, written) => {
      const id = `warn-${format.replace(/\W/g, '')}`;
      const { replies } = await post(
        bot.url,
        message(id, `Mitt nummer är ${written}`, { locale: 'sv-SE' }),
      );
      expect(replies.map((r) => r.text ?? '').join('\n')).toMatch(/Skriv inte ditt personnummer/);
    },
  );

  it('the "request refused" line does not log the raw path (item 9)', async () => {
    const before = log.lines.length;
    const res = await fetch(`${bot.url}/19121212-1212/zqxv@example.se`);
    expect(res.status).toBe(404);
    const logged = log.lines.slice(before).join('\n');
    expect(logged).toContain('request refused');
    expect(bare(logged)).not.toContain('191212121212');
    expect(bare(logged)).not.toContain('zqxv');
  });
});
