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

/** One problem with one field of some input. */
export interface FieldProblem {
  /** Where: a field name, or `file:row:column` for a file. */
  readonly field: string;
  readonly message: string;
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
