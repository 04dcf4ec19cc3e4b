import type { Browser } from 'playwright-core';
import { TestApp } from '../support/app';
import { launchBrowser, newPhonePage, openMenu } from '../support/browser';

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

  it('renders the shell with Help on every page, and the status page shows the database up', async () => {
    const { context, page } = await newPhonePage(browser);
    await page.goto(`${t.baseUrl}/`);
    await page.getByRole('link', { name: 'Hearth home' }).waitFor();
    expect(await page.title()).toBe('Hearth');
    const helpButton = page.getByRole('button', { name: 'Help', exact: true });
    await helpButton.click();
    const crisis = page.getByRole('dialog', { name: 'Help now' }).getByRole('region', { name: 'Crisis help' });
    await expect(crisis.getByRole('link', { name: 'Call 988' }).getAttribute('href')).resolves.toBe('tel:988');
    await expect(crisis.getByRole('link', { name: 'Call 911' }).getAttribute('href')).resolves.toBe('tel:911');
    await crisis.getByRole('button', { name: 'Close' }).click();

    await openMenu(page);
    await page.getByRole('link', { name: 'Status' }).click();
    await page.getByTestId('status-db').waitFor();
    expect(await page.getByTestId('status-db').textContent()).toBe('Up');
    expect(await helpButton.isVisible()).toBe(true);

    await helpButton.click();
    await crisis.getByRole('link', { name: 'More about getting help' }).click();
    await page.getByRole('heading', { name: 'Get help now' }).waitFor();
    expect(await page.getByRole('link', { name: 'Text HOME to 741741' }).getAttribute('href')).toBe(
      'sms:741741?&body=HOME',
    );
    await context.close();
  });
});
