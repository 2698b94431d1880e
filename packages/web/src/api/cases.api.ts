import type { CaseChange, CaseRecord, CaseReviewRequest, CaseStatus } from './cases-types.ts';
import { apiGet, apiSend } from './client.ts';

/** Which cases to list. */
export interface CaseListFilter {
  /** City slug. */
  readonly city?: string;
  /** Only cases grown from this project. */
  readonly project?: string;
  readonly status?: CaseStatus;
}

/** The most cases one list shows (the API's page limit). */
export const CASE_LIST_LIMIT = 200;

/** Cases the reader may see, most recently changed first, with how many match. */
export function fetchCases(
  filter: CaseListFilter,
  signal?: AbortSignal,
): Promise<{ readonly total: number; readonly items: readonly CaseRecord[] }> {
  return apiGet('/cases', { query: { ...filter, limit: CASE_LIST_LIMIT }, signal });
}

/** A case with every field and language version; 404 for an unknown or private case. */
export async function fetchCaseRecord(id: string, signal?: AbortSignal): Promise<CaseRecord> {
  const page = await apiGet<{ case: CaseRecord }>(`/cases/${encodeURIComponent(id)}`, { signal });
  return page.case;
}

/** Starts a draft case of a city from one of its completed projects, pre-filled from it. */
export function createCaseFromProject(
  slug: string,
  input: { readonly projectId: string; readonly lang: string },
): Promise<CaseRecord> {
  return apiSend('POST', `/cities/${encodeURIComponent(slug)}/cases`, { json: input });
}

/** Saves a case's facts and/or the texts of several languages, all or nothing. */
export function updateCase(id: string, change: CaseChange): Promise<CaseRecord> {
  return apiSend('PATCH', `/cases/${encodeURIComponent(id)}`, { json: change });
}

/** Submits a case (its team), or publishes or returns it (the secretariat). */
export function reviewCase(id: string, request: CaseReviewRequest): Promise<CaseRecord> {
  return apiSend('POST', `/cases/${encodeURIComponent(id)}/review`, { json: request });
}
