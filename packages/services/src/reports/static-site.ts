import { cityRefsRepository, type Executor } from '@frontrunner/db';
import { ASEAN_COUNTRIES } from '@frontrunner/domain';
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { ANONYMOUS } from '../access/actor';
import type { Clock } from '../clock';
import { writeExport } from '../exporters/index';
import { zipFiles } from '../exporters/zip';
import { getGoal, listGoals } from '../framework/framework.service';
import { listCases } from '../knowledge/case.service';
import { exportAllPublic } from '../observations/export.service';
import { assembleReportData, type ReportTarget } from './assemble';
import { documentFor } from './document';
import { html } from './html/escape';
import { renderReportHtml } from './html/render-report';
import type { ReportScoresPort } from './scores-port';
import { linkList, relativeHref, sitePage } from './site-pages';

/** Options of {@link exportSite}. */
export interface ExportSiteOptions {
  readonly lang?: string;
  readonly scores: ReportScoresPort;
  readonly clock: Clock;
  /** Called after each page, for a progress bar. */
  readonly onPage?: ((path: string) => void) | undefined;
}

async function collect(chunks: AsyncIterable<Uint8Array>): Promise<Buffer> {
  const parts: Uint8Array[] = [];
  for await (const c of chunks) parts.push(c);
  return Buffer.concat(parts);
}

/**
 * Writes the public part of the platform as static files that any web server can host: home,
 * every city (its report page with CSV and JSON downloads), every goal, each country's and
 * ASEAN's synthesis, the published cases, and the zip of all public values. Links are relative.
 * @returns the paths written, relative to `outDir`
 */
export async function exportSite(
  db: Executor,
  outDir: string,
  { lang = 'en', scores, clock, onPage }: ExportSiteOptions,
): Promise<string[]> {
  const written: string[] = [];
  const put = async (path: string, content: string | Uint8Array) => {
    await mkdir(dirname(join(outDir, path)), { recursive: true });
    await writeFile(join(outDir, path), content);
    written.push(path);
    onPage?.(path);
  };
  const byArea = await exportAllPublic(db);
  await put(
    'data/all-public.zip',
    await collect(
      zipFiles(
        [...byArea].map(([area, records]) => ({
          name: `${area}.csv`,
          content: writeExport('csv', records) as AsyncIterable<Uint8Array>,
        })),
        { modified: clock() },
      ),
    ),
  );
  const report = async (
    path: string,
    target: ReportTarget,
    downloads: readonly { href: string; label: string }[] = [],
  ) => {
    const data = await assembleReportData(db, target, { lang, scores, clock });
    const page = renderReportHtml(documentFor(data), {
      downloads: [{ href: relativeHref(path, 'index.html'), label: 'Home' }, ...downloads],
    });
    await put(path, page);
  };
  const cities: { slug: string; name: string; country: string }[] = [];
  for (const country of ASEAN_COUNTRIES) {
    for (const c of await cityRefsRepository.listCityRefsByCountry(db, country.iso3))
      cities.push({ slug: c.slug, name: c.name, country: country.iso3 });
  }
  for (const city of cities) {
    const path = `cities/${city.slug}/index.html`;
    const records = byArea.get(city.slug) ?? [];
    await put(`data/cities/${city.slug}.csv`, await collect(writeExport('csv', records)));
    await put(`data/cities/${city.slug}.json`, await collect(writeExport('json', records)));
    await report(path, { kind: 'city', slug: city.slug }, [
      { href: relativeHref(path, `data/cities/${city.slug}.csv`), label: 'Values (CSV)' },
      { href: relativeHref(path, `data/cities/${city.slug}.json`), label: 'Values (JSON)' },
    ]);
  }
  for (const country of ASEAN_COUNTRIES)
    await report(`countries/${country.iso3}.html`, { kind: 'country', iso3: country.iso3 });
  await report('asean.html', { kind: 'asean' });
  const goals = await listGoals(db, lang);
  for (const goal of goals) {
    const detail = await getGoal(db, goal.number, lang);
    const path = `goals/${goal.number}.html`;
    await put(
      path,
      sitePage(
        path,
        `${goal.number}. ${goal.title}`,
        html`${detail.targets.map(
          (t) =>
            html`<h2>${t.code} ${t.title}</h2>
              <ul>
                ${t.indicators.map((i) => html`<li>${i.listedAs} ${i.title}</li>`)}
              </ul>`,
        )}`,
        lang,
      ),
    );
  }
  const cases = (await listCases(db, { actor: ANONYMOUS }, { limit: 10_000, offset: 0 })).items;
  for (const c of cases) {
    const text = c.texts.find((t) => t.lang === lang) ?? c.texts[0];
    const path = `cases/${c.id}.html`;
    await put(
      path,
      sitePage(
        path,
        text?.title ?? c.id,
        html`<p>
            <a href="${relativeHref(path, `cities/${c.city.slug}/index.html`)}">${c.city.name}</a> ·
            goals ${c.goals.join(', ')}
          </p>
          <p>${text?.summary ?? ''}</p>`,
      ),
    );
  }
  await put(
    'index.html',
    sitePage(
      'index.html',
      'Frontrunner: ASEAN cities localising the SDGs',
      html`<h2>Countries</h2>
        ${linkList(
          'index.html',
          ASEAN_COUNTRIES.map((c) => ({ href: `countries/${c.iso3}.html`, label: c.name })),
        )}
        <h2>Goals</h2>
        ${linkList(
          'index.html',
          goals.map((g) => ({ href: `goals/${g.number}.html`, label: `${g.number}. ${g.title}` })),
        )}
        <h2>Cities</h2>
        ${linkList(
          'index.html',
          cities.map((c) => ({
            href: `cities/${c.slug}/index.html`,
            label: `${c.name} (${c.country})`,
          })),
        )}
        <h2>Cases</h2>
        ${
          cases.length
            ? linkList(
                'index.html',
                cases.map((c) => ({
                  href: `cases/${c.id}.html`,
                  label: c.texts[0]?.title ?? c.id,
                })),
              )
            : html`<p class="unavailable">No published case yet.</p>`
        }`,
      lang,
    ),
  );
  return written;
}
