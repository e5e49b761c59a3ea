import Personnummer from 'personnummer';
import {
  CapturedLog,
  message,
  post,
  startServer,
  type RunningServer,
} from '../helpers/productionServer';

/** A valid personal number (YYMMDDNNNC) from its first nine digits. */
function valid(nine: string): string {
  for (let c = 0; c <= 9; c++) if (Personnummer.valid(`${nine}${c}`)) return `${nine}${c}`;
  throw new Error(`no check digit for ${nine}`);
}

const personal = valid('851224123'); // 1985-12-24
const coordination = valid('920371456'); // 1992-03-11, day + 60
const elderly = valid('150505789'); // written with "+": a hundred years or older
const phoneSv = '070-987 65 43';
const phoneUk = '+380 67 765 4321';
const phoneIntl = '+46 8 555 123 45';
const email = 'karin.lindqvist@exempel.se';
const emailUk = 'oksana.kovalenko@приклад.укр';

/** Everything personal the messages below carry, and the digits of each number. */
const SECRETS = [
  personal,
  `${personal.slice(0, 6)}-${personal.slice(6)}`,
  `19${personal}`,
  coordination,
  elderly,
  phoneSv,
  phoneUk,
  phoneIntl,
  email,
  emailUk,
  'karin.lindqvist',
  'oksana.kovalenko',
];
const SECRET_DIGITS = [personal, coordination, elderly, phoneSv, phoneUk, phoneIntl].map((s) =>
  s.replace(/\D/g, ''),
);

const MESSAGES: [string, string][] = [
  [
    'sv-SE',
    `Mitt personnummer är 19${personal.slice(0, 6)}-${personal.slice(6)}, jag har fått barn`,
  ],
  ['sv-SE', `Ring mig på ${phoneSv} eller mejla ${email}`],
  ['sv-SE', `samordningsnummer ${coordination.slice(0, 6)} ${coordination.slice(6)}`],
  ['en-GB', `My number is ${personal} and my phone ${phoneIntl}, I lost my job`],
  ['en-GB', `Grandma ${elderly.slice(0, 6)}+${elderly.slice(6)} needs help with her pension`],
  ['uk-UA', `Мій номер ${phoneUk}, пошта ${emailUk}, я втратив роботу`],
  ['uk-UA', `Мій personnummer ${coordination}`],
];

/** The digit runs of a text, separators removed, to catch a number written any way. */
function digitRuns(text: string): string[] {
  return (text.match(/\d[\d\s+()-]*\d/g) ?? []).map((run) => run.replace(/\D/g, ''));
}

function expectClean(log: string): void {
  for (const secret of SECRETS) expect(log).not.toContain(secret);
  const runs = digitRuns(log);
  for (const digits of SECRET_DIGITS) {
    expect(runs.filter((run) => run.includes(digits))).toEqual([]);
  }
}

async function converse(bot: RunningServer): Promise<void> {
  for (const [i, [locale, text]] of MESSAGES.entries()) {
    const { status, replies } = await post(
      bot.url,
      message(`pii-${i}`, text, {
        locale,
        from: { id: `user-${i}`, name: email },
        channelData: { note: text },
      }),
    );
    expect(status).toBe(200);
    // Nothing personal comes back in what the bot says either (the recipient is the person).
    const json = JSON.stringify(replies.map((r) => [r.text, r.speak, r.entities]));
    for (const secret of SECRETS) expect(json).not.toContain(secret);
  }
  // A broken body that holds them, and one over the size limit.
  await post(bot.url, `{"type":"message","text":"${MESSAGES[0]![1]}",`);
  await post(bot.url, message('pii-big', `${MESSAGES[1]![1]} ${'x'.repeat(300 * 1024)}`));
}

describe('nothing personal reaches the log', () => {
  it('with message text logging on: every line is redacted, and turns are still logged', async () => {
    const log = new CapturedLog('debug');
    const bot = await startServer({ env: { LOG_MESSAGE_TEXT: 'true' }, logger: log.logger });
    try {
      await converse(bot);
      // A turn that fails with the person's words in the error message.
      const original = bot.guide.bot.run.bind(bot.guide.bot);
      const spy = jest.spyOn(bot.guide.bot, 'run').mockImplementationOnce(async (context) => {
        await Promise.resolve();
        throw new Error(`could not handle "${context.activity.text}" from ${email}`);
      });
      const failed = await post(bot.url, message('pii-fail', MESSAGES[3]![1], { locale: 'en-GB' }));
      expect(failed.replies[0]?.text).toMatch(/Sorry/);
      spy.mockImplementation(original);
    } finally {
      await bot.close();
    }
    expect(log.lines.length).toBeGreaterThan(MESSAGES.length);
    expectClean(log.text);
    const entries = log.entries();
    expect(entries.some((e) => e.msg === 'turn failed')).toBe(true);
    const turns = entries.filter((e) => e.msg === 'turn');
    expect(turns.length).toBeGreaterThanOrEqual(MESSAGES.length);
    // The redacted text is there, so the markers show what was removed.
    expect(log.text).toContain('[personnummer]');
    expect(log.text).toContain('[phone]');
    expect(log.text).toContain('[e-mail]');
  });

  it('by default: a turn line with latency, outcome, body and language, and no message text', async () => {
    const log = new CapturedLog('info');
    const bot = await startServer({ logger: log.logger });
    try {
      await converse(bot);
      await post(bot.url, message('plain', 'Jag har fått barn', { locale: 'sv-SE' }));
    } finally {
      await bot.close();
    }
    expectClean(log.text);
    const turns = log.entries().filter((e) => e.msg === 'turn');
    expect(turns.length).toBeGreaterThanOrEqual(MESSAGES.length + 1);
    for (const turn of turns) {
      expect(turn).not.toHaveProperty('text');
      expect(typeof turn.ms).toBe('number');
      expect(turn.outcome).toMatch(/^(agency|offices|answered|silent|error)$/);
    }
    expect(turns.at(-1)).toMatchObject({
      channel: 'directline',
      type: 'message',
      lang: 'sv',
      outcome: 'agency',
      agency: 'forsakringskassan',
    });
    // Not a word of what people wrote.
    for (const word of ['fått barn', 'lost my job', 'втратив роботу', 'Grandma']) {
      expect(log.text).not.toContain(word);
    }
  });
});
