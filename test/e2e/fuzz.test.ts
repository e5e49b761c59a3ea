import { gzipSync } from 'node:zlib';
import {
  CapturedLog,
  post,
  startServer,
  type Reply,
  type RunningServer,
} from '../helpers/productionServer';

/** mulberry32: a small seeded PRNG, so every run sends the same activities. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SEED = 20_240_611;
const COUNT = 3000;
const CONCURRENCY = 8;

/** Markup that must never come back as it was sent. */
const INJECTIONS = [
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  '<speak version="1.0"><audio src="https://evil.example/a.wav"/></speak>',
  '</voice></speak><speak><voice name="x">hacked',
  '<break time="100000ms"/>',
  ']]><!--',
  '[click me](javascript:alert(1))',
  '![x](javascript:alert(document.cookie))',
  '<a href="javascript:alert(1)">Kiruna</a>',
  '{{constructor.constructor("return process")()}}',
  '$t(error.apology)',
  '{{- place}}',
  '<iframe src="data:text/html,<script>alert(1)</script>">',
  '"><svg onload=alert(1)>',
  '&lt;script&gt;alert(1)&lt;/script&gt;',
  '**bold** _it_ `code` > quote\n# heading',
];
/** What an injection leaves behind if it got through. */
const FORBIDDEN =
  /<script|javascript:|onerror=|onload=|<iframe|<img|<svg|evil\.example|constructor\.constructor/i;

const PLAIN = [
  'Hej, jag behöver hjälp',
  'I lost my job',
  'Я втратив роботу',
  'Var ligger närmaste servicekontor i Kiruna?',
  'ja',
  'yes',
  'так',
  '412 63',
  'Gamlestaden',
  'den andra',
  'start over',
  'українською',
  'in English please',
];
const RTL_AND_EMOJI = [
  'مرحبا، أحتاج مساعدة',
  'שלום, אני צריך עזרה',
  '\u202eKiruna\u202c',
  '👨‍👩‍👧‍👦🇸🇪🇺🇦',
  '🤷🏽‍♀️ skatt?',
  'Z̸̢̛a̵l̷g̶o̸ ̵t̴e̷x̶t̵',
  '\u200b\u200b\u200bja',
  '\ufeffhej',
];
const CONTROL = [
  '\u0000',
  '\u0001',
  '\u0007',
  '\b',
  '\u001b[31m',
  '\u007f',
  '\r\n',
  '\t',
  '\ud800',
  '\udfff',
];
const TYPES = [
  'message',
  'message',
  'message',
  'event',
  'conversationUpdate',
  'invoke',
  'typing',
  'endOfConversation',
  'messageReaction',
  'installationUpdate',
  'trace',
  'handoff',
  'delay',
  'no-such-type',
  '',
];
const CHANNELS = [
  'directline',
  'webchat',
  'msteams',
  'telephony',
  'directlinespeech',
  'test',
  'emulator',
  'evil<script>',
  '',
];
const LOCALES = [
  'sv-SE',
  'en-GB',
  'uk-UA',
  'xx',
  'zz-ZZ',
  '',
  'sv-SE-x-evil',
  'ar-SA',
  'he-IL',
  'x'.repeat(300),
  '<script>',
];

/** Keypad text a phone gateway might send; some are property names of a plain object. */
const KEYPAD = [
  '1',
  '#',
  '*',
  '12#',
  'one',
  'pound',
  'constructor',
  '__proto__',
  'toString',
  'tone9',
  '',
];

/** Adaptive Card action invokes, well and badly formed. */
const INVOKE_VALUES: unknown[] = [
  {},
  null,
  'x',
  { action: null },
  { action: 'Action.Execute' },
  { action: { type: 'Action.Execute', verb: 'x', data: { lang: '__proto__' } } },
  { action: { type: 'Action.Submit' } },
];

/** A small gzip bomb (8 MB of zeros in about 8 kB), made once. */
const BOMB = gzipSync(Buffer.alloc(8 * 1024 * 1024), { level: 9 });

type Category =
  | 'plain'
  | 'wrongType'
  | 'hugeText'
  | 'control'
  | 'rtlEmoji'
  | 'injection'
  | 'unknownLocale'
  | 'missingIds'
  | 'oddValues'
  | 'malformedBody'
  | 'compressed'
  | 'keypad'
  | 'invoke';

class Fuzzer {
  private readonly random: () => number;
  constructor(seed: number) {
    this.random = prng(seed);
  }

  int(max: number): number {
    return Math.floor(this.random() * max);
  }

  pick<T>(items: readonly T[]): T {
    return items[this.int(items.length)]!;
  }

  text(): string {
    const parts = Array.from({ length: 1 + this.int(4) }, () => {
      switch (this.int(5)) {
        case 0:
          return this.pick(PLAIN);
        case 1:
          return this.pick(INJECTIONS);
        case 2:
          return this.pick(RTL_AND_EMOJI);
        case 3:
          return this.pick(CONTROL);
        default:
          return String.fromCharCode(
            ...Array.from({ length: this.int(20) }, () => this.int(0x3000)),
          );
      }
    });
    return parts.join(this.pick([' ', '', '\n', '\u0000']));
  }

  /** One hostile request: a body (object or raw string) and what kind it is. */
  next(n: number): {
    category: Category;
    body: unknown;
    injected: boolean;
    headers?: Record<string, string>;
  } {
    const conversation = `fuzz-${n % 400}`;
    const base: Record<string, unknown> = {
      type: 'message',
      text: this.pick(PLAIN),
      channelId: this.pick(CHANNELS.slice(0, 7)),
      conversation: { id: conversation },
      from: { id: `user-${n % 400}` },
      recipient: { id: 'bot' },
      deliveryMode: 'expectReplies',
      locale: this.pick(LOCALES.slice(0, 3)),
    };
    const category = this.pick<Category>([
      'plain',
      'wrongType',
      'hugeText',
      'control',
      'rtlEmoji',
      'injection',
      'injection',
      'unknownLocale',
      'missingIds',
      'oddValues',
      'malformedBody',
      'compressed',
      'keypad',
      'invoke',
    ]);
    let injected = false;
    switch (category) {
      case 'plain':
        break;
      case 'wrongType':
        base.type = this.pick(TYPES);
        base.name = this.pick([
          'setLanguage',
          'webchat/join',
          'locationDenied',
          this.text(),
          undefined,
        ]);
        base.value = this.pick([
          { lang: 'uk' },
          { lang: '__proto__' },
          'sv',
          42,
          null,
          this.text(),
        ]);
        if (base.type === 'conversationUpdate') {
          base.membersAdded = this.pick([
            [{ id: 'u' }],
            [{}],
            'nobody',
            [{ id: this.text() }],
            null,
          ]);
        }
        break;
      case 'hugeText':
        base.text = this.pick(PLAIN).repeat(1 + this.int(12_000));
        break;
      case 'control':
        base.text = Array.from({ length: 1 + this.int(30) }, () => this.pick(CONTROL)).join(
          this.pick(PLAIN),
        );
        break;
      case 'rtlEmoji':
        base.text = `${this.pick(RTL_AND_EMOJI)} ${this.pick(PLAIN)} ${this.pick(RTL_AND_EMOJI)}`;
        break;
      case 'injection':
        injected = true;
        base.text = `${this.pick(PLAIN)} ${this.pick(INJECTIONS)} ${this.pick(INJECTIONS)}`;
        base.channelId = this.pick(['telephony', 'directlinespeech', 'webchat', 'directline']);
        if (this.int(2) === 0) base.channelData = { speech: true };
        base.from = { id: 'u-inj', name: this.pick(INJECTIONS) };
        break;
      case 'unknownLocale':
        base.locale = this.pick([...LOCALES, 42, null, { lang: 'sv' }]);
        base.text = this.text();
        break;
      case 'missingIds':
        for (const field of [
          'from',
          'recipient',
          'conversation',
          'channelId',
          'id',
          'serviceUrl',
        ]) {
          if (this.int(3) === 0) base[field] = undefined;
        }
        if (this.int(3) === 0)
          base.conversation = this.pick([
            { id: '' },
            { id: 42 },
            {},
            'c',
            { id: 'x'.repeat(5000) },
          ]);
        if (this.int(3) === 0) base.from = this.pick([{}, { id: null }, 'u', { id: '' }, null]);
        if (this.int(4) === 0) base.conversation = null;
        break;
      case 'oddValues':
        base.value = this.pick([
          { latitude: 'NaN', longitude: Infinity },
          { latitude: 91, longitude: -181 },
          { latitude: 57.7, longitude: 11.97 },
          { lang: { toString: 'x' } },
          JSON.parse('{"__proto__": {"polluted": true}}') as unknown,
          Array.from({ length: 100 }, (_, i) => i),
        ]);
        base.text = this.pick(['', this.text(), undefined]);
        base.attachments = this.pick([
          [{ contentType: 'text/html', content: '<script>x</script>' }],
          'a',
          undefined,
        ]);
        base.entities = this.pick([[{ type: 'GeoCoordinates', latitude: 'x' }], [null], undefined]);
        base.channelData = this.pick([{ speech: 'yes' }, null, [1], { modality: 'speech' }]);
        break;
      case 'malformedBody':
        return {
          category,
          injected: false,
          body: this.pick([
            '{"type":"message",',
            'null',
            '[]',
            '"just a string"',
            '{"type":"message","text":"\\ud800"}',
            `{"type":"message","conversation":{"id":"c"},"channelId":"test","deliveryMode":"expectReplies","text":${'['.repeat(5000)}`,
            '\u0000\u0001\u0002',
          ]),
        };
      case 'compressed': {
        const encoding = this.pick(['gzip', 'deflate', 'br', 'gzip, gzip', 'GZIP']);
        return {
          category,
          injected: false,
          headers: { 'content-encoding': encoding },
          body: this.pick([
            '{"type":"message"}',
            gzipSync(JSON.stringify(base)),
            BOMB,
            Buffer.from([0x1f, 0x8b, 0x08, 0x00, 0xde, 0xad]),
          ]),
        };
      }
      case 'keypad': {
        const keys = this.pick(KEYPAD);
        base.channelId = 'telephony';
        base.text = this.pick([keys, this.pick(PLAIN)]);
        base.entities = [
          this.pick([
            { type: 'DTMF', value: keys },
            { type: 'dtmf', tone: keys },
            { type: 'DTMF', [this.pick(['digit', 'key', 'constructor', '__proto__'])]: keys },
          ]),
        ];
        break;
      }
      case 'invoke':
        base.type = 'invoke';
        base.name = this.pick(['adaptiveCard/action', 'adaptiveCard/action', 'unknown/invoke']);
        base.value = this.pick(INVOKE_VALUES);
        break;
    }
    return { category, body: base, injected };
  }
}

describe('fuzz: hostile activities against the running server', () => {
  let bot: RunningServer;
  const log = new CapturedLog('error');
  beforeAll(async () => {
    bot = await startServer({
      env: { RATE_LIMIT_CONVERSATION_PER_MINUTE: '0', RATE_LIMIT_IP_PER_MINUTE: '0' },
      logger: log.logger,
    });
  });
  afterAll(async () => {
    await bot.close();
  });

  it(`answers ${COUNT} seeded hostile requests without a 5xx, a crash or unescaped markup`, async () => {
    const fuzzer = new Fuzzer(SEED);
    const requests = Array.from({ length: COUNT }, (_, n) => fuzzer.next(n));
    const statuses = new Map<number, number>();
    const categories = new Map<string, number>();
    const serverErrors: string[] = [];
    const leaks: string[] = [];
    let replies = 0;
    let healthChecks = 0;

    const check = (reply: Reply, request: string) => {
      replies++;
      const said = [reply.text ?? '', reply.speak ?? '', JSON.stringify(reply.entities ?? [])].join(
        '\n',
      );
      if (FORBIDDEN.test(said)) leaks.push(`${request.slice(0, 200)} -> ${said.slice(0, 300)}`);
      if (reply.speak !== undefined && (reply.speak.match(/<speak/g) ?? []).length !== 1) {
        leaks.push(`two <speak> roots: ${reply.speak.slice(0, 300)}`);
      }
    };

    let next = 0;
    const worker = async () => {
      while (next < requests.length) {
        const n = next++;
        const { body, category, headers } = requests[n]!;
        categories.set(category, (categories.get(category) ?? 0) + 1);
        const result = await post(bot.url, body, headers);
        statuses.set(result.status, (statuses.get(result.status) ?? 0) + 1);
        if (result.status >= 500)
          serverErrors.push(`${result.status} ${JSON.stringify(body).slice(0, 300)}`);
        for (const reply of result.replies) check(reply, JSON.stringify(body));
        if (n % 250 === 0) {
          healthChecks++;
          expect((await fetch(`${bot.url}/healthz`)).status).toBe(200);
        }
      }
    };
    await Promise.all(Array.from({ length: CONCURRENCY }, worker));

    const turnFailures = log.entries().filter((e) => e.msg === 'turn failed');
    console.log(
      [
        `fuzz seed ${SEED}: ${COUNT} requests, ${replies} replies checked, ${healthChecks} health checks`,
        `by category: ${JSON.stringify(Object.fromEntries([...categories].sort()))}`,
        `by status: ${JSON.stringify(Object.fromEntries([...statuses].sort()))}`,
        `5xx: ${serverErrors.length}, markup leaks: ${leaks.length}, turn failures: ${turnFailures.length}`,
      ].join('\n'),
    );
    expect(serverErrors).toEqual([]);
    expect(leaks).toEqual([]);
    expect(turnFailures.map((e) => JSON.stringify(e).slice(0, 300))).toEqual([]);
    expect((await fetch(`${bot.url}/healthz`)).status).toBe(200);
    expect((await fetch(`${bot.url}/metrics`)).status).toBe(200);
    // Nothing reached Object.prototype.
    expect((Object.prototype as Record<string, unknown>).polluted).toBeUndefined();
  }, 120_000);
});
