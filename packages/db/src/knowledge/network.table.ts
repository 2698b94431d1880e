/**
 * A pairing of two cities in the city-to-city network: a frontrunner or model city mentoring a
 * candidate, an exchange, or a study visit (the mentee visits the mentor).
 */
export interface CityPairingTable {
  /** Random UUID. */
  id: string;
  kind: 'mentoring' | 'exchange' | 'study_visit';
  /** The city that shares its experience. */
  mentor_city_id: string;
  /** The city that learns. */
  mentee_city_id: string;
  status: 'proposed' | 'active' | 'closed';
  title: string | null;
  /** ISO dates (YYYY-MM-DD). */
  starts_on: string | null;
  ends_on: string | null;
  /** JSON array of the goal numbers the pairing works on. */
  goals: string;
  note: string | null;
  created_at: string;
  created_by: string;
  updated_at: string;
  /**
   * The request a city made for this pairing (migration 0010): `requested` while the mentor
   * city has not answered; null for a pairing the secretariat created directly.
   */
  request_status: 'requested' | 'accepted' | 'declined' | 'withdrawn' | null;
  /** The user id of who asked. */
  requested_by: string | null;
  /** ISO 8601 UTC of the answer (accept, decline) or the withdrawal. */
  decided_at: string | null;
  decided_by: string | null;
  /** Why the mentor city declined, or why the request was withdrawn. */
  decision_reason: string | null;
}

/** One message of a pairing's thread. */
export interface PairingMessageTable {
  id: string;
  pairing_id: string;
  /** The author's user id (or `cli:local-operator`). */
  author_id: string;
  body: string;
  /** ISO 8601 UTC. */
  sent_at: string;
}
