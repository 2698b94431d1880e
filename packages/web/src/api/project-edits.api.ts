import type { ClaimKind, ClaimSize } from '@frontrunner/domain';
import { apiSend } from './client.ts';
import type { BenefitClaim, ProgressUpdate } from './projects-types.ts';

/** A benefit claim the city team writes by hand (POST /projects/:id/claims). */
export interface ClaimInput {
  /** SDG target code, e.g. `11.6` */
  readonly target: string;
  readonly kind: ClaimKind;
  readonly size: ClaimSize;
  readonly evidence?: string | null;
}

/** One value of a result indicator reported in a progress update. */
export interface ProgressValueInput {
  readonly indicatorId: string;
  readonly period: string;
  readonly value: number;
}

/** A draft progress update (POST /projects/:id/progress-updates). */
export interface ProgressInput {
  readonly period: string;
  readonly narrative: string;
  readonly values: readonly ProgressValueInput[];
}

/** Adds a benefit claim to a project. */
export function createClaim(id: string, input: ClaimInput): Promise<BenefitClaim> {
  return apiSend('POST', `/projects/${encodeURIComponent(id)}/claims`, { json: input });
}

/** Writes a draft progress update. */
export function createProgressUpdate(id: string, input: ProgressInput): Promise<ProgressUpdate> {
  return apiSend('POST', `/projects/${encodeURIComponent(id)}/progress-updates`, { json: input });
}

/** Submits a draft (or returned) progress update for review. */
export function submitProgressUpdate(id: string, updateId: string): Promise<ProgressUpdate> {
  return apiSend(
    'POST',
    `/projects/${encodeURIComponent(id)}/progress-updates/${encodeURIComponent(updateId)}/submit`,
  );
}
