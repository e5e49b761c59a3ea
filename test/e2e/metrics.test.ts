import { FlakyStorage } from '../helpers/flakyStorage';
import { message, post, startServer, type RunningServer } from '../helpers/productionServer';

/** The value of one series in a Prometheus text exposition, or undefined. */
function sample(metrics: string, series: string): number | undefined {
  const line = metrics.split('\n').find((l) => l.startsWith(`${series} `));
  return line === undefined ? undefined : Number(line.slice(series.length + 1));
}

async function scrape(url: string, headers: Record<string, string> = {}): Promise<string> {
  const res = await fetch(`${url}/metrics`, { headers });
  expect(res.status).toBe(200);
  expect(res.headers.get('content-type')).toMatch(/^text\/plain/);
  return res.text();
}

describe('/metrics', () => {
  let bot: RunningServer;
  beforeAll(async () => {
    bot = await startServer();
  });
  afterAll(async () => {
    await bot.close();
  });

  it('counts turns, outcomes per body and language, and their latency', async () => {
    const conversations: [string, string, string, string][] = [
      ['m-sv', 'sv-SE', 'Jag har fått barn', 'forsakringskassan'],
      ['m-en', 'en-GB', 'I lost my job', 'arbetsformedlingen'],
      ['m-uk', 'uk-UA', 'Я втратив роботу', 'arbetsformedlingen'],
    ];
    for (const [id, locale, text] of conversations) {
      expect((await post(bot.url, message(id, text, { locale }))).status).toBe(200);
    }
    const metrics = await scrape(bot.url);
    expect(
      sample(metrics, 'guide_agency_answers_total{agency="forsakringskassan",lang="sv"}'),
    ).toBe(1);
    expect(
      sample(metrics, 'guide_agency_answers_total{agency="arbetsformedlingen",lang="en"}'),
    ).toBe(1);
    expect(
      sample(metrics, 'guide_agency_answers_total{agency="arbetsformedlingen",lang="uk"}'),
    ).toBe(1);
    // Every body and language is there from the start, at zero.
    expect(sample(metrics, 'guide_agency_answers_total{agency="kronofogden",lang="uk"}')).toBe(0);
    for (const lang of ['sv', 'en', 'uk']) {
      expect(
        sample(
          metrics,
          `guide_turns_total{channel="directline",type="message",lang="${lang}",outcome="agency"}`,
        ),
      ).toBe(1);
    }
    expect(sample(metrics, 'guide_turn_duration_seconds_count{channel="directline"}')).toBe(3);
    expect(metrics).toMatch(/guide_turn_duration_seconds_bucket\{le="0.05",channel="directline"\}/);
    // Process metrics come along.
    expect(metrics).toMatch(/^guide_process_resident_memory_bytes \d+/m);
  });

  it('counts office lists as their own outcome', async () => {
    const { replies } = await post(
      bot.url,
      message('m-office', 'Var ligger närmaste servicekontor i Kiruna?', { locale: 'sv-SE' }),
    );
    expect(JSON.stringify(replies)).toContain('"type":"Place"');
    const metrics = await scrape(bot.url);
    expect(
      sample(
        metrics,
        'guide_turns_total{channel="directline",type="message",lang="sv",outcome="offices"}',
      ),
    ).toBe(1);
  });

  it('keeps label values to closed sets, whatever channel ids and locales arrive', async () => {
    for (let i = 0; i < 20; i++) {
      await post(
        bot.url,
        message(`m-odd-${i}`, 'hej', {
          channelId: `channel-${i}-${'x'.repeat(i)}`,
          locale: `xx-${i}`,
        }),
      );
    }
    const metrics = await scrape(bot.url);
    expect(metrics).not.toMatch(/channel-\d/);
    expect(metrics).not.toMatch(/xx-\d/);
    expect(metrics).toMatch(
      /guide_turns_total\{channel="other",type="message",lang="sv",outcome="answered"\} \d+/,
    );
  });
});

describe('/metrics with METRICS_TOKEN', () => {
  it('requires the bearer token', async () => {
    const bot = await startServer({ env: { METRICS_TOKEN: 's3cret-token' } });
    try {
      expect((await fetch(`${bot.url}/metrics`)).status).toBe(401);
      expect(
        (await fetch(`${bot.url}/metrics`, { headers: { authorization: 'Bearer wrong' } })).status,
      ).toBe(401);
      await scrape(bot.url, { authorization: 'Bearer s3cret-token' });
    } finally {
      await bot.close();
    }
  });
});

describe('storage errors', () => {
  const storage = new FlakyStorage();
  let bot: RunningServer;
  beforeAll(async () => {
    bot = await startServer({ guide: { conversationStorage: storage } });
  });
  afterAll(async () => {
    await bot.close();
    storage.inner.close();
  });

  it.each([
    ['sv-SE', 'Hej', /Förlåt, något gick fel/],
    ['en-GB', 'Hello', /Sorry, something went wrong/],
    ['uk-UA', 'Привіт', /Вибачте, у мене сталася помилка/],
  ])(
    '%s: an outage gets an apology in the language of the message, and is counted',
    async (locale, text, apology) => {
      storage.mode = 'down';
      const { status, replies } = await post(bot.url, message(`down-${locale}`, text, { locale }));
      storage.mode = 'ok';
      expect(status).toBe(200);
      expect(replies.at(-1)?.text).toMatch(apology);
      expect(replies.at(-1)?.locale).toBe(locale);
      const metrics = await scrape(bot.url);
      expect(
        sample(metrics, 'guide_storage_errors_total{operation="read",kind="unavailable"}'),
      ).toBeGreaterThan(0);
      expect(metrics).toMatch(/guide_turns_total\{[^}]*outcome="error"\} [1-9]/);
    },
  );

  it('a lost race is an apology that keeps the winner state, counted as a conflict', async () => {
    const id = 'race';
    await post(bot.url, message(id, 'Jag har fått barn', { locale: 'sv-SE' }));
    storage.mode = 'conflict';
    const lost = await post(bot.url, message(id, 'ja', { locale: 'sv-SE' }));
    storage.mode = 'ok';
    expect(lost.replies.at(-1)?.text).toMatch(/Förlåt, något gick fel/);
    const metrics = await scrape(bot.url);
    expect(sample(metrics, 'guide_storage_errors_total{operation="write",kind="conflict"}')).toBe(
      1,
    );
    // The state from before the lost turn is still there: the offer of an office is still open.
    const again = await post(bot.url, message(id, 'ja', { locale: 'sv-SE' }));
    expect(again.replies[0]?.text).toMatch(/Var befinner du dig/);
  });

  it('service resumes when storage returns', async () => {
    storage.mode = 'down';
    await post(bot.url, message('resume', 'Jag har fått barn', { locale: 'sv-SE' }));
    storage.mode = 'ok';
    const { replies } = await post(
      bot.url,
      message('resume', 'Jag har fått barn', { locale: 'sv-SE' }),
    );
    expect(JSON.stringify(replies)).toContain('"identifier":"forsakringskassan"');
  });
});
