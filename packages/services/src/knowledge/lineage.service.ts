import { cityProfileRepository, projectsRepository, type Executor } from '@frontrunner/db';
import type { ActionContext } from '../access/actor';
import { authorize } from '../access/policy';
import type { IndicatorPeriod } from '../projects/results.service';
import { loadCase } from './case-access';

/**
 * One monitored indicator of a replicating project: its newest reported actual against the
 * target of that period, or, before anything is reported, its first target.
 */
export interface ReplicationResultView {
  indicatorId: string;
  /** Indicator name, as in the project's results framework */
  name: string;
  unit: string;
  sdgIndicator: string | null;
  baseline: number | null;
  /** The period the target and actual are for (a year, usually); null without any period */
  period: string | null;
  target: number | null;
  /** Null until an approved progress update reports the period */
  actual: number | null;
}

/** A project that replicates a case, with its city and what it reported. */
export interface ReplicationView {
  projectId: string;
  title: string;
  status: string;
  city: { slug: string; name: string; country: string };
  /** Headline results of its monitored indicators (outputs and outcomes, in framework order) */
  results: ReplicationResultView[];
}

/**
 * The result shown for one indicator: the newest headline period with an actual (approved
 * progress), else the first headline period (its target only).
 */
export function headlineResult(periods: readonly IndicatorPeriod[]): IndicatorPeriod | undefined {
  const headline = periods.filter((p) => p.disaggregation === '');
  const reported = headline.filter((p) => p.actual !== null);
  return reported[reported.length - 1] ?? headline[0];
}

async function resultsOf(db: Executor, projectId: string): Promise<ReplicationResultView[]> {
  const { indicators } = await projectsRepository.listResults(db, projectId);
  return indicators.map((i) => {
    const shown = headlineResult(JSON.parse(i.periods) as IndicatorPeriod[]);
    return {
      indicatorId: i.id,
      name: i.name,
      unit: i.unit,
      sdgIndicator: i.sdg_indicator,
      baseline: i.baseline_value === null ? null : Number(i.baseline_value),
      period: shown?.period ?? null,
      target: shown?.target ?? null,
      actual: shown?.actual ?? null,
    };
  });
}

/**
 * Where a case went next: the projects (past the idea stage) that declare they replicate it,
 * each with its city, status and the headline results of its monitored indicators.
 */
export async function caseReplications(
  db: Executor,
  ctx: ActionContext,
  caseId: string,
): Promise<ReplicationView[]> {
  authorize(ctx.actor, 'case.read');
  await loadCase(db, ctx.actor, caseId);
  const projects = await cityProfileRepository.listReplications(db, [caseId]);
  const cities = await cityProfileRepository.listCityProfiles(db, {
    ids: [...new Set(projects.map((p) => p.city_id))],
  });
  const byId = new Map(cities.map((c) => [c.id, c]));
  const views: ReplicationView[] = [];
  for (const p of projects) {
    const c = byId.get(p.city_id);
    views.push({
      projectId: p.id,
      title: p.title,
      status: p.status,
      city: { slug: c?.slug ?? '', name: c?.name ?? '', country: c?.country_iso3 ?? '' },
      results: await resultsOf(db, p.id),
    });
  }
  return views;
}
