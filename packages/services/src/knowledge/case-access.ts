import { caseRepository, cityProfileRepository, type Executor } from '@frontrunner/db';
import { NotFoundError } from '@frontrunner/domain';
import type { Actor } from '../access/actor';
import { isAllowed } from '../access/policy';
import { toCaseView, type CaseView } from './case-view';

/** A case with its row and its city's population, loaded for an action. */
export interface LoadedCase {
  row: caseRepository.CaseRow;
  view: CaseView;
  population: number | null;
}

/** Whether an actor may read a case: published, or the city's team may read its drafts. */
export function canSeeCase(actor: Actor, view: Pick<CaseView, 'status' | 'city'>): boolean {
  if (view.status === 'published') return true;
  return isAllowed(actor, 'city.read_drafts', { cityId: view.city.id, country: view.city.country });
}

/**
 * Loads a case the actor may see. An unpublished case of another city is reported as not
 * found, so that drafts stay private.
 */
export async function loadCase(db: Executor, actor: Actor, id: string): Promise<LoadedCase> {
  const row = await caseRepository.findCase(db, id);
  const [city] = row
    ? await cityProfileRepository.listCityProfiles(db, { ids: [row.city_id] })
    : [];
  if (!row || !city) throw new NotFoundError('case', id);
  const texts = await caseRepository.listCaseTexts(db, [row.id]);
  const view = toCaseView(row, texts, {
    id: city.id,
    slug: city.slug,
    name: city.name,
    country: city.country_iso3,
  });
  if (!canSeeCase(actor, view)) throw new NotFoundError('case', id);
  return { row, view, population: city.population === null ? null : Number(city.population) };
}
