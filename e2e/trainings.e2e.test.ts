import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumMissing, launchBrowser } from './support/browser';
import { expectNoSeriousAxeViolations, openPage, signIn, signOut } from './support/journey';
import { startTestServer } from './support/server';

if (chromiumMissing) console.warn(chromiumMissing);

const SECRETARIAT = 'demo-secretariat@frontrunner.example';
const PARTICIPANT = 'Sokha Chan';
/** Where to keep screenshots of each step, when asked (for looking at the pages). */
const SHOTS = process.env.FRONTRUNNER_E2E_SHOTS;

describe.skipIf(Boolean(chromiumMissing))('the secretariat runs a training for a cohort', () => {
  let browser: Browser;
  let page: Page;
  let cspViolations: string[];
  let server: { url: string; stop: () => Promise<void> };
  let trainingUrl = '';
  let certificateHref = '';
  const shot = async (name: string) => {
    if (SHOTS) await page.screenshot({ path: `${SHOTS}/${name}.png`, fullPage: true });
  };

  beforeAll(async () => {
    server = await startTestServer({ demo: true, demoCapacity: true });
    browser = await launchBrowser();
    ({ page, cspViolations } = await openPage(browser));
    await signIn(page, server.url, SECRETARIAT);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('creates a cohort and adds a city to it with the city search', async () => {
    await page.goto(`${server.url}/cohorts`);
    await page.getByRole('heading', { name: 'Create a cohort' }).waitFor();
    await page.getByLabel('Name', { exact: true }).fill('2031 test cohort');
    await page.getByLabel('Year it enters the programme').fill('2031');
    await page.getByRole('button', { name: 'Create the cohort' }).click();
    await page.getByRole('heading', { name: '2031 test cohort', level: 1 }).waitFor();
    await page.getByLabel('Find a city').fill('Vientiane');
    await page.getByRole('button', { name: /^Vientiane/ }).click();
    await page.getByRole('button', { name: 'Add 1 city' }).click();
    await page.getByText('1 city added.').waitFor();
    await expect.poll(() => page.getByText('1 city', { exact: true }).count()).toBeGreaterThan(0);
    await expectNoSeriousAxeViolations(page);
    await shot('cohort');
  });

  it('names the fields a new training is missing, then schedules it', async () => {
    await page.getByRole('link', { name: 'Schedule a training for this cohort' }).click();
    await page.getByRole('heading', { name: 'Schedule a training', level: 1 }).waitFor();
    await page.getByRole('button', { name: 'Schedule the training' }).click();
    await page.getByRole('alert').waitFor();
    await expect.poll(() => page.locator('[aria-invalid="true"]').count()).toBeGreaterThan(1);
    await page.getByText('Give the training a title.').waitFor();
    await page.getByText('Give the place, or tick “Held online”.').waitFor();
    await shot('new-training-errors');
    await page.getByLabel('Title', { exact: true }).fill('Localising SDG targets');
    await page.getByLabel('First day').fill('2031-03-02');
    await page.getByLabel('Last day').fill('2031-03-03');
    await page.getByLabel('Place', { exact: true }).fill('Vientiane');
    await page.getByLabel('Localising SDG targets').check();
    await page.getByLabel('Organisers').fill('Frontrunner secretariat\nUN-Habitat');
    await page.getByLabel('Materials').fill('Slides | https://example.org/slides.pdf');
    await expectNoSeriousAxeViolations(page);
    await page.getByRole('button', { name: 'Schedule the training' }).click();
    await page.waitForURL(/\/trainings\/[0-9a-f-]{36}$/);
    trainingUrl = page.url();
    await page.getByRole('heading', { name: 'Localising SDG targets', level: 1 }).waitFor();
    await page.getByRole('link', { name: 'Slides' }).waitFor();
  });

  it('adds a session and registers a participant from a city', async () => {
    await page.getByLabel('Session title').fill('Day 1: from national to city targets');
    await page.getByLabel('Starts').fill('2031-03-02T09:00');
    await page.getByLabel('Ends', { exact: true }).fill('2031-03-02T12:00');
    await page.getByRole('button', { name: 'Add the session' }).click();
    await page.getByText('Day 1: from national to city targets').first().waitFor();
    await page.getByLabel('Name', { exact: true }).fill(PARTICIPANT);
    await page.getByLabel('City', { exact: true }).fill('Phnom');
    await page.getByRole('button', { name: /^Phnom Penh/ }).click();
    await page.getByLabel('Role', { exact: true }).fill('planning officer');
    await page.getByLabel('Gender').selectOption('female');
    await page.getByRole('button', { name: 'Register', exact: true }).click();
    await page.getByRole('rowheader', { name: PARTICIPANT }).waitFor();
    await page.getByText('Attended no session').waitFor();
  });

  it('marks attendance with the keyboard and offers the certificate as a PDF', async () => {
    const box = page.getByRole('checkbox', { name: PARTICIPANT });
    await box.focus();
    await page.keyboard.press('Space');
    expect(await box.isChecked()).toBe(true);
    await page.getByRole('button', { name: /^Save attendance of Day 1/ }).click();
    await page.getByText('Saved: 1 present.').waitFor();
    const link = page.getByRole('link', { name: `Download (PDF) (${PARTICIPANT})` });
    await link.waitFor();
    certificateHref = (await link.getAttribute('href')) ?? '';
    expect(certificateHref).toMatch(/\/certificate\.pdf\?lang=en$/);
    const pdf = await page.request.get(new URL(certificateHref, server.url).href);
    expect(pdf.status()).toBe(200);
    expect(pdf.headers()['content-type']).toBe('application/pdf');
    expect((await pdf.body()).subarray(0, 5).toString('latin1')).toBe('%PDF-');
    await expectNoSeriousAxeViolations(page);
    await shot('training-secretariat');
  });

  it('lists the training among upcoming ones of its cohort', async () => {
    await page.goto(`${server.url}/trainings?when=upcoming`);
    await page.getByRole('link', { name: 'Localising SDG targets', exact: true }).waitFor();
    await page.goto(
      `${server.url}/trainings?when=past&cohort=00000000-0000-4000-8000-000000000000`,
    );
    await page.getByText('No trainings or workshops here yet.').waitFor();
    await expectNoSeriousAxeViolations(page);
  });

  it('shows the public counts of participants but no name, and no certificate', async () => {
    await signOut(page);
    await page.goto(trainingUrl);
    await page.getByRole('heading', { name: 'Localising SDG targets', level: 1 }).waitFor();
    await page.getByText('By gender').waitFor();
    await page.getByText('Phnom Penh 1').waitFor();
    expect(await page.getByText(PARTICIPANT).count()).toBe(0);
    expect(await page.getByRole('button', { name: 'Add the session' }).count()).toBe(0);
    const pdf = await page.request.get(new URL(certificateHref, server.url).href);
    expect(pdf.status()).toBe(401);
    await expectNoSeriousAxeViolations(page);
    await shot('training-public');
  });

  it('runs under the Content-Security-Policy without violations', () => {
    expect(cspViolations).toEqual([]);
  });
});
