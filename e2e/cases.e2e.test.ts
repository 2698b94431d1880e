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

const secretariat = 'demo-secretariat@frontrunner.example';
const TITLE = 'Rainwater tanks for Phnom Penh schools';
const KM_TITLE = 'ធុងទឹកភ្លៀងសម្រាប់សាលារៀន';
const COMMENT = 'Give the total cost in numbers, with its currency.';

describe.skipIf(Boolean(chromiumMissing))('a city writes up a project as a case', () => {
  let browser: Browser;
  let page: Page;
  let cspViolations: string[];
  let server: { url: string; stop: () => Promise<void> };
  let editorUrl = '';

  beforeAll(async () => {
    server = await startTestServer({ demo: true });
    browser = await launchBrowser();
    ({ page, cspViolations } = await openPage(browser));
    await signIn(page, server.url, demoAccounts.cityEditor);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  const review = () => page.getByRole('listitem').filter({ hasText: TITLE });

  it('writes up a completed project as a case, pre-filled from it', async () => {
    await page.goto(`${server.url}/cities/phnom-penh/projects/new`);
    await page.getByLabel('Title', { exact: true }).fill(TITLE);
    await page
      .getByLabel('Summary (one paragraph)')
      .fill('Forty schools collect rainwater for washing and toilets.');
    await page
      .getByLabel('Description', { exact: true })
      .fill('Tanks and gutters at forty schools, maintained by parents’ committees.');
    await page.getByLabel('Status', { exact: true }).selectOption('completed');
    await page.getByRole('button', { name: 'Save the project' }).click();
    await page.waitForURL(/\/projects\/[0-9a-f-]{36}$/);
    await page.getByRole('heading', { name: 'Write up as a case', level: 2 }).waitFor();
    await page.getByLabel('Language of the case').selectOption('en');
    await page.getByRole('button', { name: 'Write up as a case' }).click();
    await page.waitForURL(/\/cases\/[0-9a-f-]{36}\/edit$/);
    editorUrl = page.url();
    await expect.poll(() => page.getByLabel('Title', { exact: true }).inputValue()).toBe(TITLE);
    expect(await page.getByLabel('What was done').inputValue()).toContain('forty schools');
    await expectNoSeriousAxeViolations(page);
  });

  it('shows the API’s problems beside the fields, then saves', async () => {
    await page
      .getByLabel('The problem the city faced')
      .fill('Schools ran out of water in the dry season.');
    await page.getByLabel('SDG targets').fill('6.4, 19.1');
    await page.getByRole('button', { name: 'Add a result' }).click();
    const result = page.getByRole('group', { name: 'Result 1' });
    await result.getByLabel('What was measured').fill('Schools with water all year');
    await result.getByLabel('Value', { exact: true }).fill('forty');
    await page.getByRole('button', { name: 'Save the case' }).click();
    await result.getByText('Must be a number, such as 1200 or 3.5.').waitFor();
    await result.getByLabel('Value', { exact: true }).fill('40');
    await result.getByLabel('Unit').fill('schools');
    await result.getByLabel('Year').fill('2025');
    await page.getByRole('button', { name: 'Save the case' }).click();
    const targets = page.getByLabel('SDG targets');
    await page.getByText('must be an SDG target code such as 11.6').waitFor();
    expect(await targets.getAttribute('aria-invalid')).toBe('true');
    await targets.fill('6.4, 4.a');
    await page.getByRole('button', { name: 'Save the case' }).click();
    await page.getByText('Saved.', { exact: true }).waitFor();
    expect(await targets.getAttribute('aria-invalid')).toBeNull();
  });

  it('adds a Khmer version in its own tab, with the original to translate from', async () => {
    await page.getByLabel('Add a version in').selectOption('km');
    await page.getByRole('button', { name: 'Add the version' }).click();
    const tab = page.getByRole('tab', { name: /Khmer/ });
    await expect.poll(() => tab.getAttribute('aria-selected')).toBe('true');
    await page.getByLabel('Title', { exact: true }).fill(KM_TITLE);
    await page.getByLabel('The problem the city faced').fill('សាលារៀនខ្វះទឹកនៅរដូវប្រាំង។');
    await expect.poll(() => tab.textContent()).toContain('unsaved');
    await page.getByRole('button', { name: 'Save the case' }).click();
    await page.getByText('Saved.', { exact: true }).waitFor();
    await expect.poll(() => tab.textContent()).not.toContain('unsaved');
    await page.getByRole('tab', { name: /English/ }).press('ArrowRight');
    await expect.poll(() => tab.getAttribute('aria-selected')).toBe('true');
    await expectNoSeriousAxeViolations(page);
  });

  it('saves nothing when one language is refused, and shows why in that language’s tab', async () => {
    const english = page.getByRole('tab', { name: /English/ });
    await english.click();
    await page.getByLabel('What did not work').fill('Two tanks leaked in the first year.');
    await page.getByLabel('Add a version in').selectOption('lo');
    await page.getByRole('button', { name: 'Add the version' }).click();
    const lao = page.getByRole('tab', { name: /Lao/ });
    await expect.poll(() => lao.getAttribute('aria-selected')).toBe('true');
    await page.getByLabel('Title', { exact: true }).fill('   ');
    await page.getByLabel('Summary (one paragraph)').fill('ຖັງນ້ຳຝົນສຳລັບໂຮງຮຽນ');
    await english.click();
    await page.getByRole('button', { name: 'Save the case' }).click();
    // The editor opens the refused language and marks its title; English stays unsaved.
    await page.getByText('The case was not saved: correct the fields marked below.').waitFor();
    await expect.poll(() => lao.getAttribute('aria-selected')).toBe('true');
    expect(await lao.textContent()).toContain('has problems');
    expect(await english.textContent()).toContain('unsaved');
    const title = page.getByLabel('Title', { exact: true });
    expect(await title.getAttribute('aria-invalid')).toBe('true');
    const id = editorUrl.split('/').at(-2) ?? '';
    const stored = await page.evaluate(async (caseId) => {
      const res = await fetch(`/api/v1/cases/${caseId}`);
      const body = (await res.json()) as {
        case: { texts: { lang: string; whatDidNot: unknown }[] };
      };
      return body.case.texts.map((text) => [text.lang, text.whatDidNot]);
    }, id);
    expect(stored).toEqual([
      ['en', null],
      ['km', null],
    ]);
    await expectNoSeriousAxeViolations(page);
    await title.fill('ຖັງນ້ຳຝົນສຳລັບໂຮງຮຽນ');
    await page.getByRole('button', { name: 'Save the case' }).click();
    await page.getByText('Saved.', { exact: true }).waitFor();
    await expect.poll(() => english.textContent()).not.toContain('unsaved');
    expect(await lao.textContent()).not.toContain('has problems');
    expect(await title.getAttribute('aria-invalid')).toBeNull();
  });

  it('warns before leaving with unsaved changes', async () => {
    await page.getByLabel('What made it work').fill('Parents’ committees');
    const messages: string[] = [];
    page.once('dialog', (dialog) => {
      messages.push(dialog.message());
      void dialog.dismiss();
    });
    await page.getByRole('link', { name: 'Cases of Phnom Penh' }).click();
    await expect.poll(() => messages).toHaveLength(1);
    expect(messages[0]).toContain('unsaved changes');
    expect(page.url()).toBe(editorUrl);
    await page.getByRole('button', { name: 'Save the case' }).click();
    await page.getByText('Saved.', { exact: true }).waitFor();
  });

  it('submits the case for review', async () => {
    await page.getByRole('button', { name: 'Submit for review' }).click();
    await page.getByText('The case is with the secretariat for review.').waitFor();
  });

  it('lets the secretariat return it, a comment required', async () => {
    await signOut(page);
    await signIn(page, server.url, secretariat);
    await page.goto(`${server.url}/cases/review`);
    await page.getByRole('heading', { name: 'Cases to review', level: 1 }).waitFor();
    await review().getByRole('button', { name: 'Return to the city' }).click();
    await review()
      .getByText('Write what the city should change before returning the case.')
      .waitFor();
    await expectNoSeriousAxeViolations(page);
    await review().getByLabel('Comment to the city').fill(COMMENT);
    await review().getByRole('button', { name: 'Return to the city' }).click();
    await page.getByText(`“${TITLE}” was returned to Phnom Penh.`).waitFor();
    await page.getByText('No cases are waiting for review.').waitFor();
  });

  it('shows the city the comment; the editor fixes the case and resubmits', async () => {
    await signOut(page);
    await signIn(page, server.url, demoAccounts.cityEditor);
    await page.goto(`${server.url}/cities/phnom-penh/cases`);
    await review().getByText(`Returned by the secretariat: ${COMMENT}`).waitFor();
    await expectNoSeriousAxeViolations(page);
    await review()
      .getByRole('link', { name: `Edit “${TITLE}”` })
      .click();
    await page.getByRole('heading', { name: 'The secretariat returned this case' }).waitFor();
    await page.getByText(COMMENT).waitFor();
    await page.getByLabel('Total cost').fill('24,000');
    await page.getByLabel('Currency').fill('usd');
    await page.getByRole('button', { name: 'Save the case' }).click();
    await page.getByText('Saved.', { exact: true }).waitFor();
    expect(await page.getByLabel('Currency').inputValue()).toBe('USD');
    await page.getByRole('button', { name: 'Submit for review' }).click();
    await page.getByText('The case is with the secretariat for review.').waitFor();
  });

  it('lets the secretariat publish it', async () => {
    await signOut(page);
    await signIn(page, server.url, secretariat);
    await page.goto(`${server.url}/cases/review`);
    await review().getByRole('button', { name: 'Publish' }).click();
    await page.getByText(`“${TITLE}” is published.`).waitFor();
    await page.goto(editorUrl.replace(/\/edit$/, ''));
    await page.getByRole('link', { name: `Edit “${TITLE}”` }).click();
    await page.waitForURL(editorUrl);
    await page.getByText('The case is published', { exact: false }).waitFor();
  });

  it('shows the published case to everyone, and finds it in search in both languages', async () => {
    await signOut(page);
    await page.goto(editorUrl.replace(/\/edit$/, ''));
    await page.getByRole('heading', { name: TITLE, level: 1 }).waitFor();
    expect(await page.getByRole('link', { name: /^Edit/ }).count()).toBe(0);
    await page.goto(`${server.url}/search?q=${encodeURIComponent('rainwater schools')}`);
    await page.getByRole('link', { name: TITLE }).first().waitFor();
    await page.goto(`${server.url}/search?q=${encodeURIComponent('ធុងទឹកភ្លៀង')}`);
    await page.getByRole('link', { name: KM_TITLE }).first().waitFor();
    await expectNoSeriousAxeViolations(page);
  });

  it('runs under the Content-Security-Policy without violations', () => {
    expect(cspViolations).toEqual([]);
  });
});
