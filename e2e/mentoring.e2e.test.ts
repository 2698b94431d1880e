import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumMissing, launchBrowser } from './support/browser';
import { demoAccounts, expectNoSeriousAxeViolations, openPage, signIn } from './support/journey';
import { startTestServer } from './support/server';

if (chromiumMissing) console.warn(chromiumMissing);

/** The demo editor of Surabaya, the demo mentor city (docs/demo.md). */
const MENTOR_EDITOR = 'demo-mentor-editor@frontrunner.example';
const FIRST = 'Phnom Penh would like to learn how your waste banks work.';
const FOLLOW_UP = 'We could visit in May, with two people from the waste department.';
const REPLY = 'Welcome! May suits us: we will show you two waste banks.';

describe.skipIf(Boolean(chromiumMissing))(
  'a city editor asks a suggested mentor city, which accepts and replies',
  () => {
    let browser: Browser;
    let mentee: { page: Page; cspViolations: string[] };
    let mentor: { page: Page; cspViolations: string[] };
    let server: { url: string; stop: () => Promise<void> };
    let pairingUrl = '';

    beforeAll(async () => {
      server = await startTestServer({ demo: true, demoNetwork: true });
      browser = await launchBrowser();
      mentee = await openPage(browser);
      mentor = await openPage(browser);
      await signIn(mentee.page, server.url, demoAccounts.cityEditor);
      await signIn(mentor.page, server.url, MENTOR_EDITOR);
    });
    afterAll(async () => {
      await browser?.close();
      await server?.stop();
    });

    it('finds Surabaya suggested on its mentoring page and asks it, with a first message', async () => {
      const { page } = mentee;
      await page.goto(`${server.url}/cities/phnom-penh/mentoring`);
      await page.getByRole('heading', { name: 'Mentoring for Phnom Penh', level: 1 }).waitFor();
      await page.getByRole('link', { name: 'Surabaya', exact: true }).waitFor();
      const ask = page.getByRole('button', { name: 'Ask to be mentored' });
      await ask.click();
      expect(await ask.getAttribute('aria-expanded')).toBe('true');
      await expectNoSeriousAxeViolations(page);
      await page.getByRole('button', { name: 'Send the request' }).click();
      await page.getByText('Write a first message to the mentor city.').waitFor();
      await page.getByLabel('Kind').selectOption('mentoring');
      await page.getByLabel('First message').fill(FIRST);
      await page.getByRole('button', { name: 'Send the request' }).click();
      await page.waitForURL(/\/pairings\/[0-9a-f-]{36}$/);
      pairingUrl = page.url();
      await page.getByRole('heading', { name: 'Surabaya and Phnom Penh', level: 1 }).waitFor();
      await page.getByText('Requested', { exact: true }).waitFor();
      await page.getByText('Waiting for Surabaya to answer.').waitFor();
      await page.getByText(FIRST).waitFor();
      await expectNoSeriousAxeViolations(page);
    });

    it('keeps the open request from the public, who are asked to sign in', async () => {
      const { page } = await openPage(browser);
      await page.goto(pairingUrl);
      await page.getByRole('heading', { name: 'Sign in to continue' }).waitFor();
      expect(await page.getByText(FIRST).count()).toBe(0);
      await page.context().close();
    });

    it('writes a second message with the keyboard alone', async () => {
      const { page } = mentee;
      await page.getByLabel('Your message').focus();
      await page.keyboard.type(FOLLOW_UP);
      await page.keyboard.press('Tab');
      await page.keyboard.press('Enter');
      await page.getByText(FOLLOW_UP).waitFor();
      await expect.poll(() => page.getByLabel('Your message').inputValue()).toBe('');
    });

    it('shows the request to Surabaya’s editor, who accepts it and replies', async () => {
      const { page } = mentor;
      await page.goto(`${server.url}/cities/surabaya/mentoring`);
      await page.getByRole('heading', { name: 'Requests waiting for an answer (1)' }).waitFor();
      await expectNoSeriousAxeViolations(page);
      await page.getByRole('link', { name: 'Surabaya and Phnom Penh' }).first().click();
      await page.waitForURL(pairingUrl);
      await page.getByText(FIRST).waitFor();
      await page.getByText(FOLLOW_UP).waitFor();
      await page.getByText('Phnom Penh asks Surabaya for: Mentoring.', { exact: false }).waitFor();
      await page.getByRole('button', { name: 'Accept the request' }).click();
      await page.getByText('Active', { exact: true }).waitFor();
      await expect
        .poll(() => page.getByRole('button', { name: 'Accept the request' }).count())
        .toBe(0);
      await page.getByLabel('Your message').fill(REPLY);
      await page.getByRole('button', { name: 'Send message' }).click();
      await page.getByText(REPLY).waitFor();
      await expectNoSeriousAxeViolations(page);
    });

    it('lets the asking editor see the answer and the reply', async () => {
      const { page } = mentee;
      await page.goto(pairingUrl);
      await page.getByText(REPLY).waitFor();
      await page.getByText('Active', { exact: true }).waitFor();
      expect(await page.getByRole('button', { name: 'Withdraw the request' }).count()).toBe(0);
      await page.goto(`${server.url}/cities/phnom-penh/mentoring`);
      await page.getByRole('link', { name: 'See the pairing with Surabaya' }).waitFor();
      expect(await page.getByRole('button', { name: 'Ask to be mentored' }).count()).toBe(0);
      await expectNoSeriousAxeViolations(page);
    });

    it('runs under the Content-Security-Policy without violations', () => {
      expect(mentee.cspViolations).toEqual([]);
      expect(mentor.cspViolations).toEqual([]);
    });
  },
);
