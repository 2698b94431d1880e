import {
  cohortRepository,
  graduationRepository as repo,
  withTransaction,
  type Executor,
} from '@frontrunner/db';
import {
  competencyChange,
  isCompetencyKey,
  NotFoundError,
  ValidationError,
  type AssessmentPhase,
  type CompetencyChange,
  type CompetencySelfAssessment,
} from '@frontrunner/domain';
import { randomUUID } from 'node:crypto';
import type { ActionContext } from '../access/actor';
import { authorize } from '../access/policy';
import { recordAudit } from '../audit/audit.service';
import type { Clock } from '../clock';
import { cityResource } from '../geo/city-programme.service';

/**
 * Records a competency self-assessment of a city's team: levels 1–5 by competency key, before
 * or after a training.
 */
export async function recordCompetencyAssessment(
  deps: { db: Executor; clock: Clock },
  ctx: ActionContext,
  slug: string,
  input: {
    phase: AssessmentPhase;
    levels: Readonly<Record<string, number>>;
    assessedOn: string;
    trainingId?: string | null | undefined;
  },
): Promise<{ id: string }> {
  const resource = await cityResource(deps.db, slug);
  authorize(ctx.actor, 'competency.assess', resource);
  const problems = Object.entries(input.levels).flatMap(([key, level]) => [
    ...(isCompetencyKey(key) ? [] : [{ field: `levels.${key}`, message: 'is not a competency' }]),
    ...(Number.isInteger(level) && level >= 1 && level <= 5
      ? []
      : [{ field: `levels.${key}`, message: 'must be a whole number 1–5' }]),
  ]);
  if (Object.keys(input.levels).length === 0)
    problems.push({ field: 'levels', message: 'needs at least one competency' });
  if (problems.length > 0) throw new ValidationError('Invalid self-assessment', problems);
  const id = randomUUID();
  await withTransaction(deps.db, async (trx) => {
    const now = deps.clock();
    const row = {
      id,
      city_id: resource.cityId,
      training_id: input.trainingId ?? null,
      phase: input.phase,
      levels: JSON.stringify(input.levels),
      assessed_on: input.assessedOn,
      created_at: now.toISOString(),
    };
    await repo.insertCompetencyAssessment(trx, row);
    await recordAudit(trx, ctx, now, {
      action: 'competency.assess',
      entityType: 'competency_assessment',
      entityId: id,
      cityId: resource.cityId,
      country: resource.country,
      after: row,
    });
  });
  return { id };
}

async function assessmentsOf(db: Executor, cityIds: readonly string[]) {
  const rows = await repo.listCompetencyAssessments(db, cityIds);
  return rows.map((r): CompetencySelfAssessment => ({
    cityId: r.city_id,
    cohort: r.cohort,
    phase: r.phase,
    levels: JSON.parse(r.levels) as CompetencySelfAssessment['levels'],
  }));
}

/** Competency change of a city: mean before and after per competency (public aggregate). */
export async function cityCompetencies(db: Executor, slug: string): Promise<CompetencyChange[]> {
  const { cityId } = await cityResource(db, slug);
  return competencyChange(await assessmentsOf(db, [cityId]));
}

/** Competency change of a cohort as a whole and of each of its cities. */
export async function cohortCompetencies(
  db: Executor,
  cohortId: string,
): Promise<{ cohort: CompetencyChange[]; cities: { city: string; change: CompetencyChange[] }[] }> {
  const cohort = await cohortRepository.findCohort(db, cohortId);
  if (!cohort) throw new NotFoundError('cohort', cohortId);
  const cities = await cohortRepository.listCohortCities(db, [cohort.name]);
  const all = await assessmentsOf(
    db,
    cities.map((c) => c.id),
  );
  return {
    cohort: competencyChange(all),
    cities: cities.map((c) => ({
      city: c.slug,
      change: competencyChange(all.filter((a) => a.cityId === c.id)),
    })),
  };
}
