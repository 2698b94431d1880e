import { Link } from '@tanstack/react-router';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MentorSuggestion, Pairing, PairingKind } from '../../api/mentoring.api.ts';
import { useCreatePairing } from '../../hooks/use-mentoring.ts';
import { PairingKindSelect, PairingRequestForm } from './PairingRequestForm.tsx';
import { PairingStatusBadge } from './PairingStatusBadge.tsx';
import { ReasonList } from './ReasonList.tsx';

/** Props of a suggested mentor. */
export interface MentorCardProps {
  readonly item: MentorSuggestion;
  /** The city the mentor is suggested for (its slug). */
  readonly menteeSlug: string;
  /** An open request or active pairing of the two cities, if any. */
  readonly current: Pairing | undefined;
  /** The reader may ask the mentor (editors of the city). */
  readonly canAsk: boolean;
  /** The reader may pair the cities directly (the secretariat). */
  readonly canPropose: boolean;
}

/** A city suggested as a mentor: a link to it, why it was suggested, and how to contact it. */
export function MentorCard({ item, menteeSlug, current, canAsk, canPropose }: MentorCardProps) {
  const { t } = useTranslation();
  const [asking, setAsking] = useState(false);
  const askButton = useRef<HTMLButtonElement>(null);
  const headingId = `mentor-${item.city.id}`;
  return (
    <li className="project-card" aria-labelledby={headingId}>
      <h3 className="project-card__title" id={headingId}>
        <Link to="/cities/$slug" params={{ slug: item.city.slug }}>
          {item.city.name}
        </Link>
      </h3>
      <ReasonList reasons={item.reasons} city={item.city.name} />
      {current ? (
        <p className="mentoring__current">
          <PairingStatusBadge pairing={current} />{' '}
          <Link to="/pairings/$id" params={{ id: current.id }}>
            {t('mentoring.request.open', { city: item.city.name })}
          </Link>
        </p>
      ) : canPropose ? (
        <ProposeForm item={item} menteeSlug={menteeSlug} headingId={headingId} />
      ) : (
        canAsk && (
          <>
            <p>
              <button
                ref={askButton}
                type="button"
                className="button"
                aria-expanded={asking}
                aria-controls={`${headingId}-ask`}
                aria-describedby={headingId}
                onClick={() => setAsking(!asking)}
              >
                {t('mentoring.request.ask')}
              </button>
            </p>
            <div id={`${headingId}-ask`}>
              {asking && (
                <PairingRequestForm
                  menteeSlug={menteeSlug}
                  mentor={item.city}
                  onCancel={() => {
                    setAsking(false);
                    askButton.current?.focus();
                  }}
                />
              )}
            </div>
          </>
        )
      )}
    </li>
  );
}

/** The secretariat pairs the cities at once (active, no request). */
function ProposeForm({
  item,
  menteeSlug,
  headingId,
}: {
  readonly item: MentorSuggestion;
  readonly menteeSlug: string;
  readonly headingId: string;
}) {
  const { t } = useTranslation();
  const create = useCreatePairing();
  const [kind, setKind] = useState<PairingKind>('mentoring');
  return (
    <form
      className="mentoring__propose"
      onSubmit={(event) => {
        event.preventDefault();
        create.mutate({ kind, mentor: item.city.slug, mentee: menteeSlug });
      }}
    >
      <PairingKindSelect id={`${headingId}-kind`} value={kind} onChange={setKind} />
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
      {create.isError && (
        <p role="alert" className="form-error">
          {t('mentoring.proposeFailed')}
        </p>
      )}
    </form>
  );
}
