import type { EvidenceKind } from '@frontrunner/domain';
import type { TargetStage } from './capacity-types.ts';
import { apiGet, apiSend } from './client.ts';

/** A level 0–3. */
export type RubricLevel = 0 | 1 | 2 | 3;

/** A criterion of a rubric version as the API sends and takes it. */
export interface RubricCriterionBody {
  readonly key: string;
  readonly title: string;
  /** What levels 0–3 mean, in order. */
  readonly levels: readonly [string, string, string, string];
  readonly evidence: readonly EvidenceKind[];
  /** Overrides of the rubric's minimum for this criterion only. */
  readonly minimum?: Partial<Record<TargetStage, RubricLevel>>;
}

/** A rubric version with its minimum levels (GET /rubric/versions). */
export interface RubricVersion {
  readonly version: number;
  readonly minimum: Readonly<Record<TargetStage, RubricLevel>>;
  readonly criteria: readonly RubricCriterionBody[];
}

/** Every rubric version, newest first. */
export function fetchRubricVersions(signal?: AbortSignal): Promise<{ items: RubricVersion[] }> {
  return apiGet('/rubric/versions', { signal });
}

/** The current rubric version with its minimum levels. */
export function fetchCurrentRubric(signal?: AbortSignal): Promise<RubricVersion> {
  return apiGet('/rubric', { signal });
}

/** Publishes a new rubric version (secretariat); 409 when another was published meanwhile. */
export function publishRubric(draft: Omit<RubricVersion, 'version'>): Promise<RubricVersion> {
  return apiSend('POST', '/rubric/versions', { json: draft });
}
