import { apiGet, apiSend, apiUrl } from './client.ts';

/** Where a saved report stands in its review. */
export type ReportStatus = 'draft' | 'submitted' | 'approved' | 'returned';

/** One entry of a report's stakeholder-consultation log. */
export interface Consultation {
  /** ISO date, YYYY-MM-DD. */
  readonly date: string;
  readonly stakeholders: string;
  readonly summary: string;
}

/** A saved report as the API presents it (saved-reports.presenter.ts). */
export interface SavedReport {
  readonly id: string;
  readonly city: { readonly slug: string; readonly name: string; readonly country: string } | null;
  readonly title: string;
  readonly lang: string;
  readonly status: ReportStatus;
  readonly version: number;
  readonly publishedVersion: number | null;
  readonly reviewComment: string | null;
  readonly narratives: Readonly<Record<string, string>>;
  readonly consultations: readonly Consultation[];
  readonly updatedAt: string;
}

/** Changes to a report's title and narratives. */
export interface ReportChanges {
  readonly title?: string;
  readonly narratives?: Readonly<Record<string, string>>;
}

/** A reviewer's decision. */
export interface ReportReview {
  readonly decision: 'approve' | 'return';
  readonly comment?: string;
}

/** The printed forms of a report. */
export type ReportFormat = 'html' | 'pdf' | 'zip';

/** A city's reports: published ones for the public, drafts too for its team. */
export async function fetchCityReports(
  slug: string,
  signal?: AbortSignal,
): Promise<readonly SavedReport[]> {
  const page = await apiGet<{ items: SavedReport[] }>(
    `/cities/${encodeURIComponent(slug)}/reports`,
    { signal },
  );
  return page.items;
}

/** Starts a city's report as a draft. */
export function createCityReport(
  slug: string,
  input: { readonly title: string; readonly lang: string },
): Promise<SavedReport> {
  return apiSend('POST', `/cities/${encodeURIComponent(slug)}/reports`, { json: input });
}

/** A report: the working copy for its team, the latest published for the public. */
export function fetchReport(id: string, signal?: AbortSignal): Promise<SavedReport> {
  return apiGet(`/reports/${encodeURIComponent(id)}`, { signal });
}

/** Saves a report's title and narratives. */
export function updateReport(id: string, changes: ReportChanges): Promise<SavedReport> {
  return apiSend('PATCH', `/reports/${encodeURIComponent(id)}`, { json: changes });
}

/** Adds an entry to the consultation log. */
export function addConsultation(id: string, entry: Consultation): Promise<SavedReport> {
  return apiSend('POST', `/reports/${encodeURIComponent(id)}/consultations`, { json: entry });
}

/** Submits a report for approval. */
export function submitReport(id: string): Promise<SavedReport> {
  return apiSend('POST', `/reports/${encodeURIComponent(id)}/submit`);
}

/** Approves (publishes) or returns a submitted report. */
export function reviewReport(id: string, review: ReportReview): Promise<SavedReport> {
  return apiSend('POST', `/reports/${encodeURIComponent(id)}/review`, { json: review });
}

/** Address of a report's web page, PDF or data bundle, in a language. */
export function reportPrintUrl(id: string, format: ReportFormat, lang: string): string {
  return apiUrl(`/reports/${encodeURIComponent(id)}.${format}`, { lang });
}
