import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumMissing, launchBrowser } from './support/browser';
import {
  demoAccounts,
  expectNoSeriousAxeViolations,
  openPage,
  signIn,
  signOut,
} from './support/journey';
import { startTestServer } from './support/server';

if (chromiumMissing) console.warn(chromiumMissing);

/** The year the grid offers first: the one before this one. */
const year = new Date().getFullYear() - 1;

describe.skipIf(Boolean(chromiumMissing))('indicator data journeys', () => {
  let browser: Browser;
  let server: { url: string; stop: () => Promise<void> };
  const cspViolations: string[][] = [];

  beforeAll(async () => {
    server = await startTestServer({ demo: true, indicatorData: true });
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  async function newPage(): Promise<Page> {
    const opened = await openPage(browser);
    cspViolations.push(opened.cspViolations);
    return opened.page;
  }

  describe('a city editor enters a year of values, the focal point approves them, the public sees them', () => {
    let page: Page;
    beforeAll(async () => {
      page = await newPage();
    });

    it('the city editor signs in; the demo banner shows', async () => {
      await page.goto(`${server.url}/sign-in`);
      await page
        .getByText(/demo mode/i)
        .first()
        .waitFor();
      await expectNoSeriousAxeViolations(page);
      await signIn(page, server.url, demoAccounts.cityEditor);
      await page.getByRole('link', { name: /Demo City Editor/ }).waitFor();
    });

    it('finds the series and types the values of one year with the keyboard', async () => {
      await page.goto(`${server.url}/cities/phnom-penh/data`);
      await page.getByLabel('Find a series').fill('access to electricity');
      await page.getByRole('button', { name: /EG_ELC_ACCS/ }).click();
      await page.waitForURL(/series=EG_ELC_ACCS/);
      await page.getByRole('button', { name: 'Add location: rural' }).click();
      await page.getByRole('button', { name: 'Add location: urban' }).click();

      await page.getByRole('textbox', { name: `Value ${year} All (headline)` }).click();
      await page.keyboard.type('92.5');
      await page.keyboard.press('Enter');
      await page.keyboard.type('71,25');
      await page.getByText(/Enter a number such as 12\.5/).waitFor();
      await expectNoSeriousAxeViolations(page);
      await page.keyboard.press('Escape');
      await page.keyboard.type('71.25');
      await page.keyboard.press('ArrowRight');
      await page.keyboard.press('Space');
      await page.keyboard.press('ArrowLeft');
      await page.keyboard.press('Enter');
      await page.keyboard.type('98.4');

      const rural = page.getByRole('textbox', { name: `Value ${year} location: rural` });
      await expect.poll(() => rural.inputValue()).toBe('71.25');
      const estimated = page.getByRole('checkbox', { name: `Estimated ${year} location: rural` });
      await expect.poll(() => estimated.isChecked()).toBe(true);
      await expect
        .poll(() =>
          page.getByRole('textbox', { name: `Value ${year} location: urban` }).inputValue(),
        )
        .toBe('98.4');
    });

    it('saves them with a reason and submits them for review', async () => {
      await page.getByLabel(/Reason for the change/).fill('Electricity utility annual report');
      await page.getByRole('button', { name: 'Save 3 values' }).click();
      await page.getByText(/Saved: 3 added/).waitFor();
      await page.getByRole('button', { name: 'Select all 3 drafts' }).click();
      await page.getByRole('button', { name: 'Submit 3 values' }).click();
      await page.getByText('3 values submitted for review.').waitFor();
      await expect.poll(() => page.getByText('Submitted', { exact: true }).count()).toBe(3);
      await expectNoSeriousAxeViolations(page);
    });

    it('shows every version of a value in the history panel', async () => {
      await page.getByRole('button', { name: `History of ${year}, All (headline)` }).click();
      const panel = page.getByRole('complementary', { name: /History of/ });
      await panel.getByText('Electricity utility annual report').waitFor();
      await expect.poll(() => panel.getByRole('listitem').count()).toBe(2);
      await page.keyboard.press('Escape');
      await expect.poll(() => panel.count()).toBe(0);
    });

    it('the focal point approves them in the review queue', async () => {
      await signOut(page);
      await signIn(page, server.url, demoAccounts.focalPoint);
      await page.getByRole('link', { name: 'Review', exact: true }).click();
      await page.getByRole('heading', { name: 'Review queue', level: 1 }).waitFor();
      await page.getByRole('heading', { name: 'Phnom Penh' }).waitFor();
      await expectNoSeriousAxeViolations(page);
      await page.getByRole('checkbox', { name: /Select every value of .*electricity/ }).check();
      await page.getByRole('button', { name: 'Approve 3 values' }).click();
      await page.getByText('3 values approved: they are now public.').waitFor();
      await page.getByText('Nothing to review').waitFor();
    });

    it('after signing out, the public city page shows the values and the chart', async () => {
      await signOut(page);
      await page.goto(`${server.url}/cities/phnom-penh`);
      const card = page.getByRole('article', { name: /access to electricity/ });
      await card.getByText('92.5%').waitFor();
      await card.getByText(`in ${year}`).waitFor();
      await card.locator('.series-chart canvas').first().waitFor();
      await expect
        .poll(() => card.getByRole('img').getAttribute('aria-label'))
        .toMatch(/Chart of .*electricity/);
      await expectNoSeriousAxeViolations(page);

      await page.getByRole('button', { name: 'Tables' }).click();
      const table = page.getByRole('table', { name: /access to electricity/ });
      const rural = table.getByRole('row', { name: new RegExp(`${year} location: rural`) });
      await rural.getByText('71.25').waitFor();
      await rural.getByText('Estimated').waitFor();
      await page.getByRole('link', { name: 'Excel' }).waitFor();
      await expectNoSeriousAxeViolations(page);
    });
  });

  describe('an import with a bad row is refused, then the fixed file goes in', () => {
    let page: Page;
    const csv = (value: string) =>
      Buffer.from(
        `series,year,value,footnote\nEN_WWT_WWDS,2022,45.5,\nEN_WWT_WWDS,2023,${value},Survey\n`,
      );
    const working = async () => {
      const response = await page.request.get(
        `${server.url}/api/v1/cities/phnom-penh/observations?view=working&series=EN_WWT_WWDS`,
      );
      return ((await response.json()) as { items: { year: number; status: string }[] }).items;
    };

    beforeAll(async () => {
      page = await newPage();
      await signIn(page, server.url, demoAccounts.cityEditor);
    });

    it('the preview names the row and column of the bad value, and nothing is written', async () => {
      await page.goto(`${server.url}/cities/phnom-penh/import`);
      await page.getByRole('heading', { name: /Import values for Phnom Penh/ }).waitFor();
      await page.getByLabel('Files').setInputFiles({
        name: 'wastewater.csv',
        mimeType: 'text/csv',
        buffer: csv('47 5'),
      });
      await page.getByRole('button', { name: 'Check the file' }).click();
      await page.getByText(/Problems were found, so nothing was written/).waitFor();
      const problem = page
        .getByRole('table', { name: /1 problem/ })
        .getByRole('row')
        .nth(1);
      await expect
        .poll(() => problem.getByRole('cell').nth(0).textContent())
        .toBe('wastewater.csv');
      await expect.poll(() => problem.getByRole('rowheader').textContent()).toBe('3');
      await expect.poll(() => problem.getByRole('cell').nth(1).textContent()).toBe('value');
      await expect.poll(() => problem.locator('.visible-text').textContent()).toContain('47·');
      await expectNoSeriousAxeViolations(page);
      expect(await working()).toEqual([]);
      expect(await page.getByRole('button', { name: /^Import/ }).count()).toBe(0);
    });

    it('the fixed file previews clean, then imports', async () => {
      await page.getByRole('button', { name: 'Choose the fixed files' }).click();
      await page.getByLabel('Files').setInputFiles({
        name: 'wastewater.csv',
        mimeType: 'text/csv',
        buffer: csv('47.5'),
      });
      await page.getByRole('button', { name: 'Check the file' }).click();
      await page.getByText('No problems found. Confirm to import 2 values as drafts.').waitFor();
      expect(await working()).toEqual([]);
      await page.getByRole('button', { name: 'Import 2 values' }).click();
      await page.getByText('1 file imported. The values are drafts of the city.').waitFor();
      await expectNoSeriousAxeViolations(page);
      const values = await working();
      expect(values.map((v) => [v.year, v.status]).sort()).toEqual([
        [2022, 'draft'],
        [2023, 'draft'],
      ]);
    });
  });

  it('the pages ran under the Content-Security-Policy without violations', () => {
    expect(cspViolations.flat()).toEqual([]);
  });
});
