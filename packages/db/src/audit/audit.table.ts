/** Who did something: a user, an API token, the local operator of the CLI, the system, or nobody. */
export type ActorKind = 'user' | 'token' | 'cli' | 'system' | 'anonymous';

import type { Generated } from 'kysely';

/** One write, append-only: triggers refuse UPDATE and DELETE on both databases. */
export interface AuditEntryTable {
  /** Position in the trail, assigned by the database (identity / autoincrement). */
  seq: Generated<number>;
  /** Random UUID. */
  id: string;
  /** ISO 8601 UTC. */
  occurred_at: string;
  actor_kind: ActorKind;
  /** User id, token id, `cli:local-operator` or `system:…`; null for anonymous. */
  actor_id: string | null;
  /** The user behind the actor (the owner of a token); null for the CLI and the system. */
  actor_user_id: string | null;
  /** Policy action, e.g. `city.update`. */
  action: string;
  /** e.g. `city`, `user`, `api_token`, `session`. */
  entity_type: string;
  entity_id: string;
  /** The city the change concerns, so that scoped readers find it. */
  city_id: string | null;
  /** The country the change concerns. */
  country_iso3: string | null;
  /** JSON of the entity before and after (allow-listed fields, never secrets). */
  before_json: string | null;
  after_json: string | null;
  request_id: string | null;
  address: string | null;
}
