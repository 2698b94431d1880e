/**
 * The base of every error the domain and services raise on purpose. Errors know nothing of
 * HTTP: the server maps each named class to a status and code in one table.
 */
export abstract class DomainError extends Error {
  /** Structured context for logs and the error body (never secrets). */
  readonly context: Readonly<Record<string, unknown>>;

  constructor(message: string, context: Record<string, unknown> = {}) {
    super(message);
    this.name = new.target.name;
    this.context = Object.freeze({ ...context });
  }
}

/** Something looked up by a key does not exist. */
export class NotFoundError extends DomainError {
  constructor(
    /** What kind of thing: "goal", "city", … */
    readonly entity: string,
    /** The key that was asked for. */
    readonly key: string,
  ) {
    super(`No ${entity} "${key}"`, { entity, key });
  }
}

/**
 * Kinds of field problem an interface can say in its reader's language; the problem's `message`
 * stays the English text for everyone else (API clients, the CLI, logs).
 */
export type ProblemCode =
  /** Missing or blank. */
  | 'required'
  /** Text shorter than `minimum` characters. */
  | 'too_short'
  /** Text longer than `maximum` characters. */
  | 'too_long'
  /** A number below `minimum`. */
  | 'too_small'
  /** A number above `maximum`. */
  | 'too_big'
  /** Fewer than `minimum` items. */
  | 'too_few'
  /** More than `maximum` items. */
  | 'too_many'
  /** Not an email address, a web address, a date… (`format` says which). */
  | 'invalid_format'
  /** Not one of the values offered. */
  | 'invalid_choice'
  /** Of the wrong kind altogether (text for a number…). */
  | 'invalid_type';

/** One problem with one field of some input. */
export interface FieldProblem {
  /** Where: a field name, or `file:row:column` for a file. */
  readonly field: string;
  /** What is wrong, in English. */
  readonly message: string;
  /** The kind of problem, when it is one an interface can translate. */
  readonly code?: ProblemCode;
  /** The numbers or names the translated sentence needs (`minimum`, `maximum`, `format`). */
  readonly params?: Readonly<Record<string, string | number>>;
}

/**
 * The problem of a field that must be filled in.
 *
 * @example
 * requiredProblem('title') // { field: 'title', message: 'is required', code: 'required' }
 */
export function requiredProblem(field: string): FieldProblem {
  return { field, message: 'is required', code: 'required' };
}

/** Input that breaks a rule; lists every problem found, not just the first. */
export class ValidationError extends DomainError {
  constructor(
    message: string,
    readonly problems: readonly FieldProblem[],
  ) {
    super(message, { problems });
  }
}

/** The request needs a signed-in user or a valid API token, and has neither. */
export class UnauthenticatedError extends DomainError {
  constructor(message = 'Sign in first') {
    super(message);
  }
}

/**
 * A sign-in failed. One message for an unknown email, a wrong password and an account that
 * cannot sign in, so that the answer reveals nothing about which accounts exist.
 */
export class InvalidCredentialsError extends UnauthenticatedError {
  constructor() {
    super('The email or password is not right');
  }
}

/** The actor is known but the policy does not allow this action on this resource. */
export class ForbiddenError extends DomainError {
  constructor(
    /** The policy action that was refused, e.g. `city.update`. */
    readonly action: string,
    message = `Not allowed: ${action}`,
  ) {
    super(message, { action });
  }
}

/** A write would break uniqueness or another invariant of existing data. */
export class ConflictError extends DomainError {
  constructor(message: string, context: Record<string, unknown> = {}) {
    super(message, context);
  }
}

/** Too many failed attempts: the account or the address is locked for a while. */
export class TooManyAttemptsError extends DomainError {
  constructor(
    /** Seconds until another attempt is accepted. */
    readonly retryAfterSeconds: number,
  ) {
    super('Too many failed attempts; try again later', { retryAfterSeconds });
  }
}
