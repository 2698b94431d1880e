import { getRouteApi, Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import type { Pairing } from '../api/mentoring.api.ts';
import '../components/knowledge/knowledge.css';
import { MentorCard } from '../components/knowledge/MentorCard.tsx';
import '../components/knowledge/mentoring.css';
import { PairingStatusBadge } from '../components/knowledge/PairingStatusBadge.tsx';
import '../components/projects/projects.css';
import { QueryResult } from '../components/QueryResult.tsx';
import { EmptyState } from '../components/StatusMessages.tsx';
import { useCity } from '../hooks/use-cities.ts';
import { useDocumentTitle } from '../hooks/use-document-title.ts';
import { useMentors, usePairings } from '../hooks/use-mentoring.ts';
import { useSession } from '../hooks/use-session.ts';
import { allows, allowsOnCity } from '../lib/access.ts';
import { NotFoundContent } from './NotFoundPage.tsx';

const mentoringRoute = getRouteApi('/cities/$slug/mentoring');

/** Whether a pairing is still going: an open request or an active pairing. */
const isCurrent = (p: Pairing) => p.status === 'proposed' || p.status === 'active';

/**
 * Cities suggested as mentors of a city, with their reasons and a way to ask them (for the
 * city's editors); the requests other cities made to this one (for its team to answer); and
 * the city's pairings with where each stands.
 */
export function MentoringPage() {
  const { t } = useTranslation();
  const { slug } = mentoringRoute.useParams();
  const city = useCity(slug).data;
  const name = city?.name ?? slug;
  const title = t('mentoring.title', { city: name });
  useDocumentTitle(title);
  const mentors = useMentors(slug);
  const pairings = usePairings(slug);
  const session = useSession().data;
  // The server decides again: pairing.manage (secretariat), pairing.request on this city.
  const canPropose = allows(session, 'pairing.manage');
  const canAsk =
    city !== undefined && allowsOnCity(session, 'pairing.request', { slug, country: city.country });
  const all = pairings.data ?? [];
  const isIncoming = (p: Pairing) => p.mentor.slug === slug && p.request?.status === 'requested';
  const incoming = all.filter(isIncoming);
  const currentWith = (mentor: string) =>
    all.find((p) => p.mentor.slug === mentor && p.mentee.slug === slug && isCurrent(p));
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
      {incoming.length > 0 && (
        <section aria-labelledby="mentoring-incoming" className="notice mentoring__incoming">
          <h2 id="mentoring-incoming">{t('mentoring.incoming', { n: incoming.length })}</h2>
          <PairingList items={incoming} />
        </section>
      )}
      <section aria-labelledby="mentoring-suggested">
        <h2 id="mentoring-suggested">{t('mentoring.suggested')}</h2>
        <QueryResult query={mentors} notFound={<NotFoundContent />}>
          {(data) =>
            data.items.length === 0 ? (
              <EmptyState title={t('mentoring.noMentors')} />
            ) : (
              <ul className="project-list">
                {data.items.map((item) => (
                  <MentorCard
                    key={item.city.id}
                    item={item}
                    menteeSlug={slug}
                    current={currentWith(item.city.slug)}
                    canAsk={canAsk}
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
          {(items) => {
            // Requests to answer are listed above, not twice.
            const rest = items.filter((p) => !isIncoming(p));
            return rest.length === 0 ? (
              <EmptyState title={t('mentoring.noPairings')} />
            ) : (
              <PairingList items={rest} />
            );
          }}
        </QueryResult>
      </section>
    </>
  );
}

function PairingList({ items }: { readonly items: readonly Pairing[] }) {
  const { t } = useTranslation();
  return (
    <ul className="pairing-list">
      {items.map((pairing) => (
        <li key={pairing.id} className="pairing-list__item">
          <Link to="/pairings/$id" params={{ id: pairing.id }}>
            {t('mentoring.pairingName', {
              mentor: pairing.mentor.name,
              mentee: pairing.mentee.name,
            })}
          </Link>{' '}
          <span className="small muted">{t(`mentoring.kinds.${pairing.kind}`)}</span>{' '}
          <PairingStatusBadge pairing={pairing} />
        </li>
      ))}
    </ul>
  );
}
