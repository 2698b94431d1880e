import { useTranslation } from 'react-i18next';
import type { Pairing } from '../../api/mentoring.api.ts';
import { pairingStage, type PairingStage } from '../../lib/pairing-stage.ts';

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
