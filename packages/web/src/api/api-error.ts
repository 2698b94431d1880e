/** Error codes the server sends, plus the two the client adds when no JSON error came back. */
export type ApiErrorCode =
  | 'NOT_FOUND'
  | 'VALIDATION_FAILED'
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'CONFLICT'
  | 'RATE_LIMITED'
  | 'INTERNAL'
  /** The request never reached the server (offline, server down, blocked). */
  | 'NETWORK_ERROR'
  /** The server answered with an error status but not with the API's error shape. */
  | 'UNEXPECTED_RESPONSE'
  | (string & {});

/** One field-level problem of a `VALIDATION_FAILED` error. */
export interface ApiErrorDetail {
  readonly field: string;
  /** What is wrong, in English. */
  readonly message: string;
  /** The kind of problem (required, too_long…), which the interface says in its language. */
  readonly code?: string;
  /** What that sentence needs: minimum, maximum, format. */
  readonly params?: Readonly<Record<string, string | number>>;
}

/** The JSON body the server sends with every 4xx/5xx response. */
export interface ApiErrorBody {
  readonly error: {
    readonly code: string;
    readonly message: string;
    readonly details?: readonly ApiErrorDetail[];
    readonly requestId: string;
  };
}

/** A failed API call, carrying what the server said about it. */
export class ApiError extends Error {
  override readonly name = 'ApiError';

  constructor(
    /** HTTP status; 0 when no response arrived. */
    readonly status: number,
    readonly code: ApiErrorCode,
    message: string,
    readonly details: readonly ApiErrorDetail[] = [],
    /** The server's request id, to quote in a bug report. */
    readonly requestId?: string,
  ) {
    super(message);
  }

  /** True when the resource does not exist (an unknown city, a goal out of range). */
  get isNotFound(): boolean {
    return this.status === 404;
  }
}

/** True when `value` has the API's error shape. */
export function isApiErrorBody(value: unknown): value is ApiErrorBody {
  if (typeof value !== 'object' || value === null || !('error' in value)) return false;
  const error: unknown = value.error;
  return (
    typeof error === 'object' &&
    error !== null &&
    'code' in error &&
    typeof error.code === 'string' &&
    'message' in error &&
    typeof error.message === 'string'
  );
}

/**
 * Builds the ApiError for an error response from its status and parsed body (or `undefined`
 * when the body was not JSON).
 *
 * @example
 * toApiError(404, { error: { code: 'NOT_FOUND', message: 'No city "x"', requestId: 'r1' } })
 */
export function toApiError(status: number, body: unknown): ApiError {
  if (isApiErrorBody(body)) {
    const { code, message, details, requestId } = body.error;
    return new ApiError(status, code, message, details ?? [], requestId);
  }
  return new ApiError(status, 'UNEXPECTED_RESPONSE', `The server answered ${status}`);
}

/** True when retrying cannot help: the request itself was wrong or the resource is missing. */
export function isPermanentFailure(error: unknown): boolean {
  return error instanceof ApiError && error.status >= 400 && error.status < 500;
}
