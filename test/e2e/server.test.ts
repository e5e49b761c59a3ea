import { postActivity, startTestServer } from '../helpers/guideHarness';
import { message } from '../helpers/productionServer';

type Replies = { activities: { type: string; text?: string; locale?: string }[] };

describe('the server over HTTP', () => {
  let server: Awaited<ReturnType<typeof startTestServer>>;
  beforeAll(async () => {
    server = await startTestServer();
  });
  afterAll(async () => {
    await server.close();
  });

  it('answers /healthz with 200 when ready and 503 when not', async () => {
    expect((await fetch(`${server.url}/healthz`)).status).toBe(200);
    server.setReady(false);
    expect((await fetch(`${server.url}/healthz`)).status).toBe(503);
    server.setReady(true);
  });

  it.each([
    ['Hej, jag behöver hjälp', 'sv-SE'],
    ['Hello, I need help', 'en-GB'],
    ['Привіт, мені потрібна допомога', 'uk-UA'],
  ])(
    'returns the replies to %j in the body with expectReplies, locale %s',
    async (text, locale) => {
      const { status, body } = await postActivity(server.url, message(`c-${locale}`, text));
      expect(status).toBe(200);
      const messages = (body as Replies).activities.filter((a) => a.type === 'message');
      expect(messages.length).toBeGreaterThan(0);
      for (const m of messages) expect(m.locale).toBe(locale);
      // Nothing of the person's own text comes back (no state traces).
      expect(JSON.stringify(body)).not.toContain(text);
    },
  );

  it('keeps the language across turns and switches on request', async () => {
    const id = 'c-switch';
    const turn = async (text: string) =>
      ((await postActivity(server.url, message(id, text))).body as Replies).activities[0];
    expect((await turn('Hej, jag behöver hjälp'))?.locale).toBe('sv-SE');
    expect((await turn('ok'))?.locale).toBe('sv-SE');
    expect(await turn('in English please')).toMatchObject({ locale: 'en-GB' });
    expect((await turn('412 63'))?.locale).toBe('en-GB');
  });

  it.each([
    ['invalid JSON', '{"type": "message", '],
    [
      'a missing type',
      JSON.stringify({ text: 'hej', conversation: { id: 'x' }, channelId: 'test' }),
    ],
    [
      'a missing conversation',
      JSON.stringify({
        type: 'message',
        text: 'hej',
        channelId: 'test',
        deliveryMode: 'expectReplies',
      }),
    ],
    ['an array', '[1,2,3]'],
    ['a non-string text', JSON.stringify(message('c-bad', 'x', { text: { evil: true } }))],
    [
      'no serviceUrl without expectReplies',
      JSON.stringify(message('c-bad', 'hej', { deliveryMode: undefined })),
    ],
  ])('refuses %s with a 4xx and stays healthy', async (_what, body) => {
    const { status } = await postActivity(server.url, body);
    expect(status).toBeGreaterThanOrEqual(400);
    expect(status).toBeLessThan(500);
    expect((await fetch(`${server.url}/healthz`)).status).toBe(200);
  });

  it('holds a full Swedish conversation: matter, offer, place, offices with entities', async () => {
    const id = 'c-full-sv';
    const turn = async (text: string) =>
      ((await postActivity(server.url, message(id, text, { locale: 'sv-SE' }))).body as Replies)
        .activities;
    const matter = await turn('Jag har fått barn');
    expect(JSON.stringify(matter)).toContain('"identifier":"forsakringskassan"');
    expect(matter[0]?.locale).toBe('sv-SE');
    expect((await turn('ja'))[0]?.text).toMatch(/Var befinner du dig/);
    const offices = await turn('Gamlestaden');
    expect(offices[0]?.text).toMatch(/Servicekontor nära/);
    expect(JSON.stringify(offices)).toContain('"identifier":"gamlestaden"');
  });

  it('answers a Ukrainian all-at-once message in one turn', async () => {
    const { body } = await postActivity(
      server.url,
      message('c-full-uk', 'Я живу в Кіруні, мені потрібна допомога з батьківською допомогою'),
    );
    const activities = (body as Replies).activities;
    for (const a of activities) expect(a.locale).toBe('uk-UA');
    const json = JSON.stringify(activities);
    expect(json).toContain('"identifier":"forsakringskassan"');
    expect(json).toContain('"identifier":"kiruna"');
  });

  it('refuses a body over the size limit with 413', async () => {
    const { status } = await postActivity(server.url, message('c-big', 'x'.repeat(300 * 1024)));
    expect(status).toBe(413);
    expect((await fetch(`${server.url}/healthz`)).status).toBe(200);
  });
});
