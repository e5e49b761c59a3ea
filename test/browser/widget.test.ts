/** The website widget in a real headless Chromium: languages, the office card, sharing or refusing the location, keyboard use and axe. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import type { Lang } from '../../src/languages';
import { localesDir } from '../../src/paths';
import { startTestServer } from '../helpers/guideHarness';
import {
  SEL,
  launchBrowser,
  openWidget,
  pageErrors,
  runAxe,
  screenshot,
  send,
  seriousViolations,
  transcript,
  waitForMessage,
  type TestBrowser,
} from './browserHarness';

jest.setTimeout(180_000);

/** A bot text in a language, as locales/<lang>/translation.json has it (without placeholders). */
function botText(lang: Lang, key: string): string {
  const all = JSON.parse(
    readFileSync(join(localesDir, lang, 'translation.json'), 'utf8'),
  ) as Record<string, string>;
  const text = all[key];
  if (text === undefined) throw new Error(`${lang}: no ${key}`);
  return text;
}

/** A page text in a language, from locales/<lang>/web.json. */
function webText(lang: Lang, key: string): string {
  const all = JSON.parse(readFileSync(join(localesDir, lang, 'web.json'), 'utf8')) as Record<
    string,
    string
  >;
  const text = all[key];
  if (text === undefined) throw new Error(`${lang}: no ${key} in web.json`);
  return text;
}

/** The `lang` attribute Web Chat's messages carry (set by the page), in transcript order. */
async function messageLangs(page: Page): Promise<string[]> {
  return page.evaluate<string[]>(
    `Array.from(document.querySelectorAll('${SEL.activity}')).map((a) => a.querySelector('[lang]') ? a.querySelector('[lang]').getAttribute('lang') : '')`,
  );
}

let server: Awaited<ReturnType<typeof startTestServer>>;
let browser: TestBrowser;

beforeAll(async () => {
  server = await startTestServer();
  browser = await launchBrowser({ locale: 'sv-SE' });
});

afterAll(async () => {
  await browser.close();
  await server.close();
});

afterEach(async () => {
  await browser.context.clearPermissions();
  for (const page of browser.context.pages()) {
    // No script error and no Content-Security-Policy refusal on any page.
    expect(pageErrors(page)).toEqual([]);
    await page.close();
  }
});

test('opens the page, switches to Ukrainian, asks for an office near a place and finds the card', async () => {
  const page = await openWidget(browser.context, `${server.url}/`);
  // The browser speaks Swedish: the page, Web Chat and the welcome are Swedish.
  expect(await page.getAttribute('html', 'lang')).toBe('sv');
  await waitForMessage(page, botText('sv', 'welcome.text').slice(0, 40));
  expect(await page.getAttribute(SEL.language('sv'), 'aria-pressed')).toBe('true');

  await page.click(SEL.language('uk'));
  await waitForMessage(page, botText('uk', 'language.changed').slice(0, 20));
  expect(await page.getAttribute('html', 'lang')).toBe('uk');
  expect(await page.getAttribute(SEL.language('uk'), 'aria-pressed')).toBe('true');
  expect(await page.getAttribute(SEL.language('sv'), 'aria-pressed')).toBe('false');
  expect(await page.textContent('h1')).toBe(webText('uk', 'page.title'));
  // Web Chat's own texts follow: its send box speaks Ukrainian now.
  expect(await page.getAttribute(SEL.sendBox, 'placeholder')).toMatch(/[а-яіїєґ]/i);

  await send(page, 'Де найближчий сервісний офіс у Гетеборзі?');
  const card = page.locator(SEL.card).last();
  await card.waitFor({ timeout: 30_000 });
  await expect(card.innerText()).resolves.toContain('Göteborg');
  // The card has a directions button; the text fallback says the same in Ukrainian.
  expect(await card.locator('button, a').count()).toBeGreaterThan(0);
  const texts = await transcript(page);
  expect(texts.some((t) => t.includes('Göteborg') && /офіс/.test(t))).toBe(true);
  // Every bot message is marked with its language.
  const langs = await messageLangs(page);
  expect(langs[0]).toBe('sv-SE');
  expect(langs[langs.length - 1]).toBe('uk-UA');
  await card.scrollIntoViewIfNeeded();
  await screenshot(page, 'widget-uk-office-card');
  // With the card on screen as well.
  expect(seriousViolations(await runAxe(page, 'card-uk'))).toEqual([]);
});

test('refuses to share the location and still gets an answer (English, phone-sized screen)', async () => {
  const page = await openWidget(browser.context, `${server.url}/?lang=en`);
  await page.setViewportSize({ width: 390, height: 844 });
  await waitForMessage(page, botText('en', 'welcome.text').slice(0, 40));
  // No permission was granted: the browser refuses the position.
  await page.click(SEL.shareLocation);
  await page.locator(SEL.status, { hasText: webText('en', 'location.denied') }).waitFor();
  await waitForMessage(page, botText('en', 'locationDenied.text'));

  await send(page, 'Kista');
  await page.locator(SEL.card).last().waitFor({ timeout: 30_000 });
  const texts = await transcript(page);
  expect(texts.some((t) => t.includes('Kista'))).toBe(true);
  await screenshot(page, 'widget-en-location-refused');
});

test('shares the location (Göteborg) and gets the nearest offices in Swedish', async () => {
  await browser.context.grantPermissions(['geolocation'], { origin: server.url });
  await browser.context.setGeolocation({ latitude: 57.7089, longitude: 11.9746 });
  const page = await openWidget(browser.context, `${server.url}/?lang=sv`);
  await waitForMessage(page, botText('sv', 'welcome.text').slice(0, 40));
  await page.click(SEL.shareLocation);
  await page.locator(SEL.status, { hasText: webText('sv', 'location.sent') }).waitFor();
  // The person's own message shows words, not an empty bubble.
  await waitForMessage(page, webText('sv', 'location.message'));
  const card = page.locator(SEL.card).last();
  await card.waitFor({ timeout: 30_000 });
  await expect(card.innerText()).resolves.toContain('Göteborg');
  await card.scrollIntoViewIfNeeded();
  await screenshot(page, 'widget-sv-location-shared');
});

test('works by keyboard alone, announces messages, marks languages, and passes axe', async () => {
  const page = await openWidget(browser.context, `${server.url}/?lang=sv`);
  await waitForMessage(page, botText('sv', 'welcome.text').slice(0, 40));
  await page.evaluate('document.activeElement && document.activeElement.blur()');

  // The first Tab reaches the skip link; the next ones the language buttons, visibly focused.
  await page.keyboard.press('Tab');
  expect(await page.evaluate('document.activeElement.className')).toBe('skip-link');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  expect(await page.evaluate('document.activeElement.getAttribute("data-lang")')).toBe('en');
  expect(await page.evaluate('getComputedStyle(document.activeElement).outlineStyle')).toBe(
    'solid',
  );
  await page.keyboard.press('Enter');
  await waitForMessage(page, botText('en', 'language.changed').slice(0, 20));
  expect(await page.getAttribute(SEL.language('en'), 'aria-pressed')).toBe('true');

  // Tab on to the send box, type and send without a mouse.
  let reached = false;
  for (let i = 0; i < 40 && !reached; i++) {
    await page.keyboard.press('Tab');
    reached = await page.evaluate<boolean>(
      `document.activeElement !== null && document.activeElement.matches('${SEL.sendBox}')`,
    );
  }
  expect(reached).toBe(true);
  await page.keyboard.type('I lost my job');
  await page.keyboard.press('Enter');
  await waitForMessage(page, 'Arbetsförmedlingen');

  // Web Chat's live region announces new messages to screen readers.
  expect(await page.locator(SEL.liveRegion).count()).toBeGreaterThan(0);
  expect(await page.getAttribute(SEL.liveRegion, 'aria-live')).toBe('polite');
  const langs = await messageLangs(page);
  expect(langs).toContain('en-GB');
  expect(langs.every((l) => /^(sv-SE|en-GB|en-US|uk-UA)$/.test(l))).toBe(true);

  const report = await runAxe(page, 'keyboard-en');
  await screenshot(page, 'widget-en-keyboard');
  expect(seriousViolations(report)).toEqual([]);
});
