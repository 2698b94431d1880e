import AxeBuilder from '@axe-core/playwright';
import type { Browser, Page } from 'playwright-core';
import { expect } from 'vitest';

/** The password of every demo account (docs/demo.md). */
export const DEMO_PASSWORD = 'frontrunner-demo';

/** Demo accounts the journeys sign in as. */
export const demoAccounts = {
  cityEditor: 'demo-city-editor@frontrunner.example',
  focalPoint: 'demo-focal-point@frontrunner.example',
} as const;

/** A page in its own browser context, collecting Content-Security-Policy violations. */
export async function openPage(
  browser: Browser,
  width = 1280,
): Promise<{ page: Page; cspViolations: string[] }> {
  const context = await browser.newContext({ viewport: { width, height: 900 } });
  const page = await context.newPage();
  const cspViolations: string[] = [];
  page.on('console', (msg) => {
    if (msg.type() === 'error' && /Content Security Policy|Refused to/i.test(msg.text())) {
      cspViolations.push(msg.text());
    }
  });
  return { page, cspViolations };
}

/** Fails on any serious or critical axe violation of the page as it is now. */
export async function expectNoSeriousAxeViolations(page: Page): Promise<void> {
  const results = await new AxeBuilder({ page }).analyze();
  const serious = results.violations.filter(
    (v) => v.impact === 'serious' || v.impact === 'critical',
  );
  expect(
    serious.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`),
  ).toEqual([]);
}

/** Signs in through the sign-in page and waits for the header to name the user. */
export async function signIn(page: Page, baseUrl: string, email: string): Promise<void> {
  await page.goto(`${baseUrl}/sign-in`);
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password', { exact: true }).fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: 'Sign in', exact: true }).click();
  await page.getByRole('button', { name: 'Sign out', exact: true }).waitFor();
}

/** Signs out with the header button and waits until the header offers to sign in again. */
export async function signOut(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Sign out', exact: true }).click();
  await page.getByRole('link', { name: 'Sign in' }).first().waitFor();
}
