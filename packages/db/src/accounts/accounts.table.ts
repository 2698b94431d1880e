/** A person who signs in. Table `user_account` (`user` is reserved in PostgreSQL). */
export interface UserAccountTable {
  /** Random UUID. */
  id: string;
  /** Trimmed and lower-cased, so uniqueness is case-insensitive. */
  email: string;
  name: string;
  /** Preferred product language: en, km, lo, my. */
  language: 'en' | 'km' | 'lo' | 'my';
  status: 'invited' | 'active' | 'deactivated';
  /** Argon2id PHC string; null until the user sets a password (invited). Never leaves the server. */
  password_hash: string | null;
  /** 1 for the seeded demo accounts, else 0. */
  is_demo: number;
  /** ISO 8601 UTC. */
  created_at: string;
  updated_at: string;
}

/** Role of an assignment: what a user may do, within the assignment's scope. */
export type RoleName = 'secretariat' | 'focal_point' | 'city_editor' | 'city_viewer' | 'reviewer';

/**
 * One role of a user with its scope: secretariat (no scope), focal point (a country), city
 * editor, city viewer, reviewer (a city each; a reviewer of several cities has several rows).
 */
export interface RoleAssignmentTable {
  id: string;
  user_id: string;
  role: RoleName;
  /** ISO3; only for focal_point. */
  country_iso3: string | null;
  /** City id; only for city_editor, city_viewer, reviewer. */
  city_id: string | null;
  created_at: string;
}

/** A signed-in browser. The token itself lives only in the user's cookie. */
export interface SessionTable {
  id: string;
  /** Hex SHA-256 of the session token. */
  token_hash: string;
  user_id: string;
  created_at: string;
  /** Last time the session was seen (written at most once a minute). */
  last_used_at: string;
  /** Idle expiry, moved forward on use. */
  idle_expires_at: string;
  /** Absolute expiry, fixed at sign-in. */
  absolute_expires_at: string;
  /** Client address at sign-in. */
  address: string | null;
  user_agent: string | null;
}

/** A single-use token sent by email: a password reset or an invitation. */
export interface OneTimeTokenTable {
  id: string;
  kind: 'password_reset' | 'invitation';
  user_id: string;
  /** Hex SHA-256 of the token. */
  token_hash: string;
  created_at: string;
  expires_at: string;
  /** Set when used (or superseded); a used token never works again. */
  used_at: string | null;
}

/** A bearer token for a machine client, owned by a user. */
export interface ApiTokenTable {
  id: string;
  user_id: string;
  /** What the owner calls it, e.g. "Nightly import". */
  name: string;
  /** Hex SHA-256 of the token. */
  token_hash: string;
  /** The first characters of the token, shown so the owner can recognise it. */
  token_prefix: string;
  /** JSON array of `{ role, country_iso3, city_id }`: a subset of the owner's assignments. */
  assignments: string;
  created_at: string;
  expires_at: string | null;
  /** Written at most once a minute. */
  last_used_at: string | null;
  revoked_at: string | null;
}

/** Failed sign-ins per key (`email:<sha256>` or `address:<ip>`), shared by every app server. */
export interface LoginThrottleTable {
  key: string;
  /** Failures since the window started. */
  failures: number;
  last_failure_at: string;
  /** Sign-in refused until then; null when not locked. */
  locked_until: string | null;
}
