import { DomainError } from '../errors';

/** Where a value is in review: entered, sent for approval, approved (public), or sent back. */
export type ObservationStatus = 'draft' | 'submitted' | 'approved' | 'returned';

/** What a reviewer or editor does to a value's status. */
export type ReviewAction = 'submit' | 'approve' | 'return';

/** Thrown when a review action does not apply to a value's current status. */
export class ReviewTransitionError extends DomainError {
  constructor(
    readonly from: ObservationStatus,
    readonly action: ReviewAction,
  ) {
    super(`Cannot ${action} a value that is ${from}`, { from, action });
  }
}

const TRANSITIONS: Readonly<Record<ReviewAction, readonly ObservationStatus[]>> = {
  submit: ['draft', 'returned'],
  approve: ['submitted'],
  return: ['submitted'],
};

const RESULT: Readonly<Record<ReviewAction, ObservationStatus>> = {
  submit: 'submitted',
  approve: 'approved',
  return: 'returned',
};

/**
 * The status after a review action: draft or returned → submitted (city editor); submitted →
 * approved or returned (national focal point or secretariat). Anything else throws.
 * @example nextStatus('draft', 'submit') // 'submitted'
 */
export function nextStatus(from: ObservationStatus, action: ReviewAction): ObservationStatus {
  if (!TRANSITIONS[action].includes(from)) throw new ReviewTransitionError(from, action);
  return RESULT[action];
}

/** Whether a review action applies to a status (for listing what can be acted on). */
export function canApply(from: ObservationStatus, action: ReviewAction): boolean {
  return TRANSITIONS[action].includes(from);
}

/** The content of a value that a change can alter; two equal contents are the same value. */
export interface ObservationContent {
  readonly value: number;
  readonly estimated: boolean;
  readonly provisional: boolean;
  readonly breakInSeries: boolean;
  readonly footnote: string | null;
  readonly source: string | null;
  readonly nature: string | null;
}

/**
 * Whether two contents are the same, so that importing the same file twice changes nothing.
 * Values compare exactly (they are stored as doubles and read back unchanged).
 */
export function sameContent(a: ObservationContent, b: ObservationContent): boolean {
  return (
    a.value === b.value &&
    a.estimated === b.estimated &&
    a.provisional === b.provisional &&
    a.breakInSeries === b.breakInSeries &&
    (a.footnote ?? null) === (b.footnote ?? null) &&
    (a.source ?? null) === (b.source ?? null) &&
    (a.nature ?? null) === (b.nature ?? null)
  );
}
