import { useTranslation } from 'react-i18next';
import type { Pairing } from '../../api/mentoring.api.ts';

/** Where a pairing stands, as people say it: the request's status until it is accepted. */
export type PairingStage =
  'requested' | 'declined' | 'withdrawn' | 'proposed' | 'active' | 'closed';

/**
 * The stage of a pairing: an open, declined or withdrawn request says so; an accepted request
 * or a pairing made by the secretariat shows the pairing's own status.
 *
 * @example
 * pairingStage({ status: 'proposed', request: { status: 'requested', … }, … }) // 'requested'
 */
export function pairingStage(pairing: Pick<Pairing, 'status' | 'request'>): PairingStage {
  if (pairing.request && pairing.request.status !== 'accepted') return pairing.request.status;
  return pairing.status;
}

/** The badge colour of each stage (the badge styles of tables.css). */
const BADGE: Record<PairingStage, string> = {
  requested: 'submitted',
  proposed: 'submitted',
  active: 'active',
  declined: 'returned',
  withdrawn: 'draft',
  closed: 'draft',
};

/** A pairing's stage as a badge, in the interface language. */
export function PairingStatusBadge({ pairing }: { readonly pairing: Pairing }) {
  const { t } = useTranslation();
  const stage = pairingStage(pairing);
  return <span className={`badge badge--${BADGE[stage]}`}>{t(`mentoring.statuses.${stage}`)}</span>;
}
