/**
 * Shapes of the accounts part of the API v1 (session, account, API tokens, users), mirroring
 * `packages/server/src/routes/{session,account,users}/*.schema.ts`.
 */
import type { LanguageCode } from '../i18n/languages.ts';

/** A role a user holds; see the policy table in packages/services/src/access/policy.ts. */
export type Role = 'secretariat' | 'focal_point' | 'city_editor' | 'city_viewer' | 'reviewer';

/** Every role, broadest first. */
export const roles: readonly Role[] = [
  'secretariat',
  'focal_point',
  'city_editor',
  'city_viewer',
  'reviewer',
];

/** Roles whose scope is one city. */
export const cityRoles: readonly Role[] = ['city_editor', 'city_viewer', 'reviewer'];

/** A role with its scope, as the API answers it. */
export interface Assignment {
  readonly role: Role;
  /** ISO3 of the country of a focal point; else null. */
  readonly country: string | null;
  /** The city of a city editor, city viewer or reviewer; else null. */
  readonly city: {
    readonly slug: string;
    readonly name: string;
    /** ISO3 of the city's country. */
    readonly country: string;
  } | null;
}

/** A role with its scope, as a client writes it: a country ISO3 or a city slug. */
export interface AssignmentInput {
  readonly role: Role;
  readonly country?: string | null;
  readonly city?: string | null;
}

/** Where an account stands. */
export type UserStatus = 'invited' | 'active' | 'deactivated';

/** A user as the API shows it. */
export interface User {
  readonly id: string;
  readonly email: string;
  readonly name: string;
  readonly language: LanguageCode;
  readonly status: UserStatus;
  /** A demo account with a published password. */
  readonly isDemo: boolean;
  readonly assignments: readonly Assignment[];
  /** ISO 8601 UTC. */
  readonly createdAt: string;
  readonly updatedAt: string;
}

/** Who the browser acts as: the answer of GET and POST /session. */
export interface Session {
  readonly authenticated: boolean;
  readonly via: 'session' | 'token' | null;
  readonly user: User | null;
  /** Policy actions allowed somewhere: for showing menus, never for enforcing. */
  readonly actions: readonly string[];
  readonly csrfToken: string | null;
  /** ISO 8601: when the session ends if not used again. */
  readonly expiresAt: string | null;
  /** The server runs in demo mode. */
  readonly demo: boolean;
}

/** Changes to one's own account. */
export interface AccountUpdate {
  readonly name?: string;
  readonly language?: LanguageCode;
  readonly currentPassword?: string;
  readonly newPassword?: string;
}

/** An API token as its owner sees it; the token itself is shown only once. */
export interface ApiToken {
  readonly id: string;
  readonly name: string;
  /** The first characters, to recognise it, e.g. `fr_Ab3dE9`. */
  readonly prefix: string;
  readonly assignments: readonly Assignment[];
  readonly createdAt: string;
  /** Null = never. */
  readonly expiresAt: string | null;
  /** To the minute; null = never used. */
  readonly lastUsedAt: string | null;
  readonly revokedAt: string | null;
}

/** The answer of creating a token: the only time `token` is sent. */
export interface CreatedApiToken extends ApiToken {
  readonly token: string;
}

/** A new API token. */
export interface ApiTokenInput {
  readonly name: string;
  /** A subset of one's own assignments; all when absent. */
  readonly assignments?: readonly AssignmentInput[];
  readonly expiresInDays?: number;
}

/** A user to invite. */
export interface InviteInput {
  readonly email: string;
  readonly name: string;
  readonly language?: LanguageCode;
  readonly assignments: readonly AssignmentInput[];
}

/** Changes to a user, by the secretariat. */
export interface UserUpdate {
  readonly name?: string;
  readonly language?: LanguageCode;
  readonly status?: 'active' | 'deactivated';
  /** Replaces every assignment. */
  readonly assignments?: readonly AssignmentInput[];
}

/** Filters and paging of the user list. */
export interface UserListQuery {
  readonly q?: string;
  readonly status?: UserStatus;
  readonly limit: number;
  readonly offset: number;
}
