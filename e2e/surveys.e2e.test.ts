import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumMissing, launchBrowser } from './support/browser';
import { demoAccounts, expectNoSeriousAxeViolations, openPage, signIn } from './support/journey';
import { startTestServer } from './support/server';

if (chromiumMissing) console.warn(chromiumMissing);

const TITLE = 'Phnom Penh SDG awareness baseline';
const SECRETARIAT = 'demo-secretariat@frontrunner.example';

/** Answers the standard questionnaire on the public page as an aware respondent. */
async function answerAsAware(page: Page, link: string): Promise<void> {
  await page.goto(link);
  await page.getByRole('heading', { name: TITLE, level: 1 }).waitFor();
  await page.locator('input[name="heard_of_sdgs"][value="yes"]').check();
  await page.locator('input[name="understanding"][value="4"]').check();
  await page.locator('input[name="knows_city_priorities"][value="yes"]').check();
  await page.getByRole('button', { name: 'Send my answers' }).click();
}

describe.skipIf(Boolean(chromiumMissing))('a city runs an awareness survey', () => {
  let browser: Browser;
  let editor: Page;
  let cspViolations: string[];
  let server: { url: string; stop: () => Promise<void> };
  let links: string[] = [];

  beforeAll(async () => {
    server = await startTestServer({ demo: true });
    browser = await launchBrowser();
    ({ page: editor, cspViolations } = await openPage(browser));
    await signIn(editor, server.url, demoAccounts.cityEditor);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('names the missing fields, then starts a baseline survey', async () => {
    await editor.goto(`${server.url}/cities/phnom-penh/surveys`);
    await editor.getByText('No surveys yet.').waitFor();
    await editor.getByLabel('Title', { exact: true }).fill('');
    await editor.getByRole('button', { name: 'Start the survey' }).click();
    expect(await editor.getByText('This is required.').count()).toBe(2);
    await editor.getByLabel(/^Baseline/).check();
    await editor.getByLabel('Title', { exact: true }).fill(TITLE);
    await editor.getByRole('button', { name: 'Start the survey' }).click();
    await editor.getByText(`Survey “${TITLE}” started.`).waitFor();
    await editor
      .getByRole('row', { name: new RegExp(TITLE) })
      .getByText('Open')
      .waitFor();
    await expectNoSeriousAxeViolations(editor);
  });

  it('generates three invitation codes, shown once with their public links', async () => {
    await editor.getByLabel('How many codes').fill('3');
    await editor.getByRole('button', { name: 'Generate the codes' }).click();
    await editor.getByText(/Here are 3 codes\. They will not be shown again/).waitFor();
    const codes = await editor.locator('.code-card__code').allTextContents();
    expect(codes).toHaveLength(3);
    for (const code of codes) expect(code).toMatch(/^[A-Z2-9]{5}-[A-Z2-9]{5}$/);
    links = await editor.locator('.code-card__link').allTextContents();
    expect(links[0]).toBe(
      `${server.url}/surveys/${/surveys\/([^/]+)\//.exec(links[0] ?? '')?.[1]}/answer?code=${codes[0]}`,
    );
    const list = await editor.getByLabel(/The codes and their links/).inputValue();
    expect(list.trim().split('\n')).toHaveLength(4);
    await expectNoSeriousAxeViolations(editor);
  });

  it('takes an anonymous answer with a code once, and refuses the same code again', async () => {
    const visitor = await browser.newPage();
    await answerAsAware(visitor, links[0]!);
    await visitor.getByRole('heading', { name: 'Thank you' }).waitFor();
    await answerAsAware(visitor, links[0]!);
    await visitor.getByRole('alert').filter({ hasText: 'This code was not accepted' }).waitFor();
    await visitor.close();
  });

  it('closes the survey after confirming, and shows the share aware with n', async () => {
    await editor.reload();
    const row = editor.getByRole('row', { name: new RegExp(TITLE) });
    await row.getByRole('button', { name: `Close ${TITLE}` }).click();
    await row.getByRole('button', { name: 'Close the survey' }).click();
    await row.getByText('Closed', { exact: true }).waitFor();
    await expect.poll(() => row.textContent()).toMatch(/100%\s*of 1 answer/);
    expect(await row.getByRole('button', { name: /Invitation codes/ }).count()).toBe(0);
    await expectNoSeriousAxeViolations(editor);
  });

  it('records a competency self-assessment and shows the change per competency', async () => {
    await editor.goto(`${server.url}/cities/phnom-penh/competencies`);
    await editor.getByText('No self-assessments yet.').waitFor();
    await editor.getByRole('button', { name: 'Save the self-assessment' }).click();
    await editor.getByText('Give a level for at least one competency.').waitFor();
    await editor.getByLabel('Before a training').check();
    await editor
      .getByRole('group', { name: 'Reporting (city SDG reports and VLRs)' })
      .getByLabel('2', { exact: true })
      .check();
    await editor.getByRole('button', { name: 'Save the self-assessment' }).click();
    await editor.getByText(/Self-assessment saved/).waitFor();
    const row = editor.getByRole('row', { name: /Reporting \(city SDG reports and VLRs\)/ });
    await expect.poll(() => row.textContent()).toContain('2 (n = 1)');
    await expectNoSeriousAxeViolations(editor);
  });

  it('runs under the Content-Security-Policy without violations', () => {
    expect(cspViolations).toEqual([]);
  });
});

describe.skipIf(Boolean(chromiumMissing))('the secretariat edits the graduation rubric', () => {
  let browser: Browser;
  let page: Page;
  let cspViolations: string[];
  let server: { url: string; stop: () => Promise<void> };

  beforeAll(async () => {
    server = await startTestServer({ demo: true });
    browser = await launchBrowser();
    ({ page, cspViolations } = await openPage(browser));
    await signIn(page, server.url, SECRETARIAT);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('adds a criterion, is told what is missing, and publishes version 2', async () => {
    await page.goto(`${server.url}/rubric`);
    await page.getByRole('heading', { name: 'Current version: 1' }).waitFor();
    await page.getByRole('button', { name: 'Edit and publish a new version' }).click();
    await page.getByRole('button', { name: 'Add a criterion' }).click();
    await page.getByRole('button', { name: 'Publish as version 2' }).click();
    await page.getByText('Give the criterion a title.').waitFor();
    await page.getByText('Describe all four levels, 0 to 3.').waitFor();
    const criterion = page.getByRole('group', { name: /^Criterion 7:/ });
    await criterion.getByLabel('Key').fill('peer_exchange');
    await criterion.getByLabel('Title').fill('Peer exchange');
    for (const [level, text] of ['None', 'Planned', 'Held once', 'Held every year'].entries())
      await criterion.getByLabel(`What level ${level} means`).fill(text);
    await expectNoSeriousAxeViolations(page);
    await page.getByRole('button', { name: 'Publish as version 2' }).click();
    await page.getByText('Version 2 is published.').waitFor();
    await page.getByRole('heading', { name: 'Current version: 2' }).waitFor();
    await page
      .getByRole('heading', { name: /Peer exchange/ })
      .first()
      .waitFor();
  });

  it('refuses to publish over a version published meanwhile, and says so', async () => {
    await page.getByRole('button', { name: 'Edit and publish a new version' }).click();
    const other = await page.context().newPage();
    await other.goto(`${server.url}/rubric`);
    await other.getByRole('button', { name: 'Edit and publish a new version' }).click();
    await other.getByLabel('Minimum for Frontrunner', { exact: true }).selectOption('2');
    await other.getByRole('button', { name: 'Publish as version 3' }).click();
    await other.getByText('Version 3 is published.').waitFor();
    await other.close();
    await page.getByLabel('Minimum for Model city', { exact: true }).selectOption('1');
    await page.getByRole('button', { name: 'Publish as version 3' }).click();
    await page
      .getByRole('alert')
      .filter({ hasText: 'was published while you were editing' })
      .waitFor();
    await page.getByRole('button', { name: 'Load the newest version' }).click();
    await page.getByRole('button', { name: 'Publish as version 4' }).waitFor();
  });

  it('shows the rubric to anyone, signed in or not', async () => {
    const { page: anonymous } = await openPage(browser);
    await anonymous.goto(`${server.url}/rubric`);
    await anonymous.getByRole('heading', { name: 'Current version: 3' }).waitFor();
    expect(await anonymous.getByRole('button', { name: /Edit and publish/ }).count()).toBe(0);
    await expectNoSeriousAxeViolations(anonymous);
    await anonymous.close();
  });

  it('runs under the Content-Security-Policy without violations', () => {
    expect(cspViolations).toEqual([]);
  });
});
