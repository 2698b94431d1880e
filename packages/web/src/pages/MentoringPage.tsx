import { getRouteApi, Link } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RecommendationReason } from '../api/knowledge-types.ts';
import {
  findCitySlug,
  type MentorSuggestion,
  type Pairing,
  type PairingKind,
} from '../api/mentoring.api.ts';
import '../components/knowledge/knowledge.css';
import '../components/projects/projects.css';
import { QueryResult } from '../components/QueryResult.tsx';
import { EmptyState } from '../components/StatusMessages.tsx';
import { useCity } from '../hooks/use-cities.ts';
import { useDocumentTitle } from '../hooks/use-document-title.ts';
import { useCreatePairing, useMentors, usePairings } from '../hooks/use-mentoring.ts';
import { useSession } from '../hooks/use-session.ts';
import { allows } from '../lib/access.ts';
import '../components/knowledge/mentoring.css';
import { NotFoundContent } from './NotFoundPage.tsx';

const mentoringRoute = getRouteApi('/cities/$slug/mentoring');

const KINDS: readonly PairingKind[] = ['mentoring', 'exchange', 'study_visit'];

/** Cities suggested as mentors of a city, with their reasons, and the city's pairings. */
export function MentoringPage() {
  const { t } = useTranslation();
  const { slug } = mentoringRoute.useParams();
  const name = useCity(slug).data?.name ?? slug;
  const title = t('mentoring.title', { city: name });
  useDocumentTitle(title);
  const mentors = useMentors(slug);
  const pairings = usePairings(slug);
  // Pairing two cities is the secretariat's (pairing.manage); the server checks again.
  const canPropose = allows(useSession().data, 'pairing.manage');
  return (
    <>
      <p className="back-link">
        <Link to="/cities/$slug" params={{ slug }}>
          <span aria-hidden="true">← </span>
          {name}
        </Link>
      </p>
      <h1>{title}</h1>
      <p className="lead">{t('mentoring.intro')}</p>
      <section aria-labelledby="mentoring-suggested">
        <h2 id="mentoring-suggested">{t('mentoring.suggested')}</h2>
        <QueryResult query={mentors} notFound={<NotFoundContent />}>
          {(data) =>
            data.items.length === 0 ? (
              <EmptyState title={t('mentoring.noMentors')} />
            ) : (
              <ul className="project-list">
                {data.items.map((item) => (
                  <MentorItem
                    key={item.city.id}
                    item={item}
                    menteeSlug={slug}
                    canPropose={canPropose}
                  />
                ))}
              </ul>
            )
          }
        </QueryResult>
      </section>
      <section aria-labelledby="mentoring-pairings">
        <h2 id="mentoring-pairings">{t('mentoring.pairings')}</h2>
        <QueryResult query={pairings}>
          {(items) =>
            items.length === 0 ? (
              <EmptyState title={t('mentoring.noPairings')} />
            ) : (
              <ul className="pairing-list">
                {items.map((p) => (
                  <PairingItem key={p.id} pairing={p} />
                ))}
              </ul>
            )
          }
        </QueryResult>
      </section>
    </>
  );
}

function MentorItem({
  item,
  menteeSlug,
  canPropose,
}: {
  readonly item: MentorSuggestion;
  readonly menteeSlug: string;
  readonly canPropose: boolean;
}) {
  const { t, i18n } = useTranslation();
  const create = useCreatePairing();
  const [kind, setKind] = useState<PairingKind>('mentoring');
  const [failed, setFailed] = useState(false);
  const reason = (r: RecommendationReason) =>
    t(`knowledge.recommendations.reasons.${r.code}`, {
      goal: r.goal ?? '',
      city: item.city.name,
      defaultValue: r.message,
    });
  const headingId = `mentor-${item.city.id}`;
  const propose = async () => {
    setFailed(false);
    const mentor = await findCitySlug(item.city, i18n.language).catch(() => undefined);
    if (!mentor) {
      setFailed(true);
      return;
    }
    create.mutate({ kind, mentor, mentee: menteeSlug });
  };
  return (
    <li className="project-card" aria-labelledby={headingId}>
      <h3 className="project-card__title" id={headingId}>
        {item.city.name}
      </h3>
      <p className="small muted recommendation__why">
        {t('knowledge.recommendations.reasonsLabel')}
      </p>
      <ul className="recommendation__reasons">
        {item.reasons.map((r) => (
          <li key={`${r.code}-${r.goal ?? ''}`}>{reason(r)}</li>
        ))}
      </ul>
      {canPropose && (
        <form
          className="mentoring__propose"
          onSubmit={(event) => {
            event.preventDefault();
            void propose();
          }}
        >
          <label htmlFor={`${headingId}-kind`}>{t('mentoring.kindLabel')}</label>
          <select
            id={`${headingId}-kind`}
            value={kind}
            onChange={(event) => setKind(event.target.value as PairingKind)}
          >
            {KINDS.map((k) => (
              <option key={k} value={k}>
                {t(`mentoring.kinds.${k}`)}
              </option>
            ))}
          </select>
          <button
            type="submit"
            className="button"
            disabled={create.isPending}
            aria-describedby={headingId}
          >
            {t('mentoring.propose')}
          </button>
          <span role="status" className="small">
            {create.isSuccess && t('mentoring.proposed')}
          </span>
          {(failed || create.isError) && (
            <p role="alert" className="form-error">
              {t('mentoring.proposeFailed')}
            </p>
          )}
        </form>
      )}
    </li>
  );
}

function PairingItem({ pairing }: { readonly pairing: Pairing }) {
  const { t } = useTranslation();
  return (
    <li className="pairing-list__item">
      <Link to="/pairings/$id" params={{ id: pairing.id }}>
        {t('mentoring.pairingName', {
          mentor: pairing.mentor.name,
          mentee: pairing.mentee.name,
        })}
      </Link>{' '}
      <span className="small muted">
        {t(`mentoring.kinds.${pairing.kind}`)} · {t('mentoring.statusLabel')}: {pairing.status}
      </span>
    </li>
  );
}
