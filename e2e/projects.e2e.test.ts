import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumMissing, launchBrowser } from './support/browser';
import { demoAccounts, expectNoSeriousAxeViolations, openPage, signIn } from './support/journey';
import { startTestServer } from './support/server';

if (chromiumMissing) console.warn(chromiumMissing);

const SCHEMA = join(
  import.meta.dirname,
  '../packages/services/test-fixtures/iati-2.03/iati-activities-schema.xsd',
);
const hasXmllint = spawnSync('xmllint', ['--version']).status === 0;

describe.skipIf(Boolean(chromiumMissing))('a city editor plans a model project', () => {
  let browser: Browser;
  let page: Page;
  let cspViolations: string[];
  let server: { url: string; stop: () => Promise<void> };

  beforeAll(async () => {
    server = await startTestServer({ demo: true, indicatorData: true });
    browser = await launchBrowser();
    ({ page, cspViolations } = await openPage(browser));
    await signIn(page, server.url, demoAccounts.cityEditor);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('plans a project with a description the tagger can read', async () => {
    await page.goto(`${server.url}/cities/phnom-penh/projects/new`);
    await page.getByLabel('Title', { exact: true }).fill('Community composting of market waste');
    await page
      .getByLabel('Summary (one paragraph)')
      .fill('Markets separate organic waste; a composting site turns it into fertiliser.');
    await page
      .getByLabel('Description', { exact: true })
      .fill(
        'Reduce the municipal solid waste sent to landfill by composting organic waste from markets, ' +
          'increase recycling and reuse, and create decent jobs for waste pickers.',
      );
    await page.getByRole('button', { name: 'Save the project' }).click();
    await page.waitForURL(/\/projects\/[0-9a-f-]{36}$/);
    await page
      .getByRole('heading', { name: /Community composting of market waste/, level: 1 })
      .waitFor();
    await expectNoSeriousAxeViolations(page);
  });

  it('sees SDG targets suggested from its text with the terms that matched, and accepts one', async () => {
    await page.getByRole('heading', { name: 'Suggested targets, co-benefits and risks' }).waitFor();
    await page.getByText('Matched terms:').first().waitFor();
    const accept = page.getByRole('button', { name: /^Accept target/ }).first();
    const label = (await accept.getAttribute('aria-label')) ?? (await accept.textContent()) ?? '';
    const target = /target (\d{1,2}\.[0-9a-z]{1,2})/.exec(label)?.[1];
    expect(target, label).toBeTruthy();
    await accept.click();
    await page.getByRole('heading', { name: 'Benefit claims' }).waitFor();
    await expect
      .poll(() => page.getByRole('table').filter({ hasText: target! }).count())
      .toBeGreaterThan(0);
  });

  it('adds a claim by hand and reports progress for review', async () => {
    await page.getByLabel('SDG target', { exact: true }).fill('8.5');
    await page.getByRole('button', { name: 'Add the claim' }).click();
    await page.getByText('Claim added.').waitFor();
    await expect
      .poll(() => page.getByRole('table').filter({ hasText: '8.5' }).count())
      .toBeGreaterThan(0);
    await page.getByLabel('Year', { exact: true }).fill('2025');
    await page.getByLabel('What happened').fill('Two markets now separate organic waste.');
    await page.getByRole('button', { name: 'Save as draft' }).click();
    await page.getByText(/Draft saved/).waitFor();
    await page
      .getByRole('button', { name: /Submit the 2025 update for review|Submit for review/ })
      .first()
      .click();
    await page.getByText('Submitted', { exact: true }).first().waitFor();
  });

  it('shows the benefit profile and exports IATI 2.03 that the schema validates', async () => {
    await page.getByRole('heading', { name: 'Benefit profile' }).waitFor();
    await page
      .getByText(/How the profile is computed/)
      .first()
      .waitFor();
    const href = await page.getByRole('link', { name: 'Export IATI (XML)' }).getAttribute('href');
    expect(href).toMatch(/\/api\/v1\/projects\/.+\/iati\.xml$/);
    const response = await page.request.get(new URL(href!, server.url).href);
    expect(response.status()).toBe(200);
    const xml = await response.text();
    expect(xml).toContain('<iati-activities');
    expect(xml).toContain('Community composting of market waste');
    if (hasXmllint) {
      const file = join(mkdtempSync(join(tmpdir(), 'fr-iati-')), 'project.xml');
      writeFileSync(file, xml);
      const lint = spawnSync('xmllint', ['--noout', '--schema', SCHEMA, file], {
        encoding: 'utf8',
      });
      expect(lint.status, lint.stderr).toBe(0);
    }
    await expectNoSeriousAxeViolations(page);
  });

  it('runs under the Content-Security-Policy without violations', () => {
    expect(cspViolations).toEqual([]);
  });
});
