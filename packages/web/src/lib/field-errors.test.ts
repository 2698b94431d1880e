import { describe, expect, it } from 'vitest';
import { ApiError } from '../api/api-error.ts';
import { errorsUnder, failureKind, fieldErrors, normaliseField } from './field-errors.ts';

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
