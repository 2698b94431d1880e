import type { ItemList, Page } from './types.ts';
import { apiGet, apiSend } from './client.ts';
import type {
  CityTarget,
  ObservationEntry,
  ObservationList,
  ObservationVersion,
  ObservationView,
  ReviewQueueItem,
  ReviewResult,
  Series,
  WriteSummary,
} from './observation-types.ts';

const cityPath = (slug: string) => `/cities/${encodeURIComponent(slug)}`;

/** A city's values: approved ones, or with `working` drafts too (for its team; else public). */
export function fetchCityObservations(
  slug: string,
  query: { view: ObservationView; series?: string },
  signal?: AbortSignal,
): Promise<ObservationList> {
  return apiGet(`${cityPath(slug)}/observations`, { query: { ...query }, signal });
}

/** A country's published values of some series (comma-separated codes). */
export function fetchCountryObservations(
  iso3: string,
  series: string,
  signal?: AbortSignal,
): Promise<ObservationList> {
  return apiGet(`/countries/${encodeURIComponent(iso3)}/observations`, {
    query: { series },
    signal,
  });
}

/** A city's own targets and baselines. */
export function fetchCityTargets(
  slug: string,
  signal?: AbortSignal,
): Promise<ItemList<CityTarget>> {
  return apiGet(`${cityPath(slug)}/targets`, { signal });
}

/** Series matching text or of an indicator. */
export function fetchSeriesList(
  query: { q?: string; indicator?: string; limit: number },
  signal?: AbortSignal,
): Promise<Page<Series>> {
  return apiGet('/series', { query: { ...query }, signal });
}

/** One series by code. */
export function fetchSeries(code: string, signal?: AbortSignal): Promise<Series> {
  return apiGet(`/series/${encodeURIComponent(code)}`, { signal });
}

/** Saves entered values as drafts, all or nothing. */
export function saveObservations(
  slug: string,
  body: { entries: readonly ObservationEntry[]; reason?: string },
): Promise<WriteSummary> {
  return apiSend('PUT', `${cityPath(slug)}/observations`, { json: body });
}

/** Submits draft or returned values for approval. */
export function submitObservations(slug: string, ids: readonly string[]): Promise<ReviewResult> {
  return apiSend('POST', `${cityPath(slug)}/observations/submit`, { json: { ids } });
}

/** Approves submitted values, or returns them with a comment. */
export function reviewObservations(body: {
  ids: readonly string[];
  decision: 'approve' | 'return';
  comment?: string;
}): Promise<ReviewResult> {
  return apiSend('POST', '/observations/review', { json: body });
}

/** Values awaiting the caller's review, oldest first. */
export function fetchReviewQueue(
  query: { limit: number; offset: number },
  signal?: AbortSignal,
): Promise<Page<ReviewQueueItem>> {
  return apiGet('/review-queue', { query: { ...query }, signal });
}

/** Every version of one value, oldest first. */
export function fetchObservationHistory(
  id: string,
  signal?: AbortSignal,
): Promise<ItemList<ObservationVersion>> {
  return apiGet(`/observations/${encodeURIComponent(id)}/history`, { signal });
}
