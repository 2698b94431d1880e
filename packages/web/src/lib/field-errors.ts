import { ApiError } from '../api/api-error.ts';

/** Field path → the server's messages about it. */
export type FieldErrors = ReadonlyMap<string, readonly string[]>;

/**
 * The field path of a server detail in one form: without the `body.` of schema errors, with
 * indexes as dotted segments.
 *
 * @example
 * normaliseField('body.assignments[1].city') // 'assignments.1.city'
 */
export function normaliseField(field: string): string {
  return field
    .replace(/^body\./, '')
    .replace(/\[(\d+)\]/g, '.$1')
    .replace(/^\./, '');
}

/**
 * The field-level problems of a failed request, by field, so each shows next to its field.
 * Empty for any other error.
 */
export function fieldErrors(error: unknown): FieldErrors {
  const found = new Map<string, string[]>();
  if (!(error instanceof ApiError)) return found;
  for (const detail of error.details) {
    const field = normaliseField(detail.field);
    found.set(field, [...(found.get(field) ?? []), detail.message]);
  }
  return found;
}

/** The messages about a field and everything under it (`assignments` covers `assignments.0.city`). */
export function errorsUnder(errors: FieldErrors, prefix: string): readonly string[] {
  return [...errors.entries()]
    .filter(([field]) => field === prefix || field.startsWith(`${prefix}.`))
    .flatMap(([, messages]) => messages);
}

/** What kind of failure an error is, for choosing the sentence to show. */
export type FailureKind =
  | 'network'
  | 'signed-out'
  | 'forbidden'
  | 'not-found'
  | 'conflict'
  | 'invalid'
  | 'rate-limited'
  | 'server';

/** Sorts a failed request into the kinds the interface explains differently. */
export function failureKind(error: unknown): FailureKind {
  if (!(error instanceof ApiError) || error.code === 'NETWORK_ERROR') return 'network';
  if (error.status === 401 || error.code === 'CSRF_FAILED') return 'signed-out';
  if (error.status === 403) return 'forbidden';
  if (error.status === 404) return 'not-found';
  if (error.status === 409) return 'conflict';
  if (error.status === 429) return 'rate-limited';
  if (error.status === 400 || error.status === 413 || error.status === 415) return 'invalid';
  return 'server';
}
