import { Browser, BrowserContext, chromium, Page } from 'playwright-core';
import type { TestUser } from './context';

const FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: FLAGS,
    headless: true,
  });
}

/** A phone-sized page (360 px wide, the width members use most). */
export async function newPhonePage(browser: Browser): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ viewport: { width: 360, height: 740 }, hasTouch: true, isMobile: true });
  const page = await context.newPage();
  return { context, page };
}

/** Every request the page makes to another origin (its own http and ws origin are fine). */
export function recordForeignRequests(page: Page, origin: string): string[] {
  const foreign: string[] = [];
  page.on('request', (request) => {
    const url = request.url();
    if (!url.startsWith(origin) && !url.startsWith('data:') && !url.startsWith(origin.replace('http', 'ws'))) {
      foreign.push(url);
    }
  });
  return foreign;
}

/** Signs in through the form and waits for the home page. */
export async function signIn(page: Page, base: string, user: TestUser): Promise<void> {
  await page.goto(`${base}/login`);
  await page.getByLabel('Email', { exact: true }).fill(user.email);
  await page.getByLabel('Password', { exact: true }).fill(user.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByRole('heading', { name: /^Hi, / }).waitFor();
}

/** Opens `path` signed in as `user` (the tokens a sign-in would have stored). */
export async function openAs(page: Page, base: string, user: TestUser, path: string): Promise<void> {
  await page.goto(`${base}/status`);
  await page.evaluate(
    `localStorage.setItem('hearth.accessToken', ${JSON.stringify(user.accessToken)});
     localStorage.setItem('hearth.refreshToken', ${JSON.stringify(user.refreshToken)});`,
  );
  await page.goto(`${base}${path}`);
}

/**
 * On a phone the header's menu (main pages, Notifications, Sign out, staff pages
 * and the on-duty switch) folds behind the Menu button: opens it if it is folded.
 * On a wide screen the menu is always shown and this does nothing.
 */
export async function openMenu(page: Page): Promise<void> {
  const button = page.getByRole('button', { name: /^Menu/ });
  await page.locator('.shell-header').waitFor();
  if ((await button.isVisible()) && (await button.getAttribute('aria-expanded')) === 'false') {
    await button.click();
    await page.locator('#site-menu.is-open').waitFor();
  }
}
