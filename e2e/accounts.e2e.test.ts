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
import { Mailbox } from './support/mailbox';
import { startTestServer } from './support/server';

if (chromiumMissing) console.warn(chromiumMissing);

const secretariat = 'demo-secretariat@frontrunner.example';
const invitee = 'dara.sok@example.org';
const firstPassword = 'a long first password';
const secondPassword = 'another long password';

describe.skipIf(Boolean(chromiumMissing))('accounts journey', () => {
  let browser: Browser;
  let page: Page;
  let cspViolations: string[];
  let server: { url: string; stop: () => Promise<void> };
  const mailbox = new Mailbox();

  beforeAll(async () => {
    server = await startTestServer({ demo: true, mailer: mailbox });
    browser = await launchBrowser();
    ({ page, cspViolations } = await openPage(browser));
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('a page for the secretariat asks the public to sign in, and comes back after', async () => {
    await page.goto(`${server.url}/users`);
    await page.getByRole('heading', { name: 'Sign in to continue' }).waitFor();
    await expectNoSeriousAxeViolations(page);
    await page.getByRole('link', { name: 'Sign in', exact: true }).last().click();
    await page.getByLabel('Email').fill(secretariat);
    await page.getByLabel('Password', { exact: true }).fill('frontrunner-demo');
    await page.getByRole('button', { name: 'Sign in', exact: true }).click();
    await page.getByRole('heading', { name: 'Users', level: 1 }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/users');
    await page
      .getByRole('cell', { name: /Demo City Editor/ })
      .or(page.getByText('Demo City Editor (Phnom Penh)'))
      .first()
      .waitFor();
    await expectNoSeriousAxeViolations(page);
  });

  it('the secretariat invites a city editor, with the city picked by search', async () => {
    await page.getByRole('button', { name: 'Invite a user' }).click();
    await page.getByLabel('Email', { exact: true }).fill(invitee);
    await page.getByLabel('Name', { exact: true }).fill('Dara Sok');
    await page.getByRole('button', { name: 'Add a role' }).click();
    await page.getByRole('button', { name: 'Send invitation' }).click();
    await page.getByText('Choose the city of this role.').waitFor();
    await expectNoSeriousAxeViolations(page);
    await page.getByRole('searchbox', { name: 'City' }).fill('Siem');
    await page.getByRole('button', { name: /^Siem Reap/ }).click();
    await page.getByRole('button', { name: 'Send invitation' }).click();
    await page.getByText(`Invitation sent to ${invitee}.`).waitFor();
    const row = page.getByRole('row', { name: /Dara Sok/ });
    await row.getByText('Invited').waitFor();
    await row.getByText(/City editor/).waitFor();
    await signOut(page);
  });

  it('the invitee follows the emailed link, chooses a password and is signed in', async () => {
    await page.goto(`${server.url}/accept-invitation#token=${mailbox.lastToken(invitee)}`);
    await page.getByRole('heading', { name: 'Accept your invitation' }).waitFor();
    expect(new URL(page.url()).hash).toBe('');
    await page.getByLabel('New password', { exact: true }).fill(firstPassword);
    await page.getByLabel('New password again').fill('something else entirely');
    await page.getByRole('button', { name: 'Activate my account' }).click();
    await page.getByText('The two passwords differ.').waitFor();
    await expectNoSeriousAxeViolations(page);
    await page.getByLabel('New password again').fill(firstPassword);
    await page.getByRole('button', { name: 'Activate my account' }).click();
    await page.getByText('Welcome, Dara Sok. Your account is active.').waitFor();
    await page.getByRole('link', { name: 'Dara Sok' }).waitFor();
  });

  it('creates an API token shown once, then revokes it', async () => {
    await page.getByRole('button', { name: 'Create a token' }).click();
    await page.getByLabel(/^Name/).last().fill('Nightly import');
    await page.getByRole('button', { name: 'Create token' }).click();
    const token = page.getByLabel('The new API token');
    await expect.poll(() => token.inputValue()).toMatch(/^fr_/);
    await expectNoSeriousAxeViolations(page);
    await page.getByRole('button', { name: 'I have copied it' }).click();
    const row = page.getByRole('row', { name: /Nightly import/ });
    await row.getByText('Never used').waitFor();
    await row.getByRole('button', { name: /Revoke/ }).click();
    await row.getByRole('button', { name: 'Revoke "Nightly import"' }).click();
    await row.getByText(/Revoked on/).waitFor();
  });

  it('the language chosen in the profile becomes the interface language', async () => {
    await page.getByLabel('Language', { exact: true }).last().selectOption('km');
    await page.getByRole('button', { name: 'Save profile' }).click();
    await page.getByRole('heading', { name: 'គណនីរបស់ខ្ញុំ', level: 1 }).waitFor();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('km');
    await expectNoSeriousAxeViolations(page);
    await page.getByLabel('ភាសា', { exact: true }).last().selectOption('en');
    await page.getByRole('button', { name: 'រក្សាទុកប្រវត្តិរូប' }).click();
    await page.getByRole('heading', { name: 'My account', level: 1 }).waitFor();
    await signOut(page);
  });

  it('a forgotten password is reset through the emailed link', async () => {
    await page.goto(`${server.url}/sign-in`);
    await page.getByRole('link', { name: 'Forgot your password?' }).click();
    await page.getByLabel('Email').fill(invitee);
    await page.getByRole('button', { name: 'Send the link' }).click();
    await page.getByText(/a link to reset its password is on its way/).waitFor();
    await page.goto(`${server.url}/reset-password#token=${mailbox.lastToken(invitee)}`);
    await page.getByLabel('New password', { exact: true }).fill(secondPassword);
    await page.getByLabel('New password again').fill(secondPassword);
    await page.getByRole('button', { name: 'Set the new password' }).click();
    await page.getByText('Your password has been changed. Sign in with the new one.').waitFor();
    await expectNoSeriousAxeViolations(page);
    await page.getByRole('link', { name: 'Sign in' }).last().click();
    await page.getByLabel('Email').fill(invitee);
    await page.getByLabel('Password', { exact: true }).fill(firstPassword);
    await page.getByRole('button', { name: 'Sign in', exact: true }).click();
    await page.getByText('The email or the password is not right.').waitFor();
    await page.getByLabel('Password', { exact: true }).fill(secondPassword);
    await page.getByRole('button', { name: 'Sign in', exact: true }).click();
    await page.getByRole('button', { name: 'Sign out', exact: true }).waitFor();
  });

  it('a city editor meets a friendly "not for your account" on the users page', async () => {
    await signOut(page);
    await signIn(page, server.url, demoAccounts.cityEditor);
    await page.goto(`${server.url}/users`);
    await page.getByRole('heading', { name: 'This page is not open to your account' }).waitFor();
    await expectNoSeriousAxeViolations(page);
  });

  it('the pages ran under the Content-Security-Policy without violations', () => {
    expect(cspViolations).toEqual([]);
  });
});
