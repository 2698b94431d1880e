import type { Pairing } from '../api/mentoring.api.ts';

/** Where a pairing stands, as people say it: the request's status until it is accepted. */
export type PairingStage =
  'requested' | 'declined' | 'withdrawn' | 'proposed' | 'active' | 'closed';

/**
 * The stage of a pairing: an open, declined or withdrawn request says so; an accepted request
 * or a pairing made by the secretariat shows the pairing's own status.
 *
 * @example
 * pairingStage({ status: 'proposed', request: { status: 'requested', decidedAt: null, reason: null } }) // 'requested'
 */
export function pairingStage(pairing: Pick<Pairing, 'status' | 'request'>): PairingStage {
  if (pairing.request && pairing.request.status !== 'accepted') return pairing.request.status;
  return pairing.status;
}

/**
 * The mentoring page to go back to from a pairing: the mentor city's for its team (they came
 * from their incoming requests), the learning city's for everyone else.
 */
export function pairingHomeCity(
  pairing: Pick<Pairing, 'mentor' | 'mentee'>,
  isMentorTeam: boolean,
): Pairing['mentor'] {
  return isMentorTeam ? pairing.mentor : pairing.mentee;
}
