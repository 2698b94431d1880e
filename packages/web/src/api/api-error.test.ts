import { describe, expect, it } from 'vitest';
import { ApiError, isApiErrorBody, isPermanentFailure, toApiError } from './api-error.ts';

const notFoundBody = {
  error: { code: 'NOT_FOUND', message: 'No city "nope"', requestId: 'req-1' },
};

describe('API errors', () => {
  it('recognises the server error shape and nothing else', () => {
    expect(isApiErrorBody(notFoundBody)).toBe(true);
    expect(isApiErrorBody({ error: 'NOT_FOUND' })).toBe(false);
    expect(isApiErrorBody({ message: 'x' })).toBe(false);
    expect(isApiErrorBody(null)).toBe(false);
    expect(isApiErrorBody('<html>502</html>')).toBe(false);
  });

  it("keeps the server's code, message, details and request id", () => {
    const error = toApiError(400, {
      error: {
        code: 'VALIDATION_FAILED',
        message: 'Invalid query',
        details: [{ field: 'query.limit', message: 'must be at most 200' }],
        requestId: 'req-2',
      },
    });
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({
      status: 400,
      code: 'VALIDATION_FAILED',
      message: 'Invalid query',
      details: [{ field: 'query.limit', message: 'must be at most 200' }],
      requestId: 'req-2',
    });
  });

  it('marks a 404 as not found', () => {
    expect(toApiError(404, notFoundBody).isNotFound).toBe(true);
    expect(toApiError(500, undefined).isNotFound).toBe(false);
  });

  it('reports a non-JSON error answer as unexpected', () => {
    const error = toApiError(502, undefined);
    expect(error.code).toBe('UNEXPECTED_RESPONSE');
    expect(error.status).toBe(502);
  });

  it('treats 4xx as permanent and 5xx and network failures as worth a retry', () => {
    expect(isPermanentFailure(toApiError(404, notFoundBody))).toBe(true);
    expect(isPermanentFailure(toApiError(503, undefined))).toBe(false);
    expect(isPermanentFailure(new ApiError(0, 'NETWORK_ERROR', 'offline'))).toBe(false);
    expect(isPermanentFailure(new Error('boom'))).toBe(false);
  });
});
