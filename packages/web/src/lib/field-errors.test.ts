import i18next from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import { ApiError } from '../api/api-error.ts';
import km from '../i18n/locales/km.json';
import {
  errorsUnder,
  failureKind,
  fieldErrors,
  normaliseField,
  problemText,
} from './field-errors.ts';

describe('fieldErrors', () => {
  it('groups the details of a validation error by field', () => {
    const error = new ApiError(400, 'VALIDATION_FAILED', 'bad', [
      { field: 'body.newPassword', message: 'must be at least 12 characters' },
      { field: 'newPassword', message: 'must not be your email address' },
      { field: 'assignments[0].city', message: 'no city "x"' },
    ]);
    const errors = fieldErrors(error);
    expect(errors.get('newPassword')).toHaveLength(2);
    expect(errorsUnder(errors, 'assignments')).toEqual(['no city "x"']);
    expect(errorsUnder(errors, 'assignments.0.city')).toEqual(['no city "x"']);
  });

  it('is empty for other errors', () => {
    expect(fieldErrors(new Error('x')).size).toBe(0);
  });

  it('normalises schema and service paths alike', () => {
    expect(normaliseField('body.entries.3.value')).toBe('entries.3.value');
    expect(normaliseField('entries[3].value')).toBe('entries.3.value');
  });
});

describe('failureKind', () => {
  it('sorts errors by what the user can do about them', () => {
    expect(failureKind(new ApiError(0, 'NETWORK_ERROR', ''))).toBe('network');
    expect(failureKind(new ApiError(401, 'UNAUTHENTICATED', ''))).toBe('signed-out');
    expect(failureKind(new ApiError(403, 'CSRF_FAILED', ''))).toBe('signed-out');
    expect(failureKind(new ApiError(403, 'FORBIDDEN', ''))).toBe('forbidden');
    expect(failureKind(new ApiError(409, 'CONFLICT', ''))).toBe('conflict');
    expect(failureKind(new ApiError(429, 'RATE_LIMITED', ''))).toBe('rate-limited');
    expect(failureKind(new ApiError(400, 'VALIDATION_FAILED', ''))).toBe('invalid');
    expect(failureKind(new ApiError(500, 'INTERNAL', ''))).toBe('server');
  });
});

describe('problemText', () => {
  beforeAll(async () => {
    await i18next.init({ lng: 'km', resources: { km: { translation: km } } });
  });

  it('says a problem of a known kind in the reader’s language, with its numbers', () => {
    expect(
      problemText({
        field: 'body.title',
        message: 'Too big',
        code: 'too_long',
        params: { maximum: 300 },
      }),
    ).toBe('សូមប្រើមិនលើសពី 300 តួអក្សរ។');
    expect(problemText({ field: 'body.title', message: 'is required', code: 'required' })).toBe(
      km.problems.required,
    );
  });

  it('has a sentence of its own for an email address', () => {
    expect(
      problemText({
        field: 'body.email',
        message: 'Invalid email address',
        code: 'invalid_format',
        params: { format: 'email' },
      }),
    ).toBe(km.problems.invalid_format_email);
    expect(
      problemText({
        field: 'x',
        message: 'Invalid',
        code: 'invalid_format',
        params: { format: 'cuid' },
      }),
    ).toBe(km.problems.invalid_format);
  });

  it('keeps the server’s English for a problem without a kind, or of a kind it does not know', () => {
    expect(problemText({ field: 'mentor', message: 'must differ from the mentor city' })).toBe(
      'must differ from the mentor city',
    );
    expect(problemText({ field: 'x', message: 'odd', code: 'not_a_kind' })).toBe('odd');
  });

  it('is what fieldErrors puts next to the field', () => {
    const error = new ApiError(400, 'VALIDATION_FAILED', 'bad', [
      { field: 'body.title', message: 'is required', code: 'required' },
    ]);
    expect(fieldErrors(error).get('title')).toEqual([km.problems.required]);
  });
});
