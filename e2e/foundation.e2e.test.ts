import AxeBuilder from '@axe-core/playwright';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumMissing, launchBrowser } from './support/browser';
import { startTestServer } from './support/server';

if (chromiumMissing) console.warn(chromiumMissing);

describe.skipIf(Boolean(chromiumMissing))('a visitor browses goals and cities', () => {
  let browser: Browser;
  let page: Page;
  let server: { url: string; stop: () => Promise<void> };
  const cspViolations: string[] = [];

  beforeAll(async () => {
    server = await startTestServer();
    browser = await launchBrowser();
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    page = await context.newPage();
    page.on('console', (msg) => {
      if (msg.type() === 'error' && /Content Security Policy|Refused to/i.test(msg.text()))
        cspViolations.push(msg.text());
    });
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  async function expectNoSeriousAxeViolations() {
    const results = await new AxeBuilder({ page }).analyze();
    const serious = results.violations.filter(
      (v) => v.impact === 'serious' || v.impact === 'critical',
    );
    expect(serious.map((v) => `${v.id}: ${v.help} (${v.nodes.length})`)).toEqual([]);
  }

  it('home shows the 17 goal tiles', async () => {
    await page.goto(server.url);
    const tiles = page.getByRole('link', { name: /^(Goal )?\d{1,2}\b/ });
    await expect.poll(() => tiles.count()).toBeGreaterThanOrEqual(17);
    await expectNoSeriousAxeViolations();
  });

  it('goal 11 lists its targets and indicators', async () => {
    await page
      .getByRole('link', { name: /\b11\b.*(cities|communities)/i })
      .first()
      .click();
    await page.waitForURL(/\/goals\/11$/);
    await expect.poll(() => page.getByText('11.6.1').count()).toBeGreaterThan(0);
    await expect.poll(() => page.getByText(/^11\.6$/).count()).toBeGreaterThan(0);
    await expectNoSeriousAxeViolations();
  });

  it('the cities page shows a map and a searchable list', async () => {
    await page
      .getByRole('link', { name: /^cities$/i })
      .first()
      .click();
    await page.waitForURL(/\/cities/);
    await page.locator('.leaflet-container').waitFor();
    await expect.poll(() => page.locator('path.leaflet-interactive').count()).toBeGreaterThan(100);
    await page
      .getByRole('searchbox', { name: /search cities/i })
      .or(page.getByLabel(/search cities/i))
      .first()
      .fill('Phnom');
    await page
      .getByRole('link', { name: /Phnom Penh/ })
      .first()
      .waitFor();
    // The filtered page has replaced the first one (the list is busy while it loads).
    await expect
      .poll(() => page.getByRole('list', { name: 'City list' }).getAttribute('aria-busy'))
      .toBe('false');
    await expectNoSeriousAxeViolations();
  });

  it('a city page shows the city', async () => {
    await page
      .getByRole('link', { name: /Phnom Penh/ })
      .first()
      .click();
    await page.waitForURL(/\/cities\/phnom-penh$/);
    await page.getByRole('heading', { name: /Phnom Penh/, level: 1 }).waitFor();
    await expectNoSeriousAxeViolations();
  });

  it('the web app runs under the Content-Security-Policy without violations', () => {
    expect(cspViolations).toEqual([]);
  });
});
