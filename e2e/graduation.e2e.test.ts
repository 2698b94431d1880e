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

const REVIEWER = 'demo-reviewer@frontrunner.example';
const SECRETARIAT = 'demo-secretariat@frontrunner.example';
const CRITERIA = [
  'SDGs localised',
  'Data and baselines',
  'A model project with multi-dimensional benefits',
  'Capacity and awareness',
  'Reporting',
  'Sharing',
];

/** Chooses level `level` (0–3) in the radio group named `group`. */
async function chooseLevel(page: Page, group: string, level: number) {
  await page.getByRole('group', { name: group, exact: true }).getByRole('radio').nth(level).check();
}

describe.skipIf(Boolean(chromiumMissing))(
  'a city graduates, from self-assessment to decision',
  () => {
    let browser: Browser;
    let page: Page;
    let cspViolations: string[];
    let server: { url: string; stop: () => Promise<void> };
    let assessmentUrl = '';

    beforeAll(async () => {
      server = await startTestServer({ demo: true, demoCapacity: true });
      browser = await launchBrowser();
      ({ page, cspViolations } = await openPage(browser));
    });
    afterAll(async () => {
      await browser?.close();
      await server?.stop();
    });

    it('lets the city editor start a self-assessment from the readiness page', async () => {
      await signIn(page, server.url, demoAccounts.cityEditor);
      await page.goto(`${server.url}/cities/phnom-penh/readiness`);
      await page.getByRole('heading', { name: 'Assessments', level: 2 }).waitFor();
      await page.getByText('No assessment yet.').waitFor();
      await expectNoSeriousAxeViolations(page);
      await page.getByRole('button', { name: 'Start a self-assessment for Model city' }).click();
      await page.waitForURL(/\/assessments\/[0-9a-f-]{36}$/);
      assessmentUrl = page.url();
      await page
        .getByRole('heading', { name: 'Self-assessment of Phnom Penh for Model city', level: 1 })
        .waitFor();
      await page.getByText('started by Demo City Editor (Phnom Penh)').waitFor();
    });

    it('fills in levels and evidence, is told what is missing, and submits', async () => {
      await page.getByRole('heading', { name: 'Your self-assessment' }).waitFor();
      await expectNoSeriousAxeViolations(page);
      for (const criterion of CRITERIA.slice(0, -1))
        await chooseLevel(page, `The city’s level for ${criterion}`, 2);
      await page.getByRole('button', { name: 'Save and submit for review' }).click();
      await page.getByText('Choose a level.').waitFor();
      await page.getByText('1 criterion needs attention: see the messages above.').waitFor();
      await chooseLevel(page, 'The city’s level for Sharing', 2);
      await page.getByRole('button', { name: 'Add a link' }).last().click();
      await page.getByLabel('Title of link 1').fill('Peer exchange with Battambang');
      await page.getByLabel('Web address of link 1').fill('https://example.org/exchange');
      await page
        .getByLabel('The city’s comment')
        .last()
        .fill('We hosted a peer exchange on composting.');
      await page.getByRole('button', { name: 'Save and submit for review' }).click();
      await page.getByText('Submitted for review').first().waitFor();
      await page.getByText('submitted for review by Demo City Editor (Phnom Penh)').waitFor();
      await page.getByRole('link', { name: 'Peer exchange with Battambang' }).waitFor();
      await signOut(page);
    });

    it('lets the reviewer assigned to the city score each criterion with comments', async () => {
      await signIn(page, server.url, REVIEWER);
      await page.goto(assessmentUrl);
      await page.getByRole('heading', { name: 'Review', level: 2 }).waitFor();
      await expectNoSeriousAxeViolations(page);
      for (const criterion of CRITERIA) await chooseLevel(page, `Your level for ${criterion}`, 2);
      await page.getByLabel('Reviewer’s comment').last().fill('The exchange report is convincing.');
      await page.getByRole('button', { name: 'Save the review' }).click();
      await page.getByText('Saved.').waitFor();
      await page.getByText('6 of 6 met by the reviewers’ levels').waitFor();
      await page.getByText('scored by Demo Reviewer (Phnom Penh, Siem Reap, Battambang)').waitFor();
      await expect(page.getByRole('heading', { name: 'Decision' }).count()).resolves.toBe(0);
      await signOut(page);
    });

    it('lets the secretariat graduate the city, with a reason, which moves its stage', async () => {
      await signIn(page, server.url, SECRETARIAT);
      await page.goto(assessmentUrl);
      await page.getByRole('heading', { name: 'Decision', level: 2 }).waitFor();
      await expectNoSeriousAxeViolations(page);
      await page.getByRole('radio', { name: /^Graduate to Model city/ }).check();
      await page.getByRole('button', { name: 'Record the decision' }).click();
      await page.getByText('Give the reason for the decision.').waitFor();
      await page
        .getByLabel('Reason')
        .fill('Every criterion met; the peer exchange settles sharing.');
      await page.getByRole('button', { name: 'Record the decision' }).click();
      await page.getByRole('heading', { name: 'Graduated to Model city' }).waitFor();
      await page.getByText(/decided by Demo Secretariat: Graduated/).waitFor();
      await expectNoSeriousAxeViolations(page);

      await page.goto(`${server.url}/cities/phnom-penh`);
      await page.getByRole('heading', { name: 'Phnom Penh', level: 1 }).waitFor();
      const stage = page
        .locator('dt', { hasText: 'Stage' })
        .locator('xpath=following-sibling::dd[1]');
      await expect.poll(() => stage.textContent()).toContain('Model city');
    });

    it('offers the graduation certificate as a PDF on the city page', async () => {
      const link = page.getByRole('link', { name: 'Download the certificate (PDF)' });
      await link.waitFor();
      const href = await link.getAttribute('href');
      // In the reader's language (English here), as the certificate links ask for it.
      expect(href).toMatch(/^\/api\/v1\/assessments\/[0-9a-f-]{36}\/certificate\.pdf\?lang=en$/);
      const res = await page.request.get(`${server.url}${href}`);
      expect(res.status()).toBe(200);
      expect(res.headers()['content-type']).toBe('application/pdf');
      expect((await res.body()).subarray(0, 5).toString('latin1')).toBe('%PDF-');
      await expectNoSeriousAxeViolations(page);
    });

    it('runs under the Content-Security-Policy without violations', () => {
      expect(cspViolations).toEqual([]);
    });
  },
);
