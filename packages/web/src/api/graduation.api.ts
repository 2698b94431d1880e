import type { Rubric } from './capacity-types.ts';
import type {
  Assessment,
  AssessmentStep,
  DecisionInput,
  GraduationCertificate,
  ReviewEntry,
  SelfAssessmentEntry,
} from './graduation-types.ts';
import { certificateLang } from '../lib/certificate-lang.ts';
import { apiGet, apiSend, apiUrl } from './client.ts';

const enc = encodeURIComponent;

/** Every assessment of a city, newest first: its history. */
export function fetchCityAssessments(
  slug: string,
  signal?: AbortSignal,
): Promise<{ items: Assessment[] }> {
  return apiGet(`/cities/${enc(slug)}/assessments`, { signal });
}

/** One assessment; 404 for an unknown id. */
export function fetchAssessment(id: string, signal?: AbortSignal): Promise<Assessment> {
  return apiGet(`/assessments/${enc(id)}`, { signal });
}

/** Who did what to an assessment and when, oldest first. */
export function fetchAssessmentSteps(
  id: string,
  signal?: AbortSignal,
): Promise<{ items: AssessmentStep[] }> {
  return apiGet(`/assessments/${enc(id)}/steps`, { signal });
}

/** Every rubric version, newest first (an assessment keeps the version it started with). */
export function fetchRubricVersions(signal?: AbortSignal): Promise<{ items: Rubric[] }> {
  return apiGet('/rubric/versions', { signal });
}

/** A city's graduation certificates, newest first (public). */
export function fetchCityCertificates(
  slug: string,
  signal?: AbortSignal,
): Promise<{ items: GraduationCertificate[] }> {
  return apiGet(`/cities/${enc(slug)}/graduation-certificates`, { signal });
}

/** A graduation certificate by the reference printed on it (public); 404 when none has it. */
export function fetchGraduationCertificate(
  id: string,
  signal?: AbortSignal,
): Promise<GraduationCertificate> {
  return apiGet(`/graduation-certificates/${enc(id)}`, { signal });
}

/**
 * The URL of an assessment's certificate PDF, printed in the interface `language` (English when
 * certificates are not printed in it).
 */
export function certificatePdfUrl(assessmentId: string, language: string): string {
  return apiUrl(`/assessments/${enc(assessmentId)}/certificate.pdf`, {
    lang: certificateLang(language),
  });
}

/** Starts a self-assessment for the city's next stage; 409 when one is open. */
export function startAssessment(slug: string): Promise<Assessment> {
  return apiSend('POST', `/cities/${enc(slug)}/assessments`);
}

/** Saves the city's levels, comments and evidence links (draft only). */
export function saveSelfAssessment(
  id: string,
  criteria: readonly SelfAssessmentEntry[],
): Promise<Assessment> {
  return apiSend('PUT', `/assessments/${enc(id)}/self`, { json: { criteria } });
}

/** Submits for review; 400 naming each criterion without a level. */
export function submitAssessment(id: string): Promise<Assessment> {
  return apiSend('POST', `/assessments/${enc(id)}/submit`);
}

/** Saves a reviewer's scores and comments (submitted only). */
export function saveReview(id: string, criteria: readonly ReviewEntry[]): Promise<Assessment> {
  return apiSend('PUT', `/assessments/${enc(id)}/review`, { json: { criteria } });
}

/** The secretariat's decision; 409 when graduating with criteria missing. */
export function decideAssessment(
  id: string,
  input: DecisionInput,
): Promise<Assessment & { certificateId: string | null }> {
  return apiSend('POST', `/assessments/${enc(id)}/decision`, { json: input });
}
