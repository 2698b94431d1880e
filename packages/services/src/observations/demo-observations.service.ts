import type { Executor } from '@frontrunner/db';
import { withTransaction } from '@frontrunner/db';
import type { ActionContext } from '../access/actor';
import type { Clock } from '../clock';
import { getCodebook } from '../scoring/codebook.service';
import { getCityArea } from './area';
import { listObservations, saveObservations, type ObservationEntry } from './observation.service';
import { reviewObservations } from './review.service';

/** The cities that get synthetic demo values (the demo cohort and two large peers). */
export const DEMO_DATA_CITIES = [
  'phnom-penh',
  'siem-reap',
  'battambang',
  'bangkok',
  'surabaya',
] as const;

/** Said on every demo value, so that nobody mistakes it for a measurement. */
export const DEMO_DATA_SOURCE =
  'Demo data (server started with --demo): synthetic, not a measurement';

const SYSTEM: ActionContext = { actor: { kind: 'system', id: 'system:demo' } };
const YEARS = [2015, 2016, 2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024];

/**
 * A deterministic number in [0, 1) from a text (FNV-1a), so every demo start makes the same values.
 * @example unitHash('phnom-penh|FR_PM25') // always the same
 */
function unitHash(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0) / 2 ** 32;
}

/**
 * Synthetic values for one city and series: a start between the lower bound and the red threshold
 * that moves towards (and sometimes past) the green threshold, with a little noise. About one series
 * in seven is left out, as real cities report unevenly.
 */
export function demoSeries(
  city: string,
  entry: {
    series: string;
    optimum: number;
    green: number;
    red: number;
    lowerBound: number;
    decimals?: number;
  },
): { year: number; value: number }[] {
  const seed = unitHash(`${city}|${entry.series}`);
  if (seed < 0.14) return [];
  const start =
    entry.lowerBound + (entry.red - entry.lowerBound) * (0.3 + 0.7 * unitHash(`${seed}s`));
  const end = entry.red + (entry.green - entry.red) * (0.2 + 1.1 * unitHash(`${seed}e`));
  const low = Math.min(entry.optimum, entry.lowerBound);
  const high = Math.max(entry.optimum, entry.lowerBound);
  return YEARS.filter((year) => unitHash(`${seed}${year}`) > 0.15).map((year) => {
    const t = (year - YEARS[0]!) / (YEARS.length - 1);
    const noise =
      (unitHash(`${seed}n${year}`) - 0.5) * 0.04 * Math.abs(entry.lowerBound - entry.optimum);
    const value = Math.min(high, Math.max(low, start + (end - start) * t + noise));
    return { year, value: Math.round(value * 100) / 100 };
  });
}

/**
 * Demo mode only: synthetic, approved values of the default city indicator set for a few cities, so
 * that dashboards, trends and reports have something to show. Written through the ordinary services
 * (history, review, audit) by `system:demo`, every value sourced as demo data. Skipped when the first
 * demo city already has values.
 */
export async function seedDemoObservations(deps: { db: Executor; clock: Clock }): Promise<boolean> {
  const first = await getCityArea(deps.db, DEMO_DATA_CITIES[0]);
  const existing = await listObservations(deps.db, SYSTEM.actor, { area: first, view: 'working' });
  if (existing.items.some((o) => o.source === DEMO_DATA_SOURCE)) return false;
  const { entries } = await getCodebook(deps.db);
  await withTransaction(deps.db, async (trx) => {
    for (const slug of DEMO_DATA_CITIES) {
      const area = await getCityArea(trx, slug);
      const values: ObservationEntry[] = entries.flatMap((entry) =>
        demoSeries(slug, entry).map(({ year, value }) => ({
          series: entry.series,
          year,
          disaggregation: {},
          value,
          source: DEMO_DATA_SOURCE,
          footnote: 'Demo value',
        })),
      );
      if (values.length === 0) continue;
      await saveObservations(
        trx,
        SYSTEM,
        { area, entries: values, reason: 'Demo data' },
        deps.clock,
      );
      const drafts = await listObservations(trx, SYSTEM.actor, { area, view: 'working' });
      const ids = drafts.items.filter((o) => o.source === DEMO_DATA_SOURCE).map((o) => o.id);
      await reviewObservations(trx, SYSTEM, { ids, action: 'submit' }, deps.clock);
      await reviewObservations(trx, SYSTEM, { ids, action: 'approve' }, deps.clock);
    }
  });
  return true;
}
