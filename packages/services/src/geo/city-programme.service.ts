import { geoRepository as repo, withTransaction, type Executor } from '@frontrunner/db';
import { NotFoundError, ValidationError } from '@frontrunner/domain';
import type { ActionContext } from '../access/actor';
import { authorize, type Resource } from '../access/policy';
import type { Clock } from '../clock';
import { recordAudit } from '../audit/audit.service';
import { getCity, type CityStage, type CityView } from './geo.service';

/** The programme fields of a city that can be edited; absent fields stay as they are. */
export interface CityProgrammeUpdate {
  /** Only the secretariat changes a stage. */
  readonly stage?: CityStage | undefined;
  /** Only the secretariat changes a cohort; null clears it. */
  readonly cohort?: string | null | undefined;
  /** Goal numbers 1–17; the city's team, its focal point and the secretariat edit them. */
  readonly priorityGoals?: readonly number[] | undefined;
}

/** A city as a policy resource: the city and its country. */
export async function cityResource(
  db: Executor,
  slug: string,
): Promise<Resource & { cityId: string }> {
  const [city] = await repo.listCityRefsBySlug(db, [slug]);
  if (!city) throw new NotFoundError('city', slug);
  return { cityId: city.id, country: city.country_iso3 };
}

/**
 * Edits a city's programme fields. `city.update` lets the actor edit the city at all; changing
 * the stage also needs `city.set_stage`, the cohort `city.set_cohort` (fields sent unchanged
 * need nothing more). Writes the change and its audit entry in one transaction.
 */
export async function updateCityProgramme(
  deps: { readonly db: Executor; readonly clock: Clock },
  ctx: ActionContext,
  slug: string,
  update: CityProgrammeUpdate,
): Promise<CityView> {
  const before = await getCity(deps.db, slug);
  const resource = await cityResource(deps.db, slug);
  authorize(ctx.actor, 'city.update', resource);
  const goals =
    update.priorityGoals === undefined ? undefined : normaliseGoals(update.priorityGoals);
  const patch = {
    ...(update.stage !== undefined && update.stage !== before.stage ? { stage: update.stage } : {}),
    ...(update.cohort !== undefined && update.cohort !== before.cohort
      ? { cohort: update.cohort === null ? null : update.cohort.trim() || null }
      : {}),
    ...(goals !== undefined && goals.join() !== before.priorityGoals.join()
      ? { priority_goals: JSON.stringify(goals) }
      : {}),
  };
  if ('stage' in patch) authorize(ctx.actor, 'city.set_stage', resource);
  if ('cohort' in patch) authorize(ctx.actor, 'city.set_cohort', resource);
  if (Object.keys(patch).length === 0) return before;
  return withTransaction(deps.db, async (trx) => {
    const now = deps.clock();
    await repo.updateCityProgramme(trx, resource.cityId, {
      ...patch,
      updated_at: now.toISOString(),
    });
    const after = await getCity(trx, slug);
    await recordAudit(trx, ctx, now, {
      action: 'city.update',
      entityType: 'city',
      entityId: resource.cityId,
      cityId: resource.cityId,
      country: before.country,
      before: programme(before),
      after: programme(after),
    });
    return after;
  });
}

function programme(city: CityView) {
  return {
    slug: city.slug,
    stage: city.stage,
    cohort: city.cohort,
    priorityGoals: city.priorityGoals,
  };
}

/** Sorted, distinct goal numbers; throws {@link ValidationError} for numbers outside 1–17. */
function normaliseGoals(goals: readonly number[]): number[] {
  const bad = goals.filter((g) => !Number.isInteger(g) || g < 1 || g > 17);
  if (bad.length > 0)
    throw new ValidationError('Priority goals are goal numbers 1–17', [
      { field: 'priorityGoals', message: `not goals: ${bad.join(', ')}` },
    ]);
  return [...new Set(goals)].sort((a, b) => a - b);
}
