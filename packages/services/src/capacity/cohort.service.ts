import { cohortRepository as repo, withTransaction, type Executor } from '@frontrunner/db';
import { ConflictError, NotFoundError, ValidationError } from '@frontrunner/domain';
import { randomUUID } from 'node:crypto';
import type { ActionContext } from '../access/actor';
import { authorize } from '../access/policy';
import { recordAudit } from '../audit/audit.service';
import type { Clock } from '../clock';
import { updateCityProgramme } from '../geo/city-programme.service';

/** A city of a cohort at a glance. */
export interface CohortCityView {
  slug: string;
  name: string;
  country: string;
  stage: string;
}

/** A cohort with its cities. */
export interface CohortView {
  id: string;
  name: string;
  year: number;
  description: string | null;
  cities: CohortCityView[];
}

/** Every cohort with its cities (public: cohorts are announced). */
export async function listCohorts(db: Executor): Promise<CohortView[]> {
  const rows = await repo.listCohorts(db);
  const cities = await repo.listCohortCities(
    db,
    rows.map((r) => r.name),
  );
  return rows.map((r) => ({
    id: r.id,
    name: r.name,
    year: Number(r.year),
    description: r.description,
    cities: cities
      .filter((c) => c.cohort === r.name)
      .map((c) => ({ slug: c.slug, name: c.name, country: c.country_iso3, stage: c.stage })),
  }));
}

/** One cohort; throws {@link NotFoundError}. */
export async function getCohort(db: Executor, id: string): Promise<CohortView> {
  const found = (await listCohorts(db)).find((c) => c.id === id);
  if (!found) throw new NotFoundError('cohort', id);
  return found;
}

/** Creates a cohort (secretariat); its name is unique and stays. */
export async function createCohort(
  deps: { db: Executor; clock: Clock },
  ctx: ActionContext,
  input: { name: string; year: number; description?: string | null | undefined },
): Promise<CohortView> {
  authorize(ctx.actor, 'cohort.manage');
  const name = input.name.trim();
  if (name === '')
    throw new ValidationError('A cohort needs a name', [{ field: 'name', message: 'is empty' }]);
  const id = randomUUID();
  await withTransaction(deps.db, async (trx) => {
    if (await repo.findCohortByName(trx, name))
      throw new ConflictError(`A cohort "${name}" exists`, { name });
    const now = deps.clock();
    const row = {
      id,
      name,
      year: input.year,
      description: input.description?.trim() || null,
      created_at: now.toISOString(),
    };
    await repo.insertCohort(trx, row);
    await recordAudit(trx, ctx, now, {
      action: 'cohort.manage',
      entityType: 'cohort',
      entityId: id,
      after: row,
    });
  });
  return getCohort(deps.db, id);
}

/**
 * Puts cities into a cohort: sets each city's `cohort` through the city programme service, so
 * each change is authorized (`city.set_cohort`) and audited like any other. All or nothing.
 */
export async function addCohortCities(
  deps: { db: Executor; clock: Clock },
  ctx: ActionContext,
  cohortId: string,
  slugs: readonly string[],
): Promise<CohortView> {
  authorize(ctx.actor, 'cohort.manage');
  const cohort = await repo.findCohort(deps.db, cohortId);
  if (!cohort) throw new NotFoundError('cohort', cohortId);
  await withTransaction(deps.db, async (trx) => {
    for (const slug of slugs)
      await updateCityProgramme({ db: trx, clock: deps.clock }, ctx, slug, { cohort: cohort.name });
  });
  return getCohort(deps.db, cohortId);
}
