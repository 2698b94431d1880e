import type { RoleName } from '@frontrunner/db';

/** A role a user can be assigned. */
export type Role = RoleName;

/** Every role, in order of reach. */
export const ROLES = [
  'secretariat',
  'focal_point',
  'city_editor',
  'city_viewer',
  'reviewer',
] as const satisfies readonly Role[];

/** The city an assignment is scoped to. */
export interface CityRef {
  readonly id: string;
  readonly slug: string;
  readonly name: string;
  /** ISO3 of the city's country. */
  readonly country: string;
}

/**
 * One role with its scope: the secretariat has no scope (everything), a focal point has a
 * country, and the city editor, city viewer and reviewer each have one city.
 */
export interface Assignment {
  readonly role: Role;
  /** ISO3, for a focal point; else null. */
  readonly country: string | null;
  /** For a city editor, city viewer or reviewer; else null. */
  readonly city: CityRef | null;
}

/**
 * Who is acting. A user through a browser session; a machine through an API token (with a
 * subset of its owner's assignments); the local operator of the CLI (who holds the database
 * anyway, and so may do everything); the system itself (demo seeding); or the anonymous public.
 */
export type Actor =
  | { readonly kind: 'anonymous' }
  | {
      readonly kind: 'user';
      readonly userId: string;
      readonly assignments: readonly Assignment[];
      /** The session the user acts through; absent when acting outside a request. */
      readonly sessionId?: string | undefined;
    }
  | {
      readonly kind: 'token';
      readonly tokenId: string;
      /** The owner of the token. */
      readonly userId: string;
      readonly assignments: readonly Assignment[];
    }
  | { readonly kind: 'cli' }
  | { readonly kind: 'system'; readonly id: string };

/** The public. */
export const ANONYMOUS: Actor = Object.freeze({ kind: 'anonymous' });

/** The person running the `frontrunner` CLI on the server: recorded as `cli:local-operator`. */
export const LOCAL_OPERATOR: Actor = Object.freeze({ kind: 'cli' });

/** Who acts and where the request came from: what every write records in the audit trail. */
export interface ActionContext {
  readonly actor: Actor;
  /** The HTTP request id, when there is a request. */
  readonly requestId?: string | undefined;
  /** The client address, when there is a request. */
  readonly address?: string | undefined;
}

/** The user id behind an actor, if any. */
export function actorUserId(actor: Actor): string | undefined {
  return actor.kind === 'user' || actor.kind === 'token' ? actor.userId : undefined;
}
