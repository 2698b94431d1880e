import type { FastifyInstance } from 'fastify';
import { call } from './accounts-fixtures';

/** A codebook entry as GET /api/v1/codebook answers it. */
export interface EntryJson {
  series: string;
  goal: number;
  optimum: number;
  green: number;
  red: number;
  lowerBound: number;
  direction: 'higher' | 'lower';
  trendFrom: number | null;
}

/** A city's scores as GET /api/v1/cities/:slug/scores answers them (the fields tests read). */
export interface CityScoresJson {
  city: { slug: string };
  codebook: { version: number; current: boolean };
  fingerprint: string;
  computedAt: string;
  index: number | null;
  missingShare: number;
  goals: {
    goal: number;
    score: number | null;
    colour: string;
    trend: string;
    distance: number | null;
  }[];
  indicators: {
    series: string;
    score: number | null;
    colour: string;
    trend: string;
    year: number | null;
    value: number | null;
    observation: { id: string; version: number } | null;
    base: { year: number; observation: { id: string; version: number } } | null;
    entry: EntryJson;
    lowerBoundFrom: { kind: string; group?: { kind: string; key: string }; percentile?: number };
    distance: { score: number; distance: number; endValue: number } | null;
    target: { value: number; year: number } | null;
  }[];
}

/** One value to publish. */
export interface ValueEntry {
  series: string;
  year: number;
  value: number;
}

/**
 * Enters values for a city as drafts, submits them and approves them, as the given users
 * (the secretariat can do all three): the path every public value takes.
 */
export async function publish(
  app: FastifyInstance,
  headers: Record<string, string>,
  slug: string,
  entries: readonly ValueEntry[],
): Promise<void> {
  const saved = await call(app, 'PUT', `/api/v1/cities/${slug}/observations`, {
    headers,
    body: { entries },
  });
  if (saved.status !== 200) throw new Error(`save ${slug}: ${JSON.stringify(saved.body)}`);
  const working = await call(app, 'GET', `/api/v1/cities/${slug}/observations?view=working`, {
    headers,
  });
  const ids = (working.body.items as { id: string; status: string }[])
    .filter((o) => o.status === 'draft' || o.status === 'returned')
    .map((o) => o.id);
  const submitted = await call(app, 'POST', `/api/v1/cities/${slug}/observations/submit`, {
    headers,
    body: { ids },
  });
  if (submitted.status !== 200)
    throw new Error(`submit ${slug}: ${JSON.stringify(submitted.body)}`);
  const approved = await call(app, 'POST', '/api/v1/observations/review', {
    headers,
    body: { ids, decision: 'approve' },
  });
  if (approved.status !== 200) throw new Error(`approve ${slug}: ${JSON.stringify(approved.body)}`);
}

/**
 * Values for the first `count` codebook entries in two years, spread between each entry's
 * lower bound and optimum by a fixed pattern, so that scores, colours and trends all vary.
 */
export function spreadValues(entries: readonly EntryJson[], count: number, seed = 0): ValueEntry[] {
  return entries.slice(0, count).flatMap((e, i) => {
    const share = ((i * 37 + seed * 11) % 101) / 100;
    const at = (f: number) => e.lowerBound + f * (e.optimum - e.lowerBound);
    return [
      { series: e.series, year: 2016, value: at(share * 0.7) },
      { series: e.series, year: 2022, value: at(share) },
    ];
  });
}

/** The codebook CSV the file scorer reads, from the entries as applied to a city. */
export function codebookCsv(entries: readonly EntryJson[]): string {
  const rows = entries.map((e) =>
    [
      e.series,
      e.goal,
      e.optimum,
      e.green,
      e.red,
      e.lowerBound,
      e.direction,
      e.trendFrom ?? '',
    ].join(','),
  );
  return `series,goal,optimum,green,red,lower_bound,direction,trend_from\n${rows.join('\n')}\n`;
}

/**
 * The observations CSV the file scorer reads, from a city's public values (GET
 * /cities/:slug/observations, the approved view): headline values only.
 */
export async function publicObservationsCsv(app: FastifyInstance, slug: string): Promise<string> {
  const res = await call(app, 'GET', `/api/v1/cities/${slug}/observations`);
  const items = res.body.items as {
    series: string;
    year: number;
    value: number;
    disaggregation: Record<string, string>;
  }[];
  const rows = items
    .filter((o) => Object.keys(o.disaggregation).length === 0)
    .map((o) => `${slug},${o.series},${o.year},${o.value}`);
  return `unit,series,year,value\n${rows.join('\n')}\n`;
}

/** A city's scores in the file scorer's document shape, for comparing the two. */
export function asScoreDocumentUnit(s: CityScoresJson) {
  return {
    unit: s.city.slug,
    index: s.index,
    goals: s.goals.map((g) => ({ goal: g.goal, score: g.score, colour: g.colour, trend: g.trend })),
    indicators: s.indicators.map((i) => ({
      series: i.series,
      score: i.score,
      colour: i.colour,
      trend: i.trend,
    })),
  };
}
