import { getRouteApi, Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import type { Pairing } from '../api/mentoring.api.ts';
import { AccessState } from '../components/AccessState.tsx';
import '../components/knowledge/mentoring.css';
import { PairingAnswer } from '../components/knowledge/PairingAnswer.tsx';
import { PairingStatusBadge } from '../components/knowledge/PairingStatusBadge.tsx';
import { PairingThread } from '../components/knowledge/PairingThread.tsx';
import { QueryResult } from '../components/QueryResult.tsx';
import { useDocumentTitle } from '../hooks/use-document-title.ts';
import { usePairing } from '../hooks/use-mentoring.ts';
import { useSession } from '../hooks/use-session.ts';
import { allowsOnCity } from '../lib/access.ts';
import { formatDate, formatDateTime } from '../lib/dates.ts';
import { pairingHomeCity } from '../lib/pairing-stage.ts';
import { NotFoundContent } from './NotFoundPage.tsx';

const pairingRoute = getRouteApi('/pairings/$id');

/**
 * A pairing of two cities: where it stands, the answer to an open request (for those who may
 * give it) and the message thread of both cities' teams.
 */
export function PairingPage() {
  const { t } = useTranslation();
  const { id } = pairingRoute.useParams();
  const pairing = usePairing(id);
  const signedIn = useSession().data?.authenticated ?? false;
  // A request not yet accepted is only shown to those concerned: to the public it is a 404,
  // which may just mean "sign in first".
  const missing = signedIn ? (
    <NotFoundContent />
  ) : (
    <AccessState kind="signed-out" audience={t('mentoring.audience')} />
  );
  return (
    <QueryResult query={pairing} notFound={missing}>
      {(p) => <PairingView pairing={p} />}
    </QueryResult>
  );
}

function PairingView({ pairing }: { readonly pairing: Pairing }) {
  const { t, i18n } = useTranslation();
  const session = useSession().data;
  const title = t('mentoring.pairingName', {
    mentor: pairing.mentor.name,
    mentee: pairing.mentee.name,
  });
  useDocumentTitle(title);
  const canWrite =
    pairing.status !== 'closed' &&
    (allowsOnCity(session, 'pairing.message', pairing.mentor) ||
      allowsOnCity(session, 'pairing.message', pairing.mentee));
  const request = pairing.request;
  const home = pairingHomeCity(
    pairing,
    allowsOnCity(session, 'pairing.decide', pairing.mentor) &&
      !allowsOnCity(session, 'pairing.request', pairing.mentee),
  );
  return (
    <>
      <p className="back-link">
        <Link to="/cities/$slug/mentoring" params={{ slug: home.slug }}>
          <span aria-hidden="true">← </span>
          {t('mentoring.back', { city: home.name })}
        </Link>
      </p>
      <h1>{title}</h1>
      <dl className="pairing__facts">
        <dt>{t('mentoring.mentor')}</dt>
        <dd>
          <Link to="/cities/$slug" params={{ slug: pairing.mentor.slug }}>
            {pairing.mentor.name}
          </Link>
        </dd>
        <dt>{t('mentoring.mentee')}</dt>
        <dd>
          <Link to="/cities/$slug" params={{ slug: pairing.mentee.slug }}>
            {pairing.mentee.name}
          </Link>
        </dd>
        <dt>{t('mentoring.kindLabel')}</dt>
        <dd>{t(`mentoring.kinds.${pairing.kind}`)}</dd>
        <dt>{t('mentoring.statusLabel')}</dt>
        <dd>
          <PairingStatusBadge pairing={pairing} />
          {request?.decidedAt && (
            <span className="small muted">
              {' '}
              <time dateTime={request.decidedAt}>
                {formatDateTime(request.decidedAt, i18n.language)}
              </time>
            </span>
          )}
        </dd>
        {request?.reason && (
          <>
            <dt>{t('mentoring.reason')}</dt>
            <dd className="thread__body">{request.reason}</dd>
          </>
        )}
        {pairing.startsOn && (
          <>
            <dt>{t('mentoring.startsOn')}</dt>
            <dd>{formatDate(pairing.startsOn, i18n.language)}</dd>
          </>
        )}
      </dl>
      <PairingAnswer pairing={pairing} />
      <PairingThread pairing={pairing} canWrite={canWrite} />
    </>
  );
}
