import {
  cityRefsRepository,
  projectsRepository as repo,
  withTransaction,
  type Executor,
} from '@frontrunner/db';
import {
  assertValidProject,
  benefitProfile,
  goalOfTarget,
  type BenefitProfile,
  type Dimension,
  type ProjectDraft,
} from '@frontrunner/domain';
import { randomUUID } from 'node:crypto';
import type { ActionContext } from '../access/actor';
import { authorize, readableScope } from '../access/policy';
import { describeActor, recordAudit } from '../audit/audit.service';
import type { Clock } from '../clock';
import { getCityArea } from '../observations/area';
import { loadFrameworkLookup } from './framework-lookup';
import { loadProject } from './project-access';
import { draftColumns, toClaimView, toProjectView, type ProjectView } from './project-view';

/** Creates a project in a city (city editor of that city, or the secretariat); audited. */
export async function createProject(
  db: Executor,
  ctx: ActionContext,
  request: { citySlug: string; draft: ProjectDraft; demo?: boolean },
  clock: Clock,
): Promise<ProjectView> {
  const city = await getCityArea(db, request.citySlug);
  authorize(ctx.actor, 'project.write', { cityId: city.id, country: city.country });
  const lookup = await loadFrameworkLookup(db);
  assertValidProject(request.draft, lookup.targets);
  const at = clock().toISOString();
  const who = describeActor(ctx.actor).id ?? 'anonymous';
  const row = {
    id: randomUUID(),
    city_id: city.id,
    ...draftColumns(request.draft),
    demo: request.demo ? 1 : 0,
    created_at: at,
    created_by: who,
    updated_at: at,
    updated_by: who,
  };
  await withTransaction(db, async (trx) => {
    await repo.insertProject(trx, row);
    await recordAudit(trx, ctx, new Date(at), {
      action: 'project.write',
      entityType: 'project',
      entityId: row.id,
      cityId: city.id,
      country: city.country,
      after: row,
    });
  });
  return toProjectView(row, {
    id: city.id,
    slug: city.slug,
    name: city.name,
    country: city.country,
  });
}

/** Replaces a project's fields with a new draft; audited with before and after. */
export async function updateProject(
  db: Executor,
  ctx: ActionContext,
  request: { id: string; draft: ProjectDraft },
  clock: Clock,
): Promise<ProjectView> {
  const { row, view } = await loadProject(db, ctx.actor, request.id, 'project.write');
  const lookup = await loadFrameworkLookup(db);
  assertValidProject(request.draft, lookup.targets);
  const at = clock();
  const changes = {
    ...draftColumns(request.draft),
    updated_at: at.toISOString(),
    updated_by: describeActor(ctx.actor).id ?? 'anonymous',
  };
  await withTransaction(db, async (trx) => {
    await repo.updateProject(trx, row.id, changes);
    await recordAudit(trx, ctx, at, {
      action: 'project.write',
      entityType: 'project',
      entityId: row.id,
      cityId: row.city_id,
      country: view.city.country,
      before: row,
      after: { ...row, ...changes },
    });
  });
  return toProjectView({ ...row, ...changes }, view.city);
}

/** The benefit profile of a project, computed on read from its claims. */
export async function projectProfile(db: Executor, projectId: string): Promise<BenefitProfile> {
  const claims = (await repo.listClaims(db, [projectId])).map(toClaimView);
  const lookup = await loadFrameworkLookup(db);
  return benefitProfile(claims, lookup.indicatorIdOf);
}

/** Filters of the portfolio; all optional. */
export interface PortfolioFilter {
  citySlug?: string | undefined;
  /** ISO3. */
  country?: string | undefined;
  goal?: number | undefined;
  /** Projects with a net positive score in this dimension. */
  dimension?: Dimension | undefined;
  status?: string | undefined;
}

/** A portfolio entry: the project, its goals and its profile. */
export interface PortfolioEntry {
  project: ProjectView;
  goals: number[];
  profile: BenefitProfile;
}

/**
 * The portfolio: projects by city, country, goal, dimension and status, newest first. The public
 * does not see ideas; a city's team (and the focal point, secretariat) sees their own.
 */
export async function listPortfolio(
  db: Executor,
  ctx: ActionContext,
  filter: PortfolioFilter,
  page: { limit: number; offset: number },
): Promise<{ entries: PortfolioEntry[]; total: number }> {
  const cityIds = filter.citySlug ? [(await getCityArea(db, filter.citySlug)).id] : undefined;
  const drafts = readableScope(ctx.actor, 'city.read_drafts');
  const hideIdeas = !drafts.all;
  const base = {
    cityIds,
    country: filter.country,
    goal: filter.goal,
    statuses: filter.status ? [filter.status] : undefined,
  };
  let ids: string[] | undefined;
  if (filter.dimension || hideIdeas) {
    // Dimension and draft visibility need the profile and the city: filter ids first.
    const all = await repo.listProjects(db, base, { limit: 100_000, offset: 0 });
    const lookup = await loadFrameworkLookup(db);
    const claims = await repo.listClaims(
      db,
      all.rows.map((r) => r.id),
    );
    ids = [];
    for (const row of all.rows) {
      if (hideIdeas && row.status === 'idea' && !drafts.cityIds.includes(row.city_id)) {
        const [c] = await cityRefsRepository.listCityRefsById(db, [row.city_id]);
        if (!c || !drafts.countries.includes(c.country_iso3)) continue;
      }
      if (filter.dimension) {
        const own = claims.filter((c) => c.project_id === row.id).map(toClaimView);
        if (benefitProfile(own, lookup.indicatorIdOf)[filter.dimension] <= 0) continue;
      }
      ids.push(row.id);
    }
  }
  const { rows, total } = await repo.listProjects(db, { ...base, ids }, page);
  return { entries: await portfolioEntries(db, rows), total };
}

async function portfolioEntries(db: Executor, rows: repo.ProjectRow[]): Promise<PortfolioEntry[]> {
  const cities = new Map(
    (await cityRefsRepository.listCityRefsById(db, [...new Set(rows.map((r) => r.city_id))])).map(
      (c) => [c.id, { id: c.id, slug: c.slug, name: c.name, country: c.country_iso3 }],
    ),
  );
  const claims = await repo.listClaims(
    db,
    rows.map((r) => r.id),
  );
  const lookup = await loadFrameworkLookup(db);
  return rows.map((row) => {
    const own = claims.filter((c) => c.project_id === row.id).map(toClaimView);
    const city = cities.get(row.city_id) ?? { id: row.city_id, slug: '', name: '', country: '' };
    return {
      project: toProjectView(row, city),
      goals: [...new Set(own.map((c) => goalOfTarget(c.target)))].sort((a, b) => a - b),
      profile: benefitProfile(own, lookup.indicatorIdOf),
    };
  });
}
