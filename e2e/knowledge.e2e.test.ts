import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumMissing, launchBrowser } from './support/browser';
import { demoAccounts, expectNoSeriousAxeViolations, openPage, signIn } from './support/journey';
import { startTestServer } from './support/server';

if (chromiumMissing) console.warn(chromiumMissing);

/** "methane", from the middle of a sentence of the Khmer version of the Battambang demo case. */
const KHMER_WORD = 'មេតាន';
const KHMER_TITLE = 'ការធ្វើជីកំប៉ុស្តពីសំណល់ផ្សារដោយសហគមន៍នៅបាត់ដំបង (demo)';
const REPLICATION = 'Market-waste composting in Siem Reap, after Battambang (demo)';
/** What the editor adds to the first message the case page writes for them. */
const ADDED = ' We could visit in June with two people from the market office.';

/** Marks the document, so that a later check can tell whether the page was reloaded. */
async function markDocument(page: Page): Promise<void> {
  await page.evaluate(() => document.documentElement.setAttribute('data-journey', 'same'));
}
async function sameDocument(page: Page): Promise<boolean> {
  return page.evaluate(() => document.documentElement.getAttribute('data-journey') === 'same');
}

describe.skipIf(Boolean(chromiumMissing))(
  'a Cambodian city editor finds a proven practice in Khmer and where it was replicated',
  () => {
    let browser: Browser;
    let page: Page;
    let cspViolations: string[];
    let server: { url: string; stop: () => Promise<void> };
    let caseUrl = '';

    beforeAll(async () => {
      server = await startTestServer({ demo: true, demoProjects: true });
      browser = await launchBrowser();
      ({ page, cspViolations } = await openPage(browser));
      await signIn(page, server.url, demoAccounts.cityEditor);
    });
    afterAll(async () => {
      await browser?.close();
      await server?.stop();
    });

    it('switches the interface to Khmer and searches a word from the middle of a sentence', async () => {
      await page.getByLabel('Language', { exact: true }).selectOption('km');
      await page.locator('html[lang="km"]').waitFor();
      await markDocument(page);
      await page.locator('#header-search-q').fill(KHMER_WORD);
      await page.locator('#header-search-q').press('Enter');
      await page.waitForURL(/\/search\?/);
      expect(decodeURIComponent(new URL(page.url()).searchParams.get('q') ?? '')).toBe(KHMER_WORD);
      const hit = page.getByRole('link', { name: KHMER_TITLE });
      await hit.waitFor();
      await expect
        .poll(() => page.locator('.search-hit mark').first().textContent())
        .toBe(KHMER_WORD);
      await expectNoSeriousAxeViolations(page);
      expect(await sameDocument(page)).toBe(true);
    });

    it('opens the case in Khmer without reloading the page', async () => {
      await page.getByRole('link', { name: KHMER_TITLE }).click();
      await page.waitForURL(/\/cases\/[0-9a-f-]{36}$/);
      caseUrl = page.url();
      await page.getByRole('heading', { level: 1, name: KHMER_TITLE }).waitFor();
      expect(await sameDocument(page)).toBe(true);
      expect(await page.locator('h1').getAttribute('lang')).toBe('km');
      await expect
        .poll(() => page.locator('[aria-pressed="true"]').first().textContent())
        .toBe('ខ្មែរ');
      await page.getByText('ឧស្ម័នមេតាន', { exact: false }).first().waitFor();
      await expect.poll(() => page.locator('.case-language-note').count()).toBe(0);
      const back = new URL(
        (await page.locator('.back-link a').getAttribute('href')) ?? '',
        server.url,
      );
      expect(back.pathname).toBe('/search');
      expect(back.searchParams.get('q')).toBe(KHMER_WORD);
    });

    it('shows the results in numbers and where it was replicated, with actuals against targets', async () => {
      const results = page.locator('section[aria-labelledby="case-results"]');
      await expect.poll(() => results.getByRole('row').count()).toBe(3);
      await results.getByRole('cell', { name: /^1\D?020 t$/ }).waitFor();
      const replications = page.locator('section[aria-labelledby="case-replications"]');
      await replications.getByRole('link', { name: REPLICATION }).waitFor();
      await replications.getByRole('link', { name: 'Siem Reap', exact: true }).waitFor();
      const organic = replications.getByRole('row', { name: /Organic waste composted/ });
      await expect
        .poll(() => organic.getByRole('cell').allTextContents())
        .toEqual(['0 t', '2025', '400 t', '430 t']);
      await page.getByRole('link', { name: 'composting@battambang.example' }).waitFor();
      await expectNoSeriousAxeViolations(page);
    });

    it('says so when the case has no version in the interface language', async () => {
      await page
        .locator('select')
        .filter({ has: page.locator('option[value="lo"]') })
        .first()
        .selectOption('lo');
      await page.locator('html[lang="lo"]').waitFor();
      await page.locator('.case-language-note').waitFor();
      expect(await page.locator('h1').getAttribute('lang')).toBe('en');
      await page
        .getByRole('heading', {
          level: 1,
          name: 'Community composting of market waste in Battambang (demo)',
        })
        .waitFor();
      await page
        .locator('select')
        .filter({ has: page.locator('option[value="km"]') })
        .first()
        .selectOption('km');
      await page.getByRole('heading', { level: 1, name: KHMER_TITLE }).waitFor();
    });

    it('follows the link to the replicating project', async () => {
      await page
        .locator('section[aria-labelledby="case-replications"]')
        .getByRole('link', { name: REPLICATION })
        .click();
      await page.waitForURL(/\/projects\/[0-9a-f-]{36}$/);
      await page.getByRole('heading', { level: 1, name: REPLICATION }).waitFor();
      expect(await sameDocument(page)).toBe(true);
      await expectNoSeriousAxeViolations(page);
    });

    it('highlights a Thai word the server segmented in two as one word', async () => {
      await page.locator('#header-search-q').fill('ไฟป่า');
      await page.locator('#header-search-q').press('Enter');
      await page.waitForURL(/\/search\?/);
      await expect.poll(() => page.locator('.search-hit mark').allTextContents()).toEqual(['ไฟป่า']);
      expect(await sameDocument(page)).toBe(true);
    });

    it('asks Battambang, from its case, to mentor Phnom Penh and lands on the pairing', async () => {
      await page.goto(caseUrl);
      await page.getByRole('heading', { level: 1, name: KHMER_TITLE }).waitFor();
      const section = page.locator('section[aria-labelledby="case-mentor"]');
      const ask = section.getByRole('button', { name: /^ស្នើ .+ ឱ្យណែនាំ .+$/ });
      await expect.poll(() => ask.isEnabled()).toBe(true);
      await ask.click();
      expect(await ask.getAttribute('aria-expanded')).toBe('true');
      // The form opens on the kind, preset to what Battambang may be asked (not a frontrunner),
      // and says why it is an exchange rather than mentoring.
      await expect.poll(() => page.evaluate(() => document.activeElement?.tagName)).toBe('SELECT');
      expect(await section.locator('select').inputValue()).toBe('exchange');
      await section.getByText(/ទីក្រុងគំរូ/).waitFor();
      const message = section.locator('textarea');
      const first = await message.inputValue();
      expect(first).toContain(`«${KHMER_TITLE}»`);
      await expectNoSeriousAxeViolations(page);
      await message.focus();
      await page.keyboard.press('Control+End');
      await page.keyboard.type(ADDED);
      await section.locator('button[type="submit"]').click();
      await page.waitForURL(/\/pairings\/[0-9a-f-]{36}$/);
      await page.getByText(first + ADDED).waitFor();
      await page.getByRole('heading', { level: 1, name: /Battambang|បាត់ដំបង/ }).waitFor();
      await expectNoSeriousAxeViolations(page);
    });

    it('links to the open request from the case page instead of asking twice', async () => {
      const pairingUrl = page.url();
      await page.goto(caseUrl);
      const section = page.locator('section[aria-labelledby="case-mentor"]');
      await section.locator('.mentoring__current a').waitFor();
      expect(
        new URL(
          (await section.locator('.mentoring__current a').getAttribute('href')) ?? '',
          server.url,
        ).href,
      ).toBe(pairingUrl);
      expect(await section.getByRole('button').count()).toBe(0);
    });

    it('asks a visitor who is not signed in to sign in first', async () => {
      const visitor = await openPage(browser);
      await visitor.page.goto(caseUrl);
      await visitor.page
        .getByRole('link', { name: 'Sign in to ask this city to mentor yours' })
        .click();
      await visitor.page.waitForURL(/\/sign-in\?/);
      expect(new URL(visitor.page.url()).searchParams.get('redirect')).toContain('/cases/');
      expect(visitor.cspViolations).toEqual([]);
      await visitor.page.context().close();
    });

    it('runs under the Content-Security-Policy without violations', () => {
      expect(cspViolations).toEqual([]);
    });
  },
);
