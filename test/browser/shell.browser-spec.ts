import type { Browser } from 'playwright-core';
import { TestApp } from '../support/app';
import { launchBrowser, newPhonePage } from '../support/browser';

describe('client shell in Chromium', () => {
  let t: TestApp;
  let browser: Browser;
  beforeAll(async () => {
    t = await TestApp.start();
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await t?.close();
  });

  it('renders the shell with the crisis link on every page, and the status page shows the database up', async () => {
    const { context, page } = await newPhonePage(browser);
    await page.goto(`${t.baseUrl}/`);
    await page.getByRole('link', { name: 'Hearth home' }).waitFor();
    expect(await page.title()).toBe('Hearth');
    const crisis = page.getByRole('region', { name: 'Crisis help' });
    await expect(crisis.getByRole('link', { name: 'Call 988' }).getAttribute('href')).resolves.toBe('tel:988');
    await expect(crisis.getByRole('link', { name: 'Call 911' }).getAttribute('href')).resolves.toBe('tel:911');

    await page.getByRole('link', { name: 'Status' }).click();
    await page.getByTestId('status-db').waitFor();
    expect(await page.getByTestId('status-db').textContent()).toBe('Up');
    expect(await crisis.isVisible()).toBe(true);

    await crisis.getByRole('link', { name: 'Need help now?' }).click();
    await page.getByRole('heading', { name: 'Get help now' }).waitFor();
    expect(await page.getByRole('link', { name: 'Text HOME to 741741' }).getAttribute('href')).toBe(
      'sms:741741?&body=HOME',
    );
    await context.close();
  });
});
