/** The widget on a phone, by keyboard and by screen reader (issue 19), in a real headless Chromium. */
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import type { Lang } from '../../src/languages';
import { localesDir, projectRoot } from '../../src/paths';
import { startTestServer } from '../helpers/guideHarness';
import {
  SEL,
  launchBrowser,
  openWidget,
  pageErrors,
  runAxe,
  screenshot,
  send,
  waitForMessage,
  type TestBrowser,
} from './browserHarness';

jest.setTimeout(180_000);

const PHONE = { width: 375, height: 740 };

function localeText(lang: Lang, file: string, key: string): string {
  const all = JSON.parse(readFileSync(join(localesDir, lang, file), 'utf8')) as Record<
    string,
    string
  >;
  const text = all[key];
  if (text === undefined) throw new Error(`${lang}: no ${key} in ${file}`);
  return text;
}
const botText = (lang: Lang, key: string) => localeText(lang, 'translation.json', key);
const webText = (lang: Lang, key: string) => localeText(lang, 'web.json', key);

let server: Awaited<ReturnType<typeof startTestServer>>;
let browser: TestBrowser;

beforeAll(async () => {
  server = await startTestServer();
  browser = await launchBrowser({ locale: 'sv-SE', viewport: PHONE });
});

afterAll(async () => {
  await browser.close();
  await server.close();
});

afterEach(async () => {
  await browser.context.clearPermissions();
  for (const page of browser.context.pages()) {
    expect(pageErrors(page)).toEqual([]);
    await page.close();
  }
});

/** Asks for the offices near Gamlestaden and waits for the card. */
async function officeAnswer(page: Page, find: string): Promise<void> {
  await send(page, find);
  await page.locator(SEL.activity).nth(2).waitFor({ timeout: 30_000 });
  await send(page, 'Gamlestaden');
  await page.locator(SEL.card).last().waitFor({ timeout: 30_000 });
  await page.locator('.activity-time').last().waitFor();
}

/** Height of a box on the page, in CSS pixels. */
async function heightOf(page: Page, selector: string): Promise<number> {
  return page.evaluate<number>(
    `document.querySelector('${selector}').getBoundingClientRect().height`,
  );
}

/**
 * Whether the focused element's outline is drawn and lies inside every box that clips it
 * (an ancestor with overflow other than visible), so none of it is cut off.
 */
async function focusOutlineVisible(page: Page): Promise<{ drawn: boolean; clipped: string[] }> {
  return page.evaluate<{ drawn: boolean; clipped: string[] }>(`(() => {
    let el = document.activeElement;
    // The send box shows its focus on the box around the text area.
    while (el && getComputedStyle(el).outlineStyle === 'none' && el !== document.body) el = el.parentElement;
    const style = getComputedStyle(el);
    const width = parseFloat(style.outlineWidth);
    const drawn = style.outlineStyle !== 'none' && width >= 2;
    const reach = width + parseFloat(style.outlineOffset);
    const r = el.getBoundingClientRect();
    const outer = { left: r.left - Math.max(reach, 0), right: r.right + Math.max(reach, 0), top: r.top - Math.max(reach, 0), bottom: r.bottom + Math.max(reach, 0) };
    const clipped = [];
    for (let p = el.parentElement; p; p = p.parentElement) {
      const s = getComputedStyle(p);
      if (s.overflowX === 'visible' && s.overflowY === 'visible') continue;
      const b = p.getBoundingClientRect();
      if (outer.left < b.left - 0.5 || outer.right > b.right + 0.5 || outer.top < b.top - 0.5 || outer.bottom > b.bottom + 0.5) clipped.push(p.className || p.tagName);
    }
    return { drawn, clipped };
  })()`);
}

test('1. card buttons and the send box show their focus, not clipped', async () => {
  const page = await openWidget(browser.context, `${server.url}/?lang=sv`);
  await officeAnswer(page, 'Var ligger närmaste servicekontor?');
  // A card button: directions, or a map of the area where the office's own point is not known.
  const cardButton = page.locator(`${SEL.card} button`).first();
  const label = await cardButton.innerText();
  await cardButton.focus();
  await page.keyboard.press('Shift+Tab');
  await page.keyboard.press('Tab');
  expect(await page.evaluate<string>('document.activeElement.textContent')).toBe(label);
  // In view (the transcript scrolls; what it scrolls away is not what this is about). Web Chat
  // keeps the transcript stuck to its bottom with an animated scroll, which on a loaded machine can
  // still run after the last reply is drawn and carry the button back out of view: bring it into
  // view again until the scrolling has settled, for at most five seconds.
  let seen = await focusOutlineVisible(page);
  for (let i = 0; i < 25 && seen.clipped.length > 0; i += 1) {
    await page.evaluate("document.activeElement.scrollIntoView({ block: 'center' })");
    await page.waitForTimeout(200);
    seen = await focusOutlineVisible(page);
  }
  expect(seen).toEqual({ drawn: true, clipped: [] });

  await page.locator(SEL.sendBox).focus();
  expect(await focusOutlineVisible(page)).toEqual({ drawn: true, clipped: [] });
});

test('2. the page follows a language switch made in the chat, by writing or by a button', async () => {
  const page = await openWidget(browser.context, `${server.url}/?lang=sv`);
  expect(await page.getAttribute('html', 'lang')).toBe('sv');

  // The welcome's "English" button: the bot switches, and the page with it.
  await page.locator('.webchat__suggested-action', { hasText: 'English' }).first().click();
  await page.waitForSelector('html[lang="en"]', { timeout: 30_000 });
  expect(await page.textContent('h1')).toBe(webText('en', 'page.title'));
  expect(await page.getAttribute(SEL.language('en'), 'aria-pressed')).toBe('true');

  // Writing "in Ukrainian please": the page follows again.
  await send(page, 'по-українськи будь ласка');
  await page.waitForSelector('html[lang="uk"]', { timeout: 30_000 });
  expect(await page.textContent('h1')).toBe(webText('uk', 'page.title'));
  expect(await page.getAttribute(SEL.language('uk'), 'aria-pressed')).toBe('true');
  expect(await page.getAttribute(SEL.sendBox, 'placeholder')).toMatch(/[а-яіїєґ]/i);
  // The person's Ukrainian message is marked Ukrainian, though the page was English when it was sent.
  const own = page.locator(SEL.activity, { hasText: 'по-українськи' }).locator('[lang]').first();
  await expect(own.getAttribute('lang')).resolves.toBe('uk-UA');
});

test('3 and 4. a phone shows one office list per answer, and the conversation keeps half the screen (sv, uk)', async () => {
  mkdirSync(join(projectRoot, 'test-artifacts'), { recursive: true });
  for (const [lang, find] of [
    ['sv', 'Var ligger närmaste servicekontor?'],
    ['uk', 'Де найближчий сервісний офіс?'],
  ] as const) {
    const page = await openWidget(browser.context, `${server.url}/?lang=${lang}`);
    await officeAnswer(page, find);
    const answer = page
      .locator(SEL.activity)
      .filter({ has: page.locator(SEL.card) })
      .last();
    // The offices once, in the card; the message's own text is one line without them or raw map links.
    expect(await answer.locator(SEL.card).count()).toBe(1);
    await expect(answer.locator(SEL.card).innerText()).resolves.toContain('Backaplan');
    const text = await answer.locator('[aria-roledescription="message"]').innerText();
    expect(text).not.toContain('Backaplan');
    expect(text).not.toMatch(/openstreetmap/);
    const conversation = await heightOf(page, '.webchat__basic-transcript');
    expect(conversation / PHONE.height).toBeGreaterThanOrEqual(0.5);
    // Nothing scrolls sideways.
    expect(await page.evaluate<number>('document.documentElement.scrollWidth')).toBeLessThanOrEqual(
      PHONE.width,
    );
    const path = await screenshot(page, `phone-${lang}-office-answer`);
    expect(path).toMatch(/\.png$/);
    const report = await runAxe(page, `phone-${lang}`);
    expect(report.violations).toEqual([]);
    await page.close();
  }
  // Reflow: at 320 px wide nothing scrolls sideways either.
  const narrow = await openWidget(browser.context, `${server.url}/?lang=uk`);
  await narrow.setViewportSize({ width: 320, height: 640 });
  expect(await narrow.evaluate<number>('document.documentElement.scrollWidth')).toBeLessThanOrEqual(
    320,
  );
});

test('5. a picker switch in the middle of a yes/no asks again, with its buttons', async () => {
  const page = await openWidget(browser.context, `${server.url}/?lang=en`);
  await send(page, 'I need to renew my residence permit');
  await page
    .locator('.webchat__suggested-action', { hasText: botText('en', 'actions.yes') })
    .first()
    .waitFor({ timeout: 30_000 });
  await page.click(SEL.language('sv'));
  await waitForMessage(page, botText('sv', 'language.changed').slice(0, 20));
  await page
    .locator('.webchat__suggested-action', { hasText: botText('sv', 'actions.yes') })
    .first()
    .waitFor({ timeout: 30_000 });
  expect(
    await page
      .locator('.webchat__suggested-action', { hasText: botText('sv', 'actions.no') })
      .count(),
  ).toBeGreaterThan(0);
  // The picker's message is not shown as an empty bubble of the person's.
  expect(await page.locator(`${SEL.activity}:has(.webchat__bubble--from-user)`).count()).toBe(1);
});

test('6 and 7. live announcements carry the message language, the prefix the page language, and a shared location has words', async () => {
  await browser.context.grantPermissions(['geolocation'], { origin: server.url });
  await browser.context.setGeolocation({ latitude: 57.7089, longitude: 11.9746 });
  const page = await openWidget(browser.context, `${server.url}/?lang=uk`);
  await page.click(SEL.shareLocation);
  await page.locator(SEL.card).last().waitFor({ timeout: 30_000 });
  const said = page.locator('.webchat__live-region-activity');
  await said
    .filter({ hasText: webText('uk', 'location.message') })
    .first()
    .waitFor();
  const announced = await page.evaluate<{ prefix: string; content: string | null }[]>(
    `Array.from(document.querySelectorAll('.webchat__live-region-activity')).map((a) => ({
      prefix: a.children[0].closest('[lang]').getAttribute('lang'),
      content: a.children[1] ? a.children[1].getAttribute('lang') : null,
    }))`,
  );
  expect(announced.length).toBeGreaterThanOrEqual(2);
  expect(announced).toEqual(announced.map(() => ({ prefix: 'uk', content: 'uk-UA' })));
  // The person's shared location is read as words, not as an empty "You said:".
  const own = await said
    .filter({ hasText: webText('uk', 'location.message') })
    .first()
    .innerText();
  expect(own.replace(/\s+/g, ' ')).toMatch(webText('uk', 'location.message'));
  // In the transcript, the message content carries its language and the prefix the page's.
  const bubble = page.locator(`${SEL.activity} .webchat__bubble__content`).last();
  await expect(bubble.getAttribute('lang')).resolves.toBe('uk-UA');
  expect(
    await page.evaluate<string | null>(
      `document.querySelector('${SEL.activity} [aria-roledescription="message"] > div').closest('[lang]').getAttribute('lang')`,
    ),
  ).toBe('uk');
});

test('8. without a connection: what happened, the phone number and a retry; no location sharing', async () => {
  const tokenUrl = '**/v3/directline/tokens/generate';
  await browser.context.route(tokenUrl, (route) => route.abort());
  const page = await browser.context.newPage();
  await page.goto(`${server.url}/?lang=sv`);
  await page.waitForSelector('body[data-chat-state="error"]');
  const panel = page.locator('#chat-error');
  await expect(panel.isVisible()).resolves.toBe(true);
  await expect(panel.innerText()).resolves.toContain(webText('sv', 'chat.connectionError'));
  await expect(panel.locator('a[href^="tel:+46"]').innerText()).resolves.toMatch(/^0\d/);
  expect(await page.isDisabled(SEL.shareLocation)).toBe(true);
  await page.screenshot({ path: join(projectRoot, 'test-artifacts', 'phone-sv-error.png') });

  await browser.context.unroute(tokenUrl);
  await page.click('#chat-retry');
  await page.waitForSelector(SEL.connected, { timeout: 60_000 });
  await page.locator(SEL.activity).first().waitFor({ timeout: 60_000 });
  await expect(panel.isVisible()).resolves.toBe(false);
  expect(await page.isDisabled(SEL.shareLocation)).toBe(false);
});

test('9. phone numbers are tel: links, and times are on the 24-hour clock', async () => {
  const page = await openWidget(browser.context, `${server.url}/?lang=sv`);
  // A short number is a link only where the message's entity names it (1177 here, not in 1177.se).
  await send(page, 'Jag behöver träffa en läkare');
  await page.locator('.webchat-root a[href="tel:1177"]').first().waitFor({ timeout: 30_000 });
  // The Tax Agency last: after the region, which no service office serves, an office question is
  // answered with that (c67720a), so the offices are asked for about a matter they handle.
  await send(page, 'Jag har fått ett brev från Skatteverket');
  await page.locator('.webchat-root a[href^="tel:+46771"]').first().waitFor({ timeout: 30_000 });
  await officeAnswer(page, 'Var ligger närmaste servicekontor?');
  const times = await page.locator('.activity-time').allInnerTexts();
  expect(times.length).toBeGreaterThan(0);
  for (const time of times) expect(time).toMatch(/^\d\d:\d\d$/);
});

test('10. a held poll answers as soon as there is news (local Direct Line long polling)', async () => {
  const base = `${server.url}/v3/directline`;
  const issued = (await (await fetch(`${base}/tokens/generate`, { method: 'POST' })).json()) as {
    token: string;
    conversationId: string;
  };
  const auth = { authorization: `Bearer ${issued.token}`, 'content-type': 'application/json' };
  await fetch(`${base}/conversations`, { method: 'POST', headers: auth, body: '{}' });
  const url = `${base}/conversations/${issued.conversationId}/activities`;
  const first = (await (await fetch(`${url}?watermark=`, { headers: auth })).json()) as {
    watermark: string;
  };
  // Nothing new yet: this poll waits.
  const held = fetch(`${url}?watermark=${first.watermark}`, { headers: auth }).then(
    (r) => r.json() as Promise<{ activities: { text?: string }[]; watermark: string }>,
  );
  await fetch(url, {
    method: 'POST',
    headers: auth,
    body: JSON.stringify({ type: 'message', text: 'Jag har fått barn', from: { id: 'x' } }),
  });
  const news = await held;
  expect(news.activities.map((a) => a.text)).toContain('Jag har fått barn');
  expect(Number(news.watermark)).toBeGreaterThan(Number(first.watermark));
});
