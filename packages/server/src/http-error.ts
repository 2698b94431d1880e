import type { DomainError, FieldProblem } from '@frontrunner/domain';
import {
  ConflictError,
  ForbiddenError,
  NotFoundError,
  TooManyAttemptsError,
  UnauthenticatedError,
  ValidationError,
} from '@frontrunner/domain';
import type { FastifyError, FastifyInstance } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { schemaProblem } from './schema-problems';

/** Every error code the API can answer with: a closed union. */
export type ErrorCode =
  | 'VALIDATION_FAILED'
  | 'NOT_FOUND'
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'CSRF_FAILED'
  | 'CONFLICT'
  | 'RATE_LIMITED'
  | 'PAYLOAD_TOO_LARGE'
  | 'UNSUPPORTED_MEDIA_TYPE'
  | 'PDF_UNAVAILABLE'
  | 'INTERNAL';

/** The one shape of every error body. */
export interface ErrorBody {
  error: {
    code: ErrorCode;
    message: string;
    details?: FieldProblem[];
    requestId: string;
  };
}

/** Domain error classes → HTTP status and code. The only place that knows both. */
const DOMAIN_ERRORS: readonly [
  abstract new (...args: never[]) => DomainError,
  number,
  ErrorCode,
][] = [
  [NotFoundError, 404, 'NOT_FOUND'],
  [ValidationError, 400, 'VALIDATION_FAILED'],
  [UnauthenticatedError, 401, 'UNAUTHENTICATED'],
  [ForbiddenError, 403, 'FORBIDDEN'],
  [ConflictError, 409, 'CONFLICT'],
  [TooManyAttemptsError, 429, 'RATE_LIMITED'],
];

/** Builds an error body. */
export function errorBody(
  code: ErrorCode,
  message: string,
  requestId: string,
  details?: FieldProblem[],
): ErrorBody {
  return {
    error: { code, message, ...(details && details.length > 0 ? { details } : {}), requestId },
  };
}

/** Installs the error and not-found handlers that answer with {@link ErrorBody}. */
export function installErrorHandlers(app: FastifyInstance): void {
  app.setErrorHandler((error: FastifyError, request, reply) => {
    if (hasZodFastifySchemaValidationErrors(error)) {
      const details = error.validation.map((issue) =>
        schemaProblem(error.validationContext ?? 'request', issue),
      );
      const fields = details.map((d) => d.field).join(', ');
      return reply
        .status(400)
        .send(errorBody('VALIDATION_FAILED', `Invalid ${fields}`, request.id, details));
    }
    for (const [type, status, code] of DOMAIN_ERRORS) {
      if (error instanceof type) {
        const details = error instanceof ValidationError ? [...error.problems] : undefined;
        if (error instanceof TooManyAttemptsError)
          reply.header('retry-after', String(error.retryAfterSeconds));
        return reply.status(status).send(errorBody(code, error.message, request.id, details));
      }
    }
    const status = error.statusCode ?? 500;
    if (status === 429)
      return reply
        .status(429)
        .send(errorBody('RATE_LIMITED', 'Too many requests; try again later', request.id));
    if (status === 413)
      return reply
        .status(413)
        .send(errorBody('PAYLOAD_TOO_LARGE', 'Request body is too large', request.id));
    if (status === 415)
      return reply.status(415).send(errorBody('UNSUPPORTED_MEDIA_TYPE', error.message, request.id));
    if (status >= 400 && status < 500) {
      return reply.status(status).send(errorBody('VALIDATION_FAILED', error.message, request.id));
    }
    request.log.error({ err: error }, 'unhandled error');
    return reply
      .status(500)
      .send(errorBody('INTERNAL', 'Something went wrong on our side', request.id));
  });
  app.setNotFoundHandler((request, reply) =>
    reply
      .status(404)
      .send(
        errorBody(
          'NOT_FOUND',
          `No route ${request.method} ${request.url.split('?')[0]}`,
          request.id,
        ),
      ),
  );
}
