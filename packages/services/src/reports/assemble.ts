import { cityRefsRepository, type Executor } from '@frontrunner/db';
import {
  available,
  findCountry,
  NotFoundError,
  SDG_GOAL_COLOURS,
  unavailable,
  type ReportBlock,
  type ReportCapacity,
  type ReportDashboard,
  type ReportData,
  type ReportProject,
  type ReportScope,
} from '@frontrunner/domain';
import { ANONYMOUS } from '../access/actor';
import { cityAwareness } from '../capacity/survey.service';
import { cityCompetencies } from '../capacity/competency.service';
import type { Clock } from '../clock';
import { listGoals } from '../framework/framework.service';
import { getCity } from '../geo/geo.service';
import { getCityArea } from '../observations/area';
import { listPortfolio } from '../projects/project.service';
import { indicatorsOf } from './indicators-block';
import type { ReportScoresPort, ScoredGoal } from './scores-port';

/** What to assemble a report's data for. */
export type ReportTarget =
  { kind: 'city'; slug: string } | { kind: 'country'; iso3: string } | { kind: 'asean' };

/** Options of {@link assembleReportData}. */
export interface AssembleOptions {
  readonly lang: string;
  readonly scores: ReportScoresPort;
  readonly clock: Clock;
}

const MAX_PROJECTS = 200;

/**
 * Reads everything a report shows from the platform: only public data (approved values,
 * projects past the idea stage), so that a report can be published as it is.
 * @throws NotFoundError for an unknown city or a country outside ASEAN
 */
export async function assembleReportData(
  db: Executor,
  target: ReportTarget,
  options: AssembleOptions,
): Promise<ReportData> {
  const goals = await listGoals(db, options.lang);
  const titles = new Map(goals.map((g) => [g.number, g.title]));
  const dashboardOf = (
    scored: { index: number | null; goals: readonly ScoredGoal[] } | undefined,
    method: string,
  ): ReportBlock<ReportDashboard> =>
    scored
      ? available({
          index: scored.index,
          method,
          goals: scored.goals.map((g) => ({
            goal: g.goal,
            title: titles.get(g.goal) ?? `Goal ${g.goal}`,
            colour: SDG_GOAL_COLOURS[g.goal] ?? '#777777',
            score: g.score,
            dashboard: g.colour,
            dashboardLabel: g.colourLabel,
            trend: g.trend,
            trendLabel: g.trendLabel,
          })),
        })
      : unavailable('Scores are not available yet for this report.');
  const generatedAt = options.clock().toISOString();
  const goalList = goals.map((g) => ({
    goal: g.number,
    title: g.title,
    colour: SDG_GOAL_COLOURS[g.number] ?? '#777777',
  }));
  if (target.kind === 'city') {
    const city = await getCity(db, target.slug);
    const area = await getCityArea(db, target.slug);
    const scored = await options.scores.city(target.slug).catch(() => undefined);
    const scope: ReportScope = {
      kind: 'city',
      slug: city.slug,
      name: city.name,
      country: city.country,
      countryName: city.countryName,
    };
    const byIndicator = new Map((scored?.indicators ?? []).map((i) => [i.series, i]));
    return {
      scope,
      generatedAt,
      lang: options.lang,
      goals: goalList,
      dashboard: dashboardOf(
        scored,
        `SDSN method, codebook version ${scored?.codebook.version ?? '–'}`,
      ),
      members: unavailable('A city report has no members.'),
      indicators: available(await indicatorsOf(db, area, byIndicator)),
      projects: await projectsOf(db, { citySlug: city.slug }),
      capacity: await capacityOf(db, city.slug, city.stage),
    };
  }
  if (target.kind === 'country') {
    const country = findCountry(target.iso3.toUpperCase());
    if (!country) throw new NotFoundError('country', target.iso3);
    const rollUp = await options.scores.country(country.iso3).catch(() => undefined);
    const cities = await cityRefsRepository.listCityRefsByCountry(db, country.iso3);
    return {
      scope: { kind: 'country', iso3: country.iso3, name: country.name },
      generatedAt,
      lang: options.lang,
      goals: goalList,
      dashboard: dashboardOf(rollUp, rollUp?.rule ?? ''),
      members: rollUp
        ? available(rollUp.members)
        : available(cities.map((c) => ({ key: c.slug, name: c.name, index: null }))),
      indicators: available(
        await indicatorsOf(db, { kind: 'country', iso3: country.iso3 }, new Map()),
      ),
      projects: await projectsOf(db, { country: country.iso3 }),
      capacity: unavailable('Capacity results are reported city by city, in each city’s report.'),
    };
  }
  const rollUp = await options.scores.asean().catch(() => undefined);
  return {
    scope: { kind: 'asean', name: 'ASEAN' },
    generatedAt,
    lang: options.lang,
    goals: goalList,
    dashboard: dashboardOf(rollUp, rollUp?.rule ?? ''),
    members: rollUp
      ? available(rollUp.members)
      : unavailable('Country scores are not available yet.'),
    indicators: unavailable(
      'ASEAN-wide series are not stored: the national reports give each country’s values.',
    ),
    projects: await projectsOf(db, {}),
    capacity: unavailable('Capacity results are reported city by city, in each city’s report.'),
  };
}

async function projectsOf(
  db: Executor,
  filter: { citySlug?: string; country?: string },
): Promise<ReportBlock<readonly ReportProject[]>> {
  const { entries } = await listPortfolio(db, { actor: ANONYMOUS }, filter, {
    limit: MAX_PROJECTS,
    offset: 0,
  });
  return available(
    entries.map((e) => ({
      id: e.project.id,
      title: e.project.title,
      city: e.project.city.name,
      status: e.project.status,
      goals: e.goals,
      environment: e.profile.environment,
      society: e.profile.society,
      economy: e.profile.economy,
      multiDimensional: e.profile.multiDimensional,
    })),
  );
}

async function capacityOf(
  db: Executor,
  slug: string,
  stage: string,
): Promise<ReportBlock<ReportCapacity>> {
  const [awareness, competencies] = await Promise.all([
    cityAwareness(db, slug),
    cityCompetencies(db, slug),
  ]);
  return available({
    stage,
    awareness: awareness.points.flatMap((p) =>
      p.share === null ? [] : [{ title: p.title, share: p.share, n: p.n }],
    ),
    competencies: competencies.map((c) => ({
      competency: c.competency,
      before: c.before,
      after: c.after,
    })),
  });
}
