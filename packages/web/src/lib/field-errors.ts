import i18next from 'i18next';
import { ApiError, type ApiErrorDetail } from '../api/api-error.ts';

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
 * A server's field problem in the reader's language when its kind is one the interface knows
 * (`problems.*`; an email or web address format has its own sentence), else its English text.
 *
 * @example
 * problemText({ field: 'body.title', message: 'Too big', code: 'too_long', params: { maximum: 300 } })
 * // 'Use at most 300 characters.' (in English)
 */
export function problemText(detail: ApiErrorDetail): string {
  if (!detail.code) return detail.message;
  const format = detail.params?.format;
  const keys = [
    ...(detail.code === 'invalid_format' && typeof format === 'string'
      ? [`problems.invalid_format_${format}`]
      : []),
    `problems.${detail.code}`,
  ];
  const key = keys.find((k) => i18next.exists(k));
  return key ? i18next.t(key as 'problems.required', { ...detail.params }) : detail.message;
}

/**
 * The field-level problems of a failed request, by field, so each shows next to its field, in
 * the reader's language where the problem's kind allows. Empty for any other error.
 */
export function fieldErrors(error: unknown): FieldErrors {
  const found = new Map<string, string[]>();
  if (!(error instanceof ApiError)) return found;
  for (const detail of error.details) {
    const field = normaliseField(detail.field);
    found.set(field, [...(found.get(field) ?? []), problemText(detail)]);
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
