import { cityRefsRepository, projectsRepository as repo, type Executor } from '@frontrunner/db';
import { NotFoundError } from '@frontrunner/domain';
import type { Actor } from '../access/actor';
import { authorize, isAllowed, type Action } from '../access/policy';
import { toProjectView, type ProjectView } from './project-view';

/** A project with its row, loaded for an action. */
export interface LoadedProject {
  row: repo.ProjectRow;
  view: ProjectView;
}

/** Whether an actor may see a project: past the idea stage, or the city's team may read drafts. */
export function canSeeProject(actor: Actor, view: ProjectView): boolean {
  if (view.status !== 'idea') return true;
  return isAllowed(actor, 'city.read_drafts', { cityId: view.city.id, country: view.city.country });
}

/**
 * Loads a project and authorizes `action` against its city. A project the actor may not see is
 * reported as not found, so that ideas stay private.
 */
export async function loadProject(
  db: Executor,
  actor: Actor,
  id: string,
  action: Action,
): Promise<LoadedProject> {
  const row = await repo.findProject(db, id);
  const [city] = row ? await cityRefsRepository.listCityRefsById(db, [row.city_id]) : [];
  if (!row || !city) throw new NotFoundError('project', id);
  const view = toProjectView(row, {
    id: city.id,
    slug: city.slug,
    name: city.name,
    country: city.country_iso3,
  });
  if (action !== 'project.read')
    authorize(actor, action, { cityId: city.id, country: city.country_iso3 });
  else if (!canSeeProject(actor, view)) throw new NotFoundError('project', id);
  return { row, view };
}
