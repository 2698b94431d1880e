import { observationsRepository, seedCodebook, type DatabaseHandle } from '@frontrunner/db';
import { VLR_OUTLINE } from '@frontrunner/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { manualClock } from '../clock';
import { assembleReportData } from './assemble';
import { documentFor } from './document';
import { renderReportHtml } from './html/render-report';
import { NO_SCORES } from './scores-port';
import { storedScores } from './scores-from-service';
import { getCityScores } from '../scoring/scores.service';
import {
  buildReportFixture,
  FIXTURE_SERIES,
  FIXTURE_TARGET,
  FIXTURE_VALUES,
} from './reports.fixtures';

let handle: DatabaseHandle;
beforeAll(async () => {
  handle = await buildReportFixture();
});
afterAll(async () => handle.destroy());

const clock = manualClock(new Date('2025-06-01T00:00:00Z'));
const assemble = () =>
  assembleReportData(
    handle.db,
    { kind: 'city', slug: 'battambang' },
    {
      lang: 'en',
      scores: NO_SCORES,
      clock,
    },
  );

describe('a city report’s data', () => {
  it('holds exactly the approved values of the city, each citing its observation and version', async () => {
    const data = await assemble();
    if (!data.indicators.available) throw new Error('indicators missing');
    const pm = data.indicators.value.find((i) => i.series === FIXTURE_SERIES);
    const stored = (
      await observationsRepository.listObservationValues(handle.db, { view: 'public' })
    ).filter((r) => r.series_id === 'series-report-pm25');
    expect(pm?.points.map((p) => [p.year, p.value])).toEqual(
      FIXTURE_VALUES.filter((v) => v.approve).map((v) => [v.year, v.value]),
    );
    expect(pm?.points.map((p) => [p.citation.observationId, p.citation.version])).toEqual(
      stored.map((r) => [r.id, Number(r.version)]),
    );
    expect(pm?.target).toEqual(FIXTURE_TARGET);
    expect(pm?.goals).toEqual([11]);
  });

  it('shows the stored scores of every goal on its dashboard', async () => {
    await seedCodebook(handle);
    const data = await assembleReportData(
      handle.db,
      { kind: 'city', slug: 'bangkok' },
      { lang: 'en', scores: storedScores(handle.db, clock), clock },
    );
    const stored = await getCityScores(handle.db, 'bangkok', {}, clock);
    if (!data.dashboard.available) throw new Error(data.dashboard.reason);
    expect(data.dashboard.value.index).toBe(stored.index);
    expect(data.dashboard.value.goals.map((g) => [g.goal, g.score, g.dashboard])).toEqual(
      stored.goals.map((g) => [g.goal, g.score, g.colour]),
    );
    expect(data.dashboard.value.goals).toHaveLength(17);
  });

  it('says why the dashboard is missing when no scores can be read', async () => {
    const data = await assemble();
    expect(data.dashboard).toMatchObject({ available: false });
  });
});

describe('a city report’s page', () => {
  it('shows every approved value with a footnote to the annex entry of its observation, and no draft', async () => {
    const data = await assemble();
    const page = renderReportHtml(documentFor(data));
    const stored = (
      await observationsRepository.listObservationValues(handle.db, { view: 'public' })
    ).filter((r) => r.series_id === 'series-report-pm25');
    for (const row of stored) {
      const mark = new RegExp(
        `data-observation="${row.id}" data-version="${row.version}"\\s*>([^<]+)</span\\s*><sup class="cite"><a href="#cite-(\\d+)">`,
      ).exec(page);
      expect(Number(mark?.[1])).toBe(Number(row.value));
      const annex = new RegExp(`<tr id="cite-${mark?.[2]}">[\\s\\S]*?</tr>`).exec(page)?.[0];
      expect(annex).toContain(`${row.id} (v${row.version})`);
    }
    expect(page).not.toContain('99.50');
    expect(page).toContain('Battambang');
  });

  it('has every section of the outline, in order, in the table of contents and the body', async () => {
    const page = renderReportHtml(documentFor(await assemble()));
    const positions = VLR_OUTLINE.map((s) => page.indexOf(`id="section-${s.key}"`));
    expect(positions.every((p) => p > 0)).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
    for (const s of VLR_OUTLINE) expect(page).toContain(`href="#section-${s.key}"`);
  });

  it('escapes narratives, so text written by a user never becomes markup', async () => {
    const doc = {
      ...documentFor(await assemble()),
      narratives: { highlights: '<script>x</script>' },
    };
    const page = renderReportHtml(doc);
    expect(page).not.toContain('<script>x</script>');
    expect(page).toContain('&lt;script&gt;x&lt;/script&gt;');
  });
});
