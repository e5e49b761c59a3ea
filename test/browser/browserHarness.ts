/** Browser test helpers: Debian's Chromium driven by playwright-core (never a downloaded browser), a fresh profile, screenshots. */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { projectRoot } from '../../src/paths';

/** Debian's Chromium, installed by scripts/setup-test-env.sh (npm test checks for it). */
export const CHROMIUM = '/usr/bin/chromium';

/** Where screenshots and the accessibility report go (git-ignored; CI keeps them as artifacts). */
export const ARTIFACTS = join(projectRoot, 'test-artifacts');

/**
 * The flags these machines need: Chromium runs as root without a sandbox and without network,
 * so everything that would phone home is off. Playwright adds `--headless` itself.
 */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** A running Chromium with one fresh profile, and how to end it. */
export interface TestBrowser {
  context: BrowserContext;
  close(): Promise<void>;
}

/** Starts Chromium headless with a new `--user-data-dir` (mkdtemp), removed again on close. */
export async function launchBrowser(
  options: { locale?: string; viewport?: { width: number; height: number } } = {},
): Promise<TestBrowser> {
  if (!existsSync(CHROMIUM)) {
    throw new Error(`${CHROMIUM} is missing: run "sudo bash scripts/setup-test-env.sh" once`);
  }
  const profile = mkdtempSync(join(tmpdir(), 'guide-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    chromiumSandbox: false,
    args: CHROMIUM_ARGS,
    locale: options.locale ?? 'sv-SE',
    viewport: options.viewport ?? { width: 1024, height: 900 },
    timezoneId: 'Europe/Stockholm',
  });
  return {
    context,
    close: async () => {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** Saves a screenshot of the page as test-artifacts/<name>.png and returns its path. */
export async function screenshot(page: Page, name: string): Promise<string> {
  mkdirSync(ARTIFACTS, { recursive: true });
  const path = join(ARTIFACTS, `${name}.png`);
  await page.screenshot({ path });
  return path;
}

/** Selectors of the widget page and of Web Chat's DOM that the tests rely on. */
export const SEL = {
  connected: 'body[data-chat-state="connected"]',
  activity: 'article.webchat__basic-transcript__activity',
  sendBox: '[data-id="webchat-sendbox-input"]',
  card: '.ac-adaptiveCard',
  status: '#status',
  shareLocation: '#share-location',
  language: (lang: string) => `button.language[data-lang="${lang}"]`,
  liveRegion: '.webchat__live-region-transcript[aria-live]',
} as const;

const errors = new WeakMap<Page, string[]>();

/** Console errors and uncaught exceptions of the page so far (CSP refusals show up here too). */
export function pageErrors(page: Page): string[] {
  return errors.get(page) ?? [];
}

/** Opens the widget and waits until Web Chat is connected and the welcome is shown. */
export async function openWidget(context: BrowserContext, url: string): Promise<Page> {
  const page = await context.newPage();
  const seen: string[] = [];
  errors.set(page, seen);
  page.on('console', (message) => {
    if (message.type() === 'error') seen.push(message.text());
  });
  page.on('pageerror', (error) => {
    seen.push(error.message);
  });
  await page.goto(url);
  await page.waitForSelector(SEL.connected, { timeout: 60_000 });
  await page.waitForSelector(SEL.activity, { timeout: 60_000 });
  return page;
}

/** The text of every message in the transcript, in order. */
export async function transcript(page: Page): Promise<string[]> {
  return page.locator(SEL.activity).allInnerTexts();
}

/** Types a message into Web Chat's send box and sends it with Enter, as a person would. */
export async function send(page: Page, text: string): Promise<void> {
  const box = page.locator(SEL.sendBox);
  await box.click();
  await box.fill(text);
  await page.keyboard.press('Enter');
}

/** A pattern for a bot text as Web Chat shows it: its Markdown turns straight quotes into curly ones. */
export function shownAs(text: string): RegExp {
  const escaped = text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(escaped.replace(/['’]/g, "['’]").replace(/["“”]/g, '["“”]'));
}

/** Waits until the transcript has a message whose text contains `text`. */
export async function waitForMessage(page: Page, text: string, timeout = 30_000): Promise<void> {
  await page
    .locator(SEL.activity, { hasText: shownAs(text) })
    .first()
    .waitFor({ timeout });
}

/** What a test keeps of an axe-core finding. */
export interface AxeFinding {
  id: string;
  impact: string | null;
  help: string;
  nodes: string[];
}

/** The result of an axe-core run: violations, and what axe could not decide by itself. */
export interface AxeReport {
  violations: AxeFinding[];
  incomplete: AxeFinding[];
  passes: number;
}

/**
 * Runs axe-core (from node_modules, evaluated in the page, so the page's CSP does not apply)
 * over the whole page and saves the report as test-artifacts/axe-<name>.json.
 */
export async function runAxe(page: Page, name: string): Promise<AxeReport> {
  await page.evaluate(readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8'));
  const report = await page.evaluate<AxeReport>(`(() => {
    const keep = (v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.map((n) => n.target.join(' ')) });
    return axe.run(document).then((r) => ({
      violations: r.violations.map(keep),
      incomplete: r.incomplete.map(keep),
      passes: r.passes.length,
    }));
  })()`);
  mkdirSync(ARTIFACTS, { recursive: true });
  writeFileSync(join(ARTIFACTS, `axe-${name}.json`), `${JSON.stringify(report, null, 2)}\n`);
  return report;
}

/** Violations axe rates serious or critical. */
export function seriousViolations(report: AxeReport): AxeFinding[] {
  return report.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
}
