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
