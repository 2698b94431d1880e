import { cityProfileRepository, type Executor } from '@frontrunner/db';
import type { ActionContext } from '../access/actor';
import { authorize } from '../access/policy';
import { loadCase } from './case-access';

/** A project that replicates a case, with its city and what it reported. */
export interface ReplicationView {
  projectId: string;
  title: string;
  status: string;
  city: { slug: string; name: string; country: string };
}

/** Where a case went next: the projects (past the idea stage) that declare they replicate it. */
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
  return projects.map((p) => {
    const c = byId.get(p.city_id);
    return {
      projectId: p.id,
      title: p.title,
      status: p.status,
      city: { slug: c?.slug ?? '', name: c?.name ?? '', country: c?.country_iso3 ?? '' },
    };
  });
}
