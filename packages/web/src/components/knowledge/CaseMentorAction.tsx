import { Link, useLocation } from '@tanstack/react-router';
import { useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { PairingCity } from '../../api/mentoring.api.ts';
import { useCity } from '../../hooks/use-cities.ts';
import { usePairings } from '../../hooks/use-mentoring.ts';
import { useSession } from '../../hooks/use-session.ts';
import { askingCities, type AskingCity } from '../../lib/asking-cities.ts';
import './mentoring.css';
import { PairingStatusBadge } from './PairingStatusBadge.tsx';
import { isCurrentPairing, PairingRequestForm } from './PairingRequestForm.tsx';

/** Props of the case page's way to ask the case's city for mentoring. */
export interface CaseMentorActionProps {
  /** The city whose practice the case is: the mentor to ask. */
  readonly city: PairingCity;
  /** The case's title as shown, quoted in the first message. */
  readonly caseTitle: string;
}

/**
 * From a proven practice to its city as a mentor (issue 9): editors of another city ask it in
 * one step, with a first message about the case; an open request or pairing of the two cities is
 * linked instead; the public is asked to sign in. The server decides again (pairing.request).
 */
export function CaseMentorAction({ city, caseTitle }: CaseMentorActionProps) {
  const { t } = useTranslation();
  const session = useSession().data;
  const href = useLocation({ select: (location) => location.href });
  if (!session) return null;
  if (!session.authenticated)
    return (
      <p className="case-mentor case-mentor--signed-out">
        <Link to="/sign-in" search={{ redirect: href }}>
          {t('knowledge.case.mentor.signIn')}
        </Link>
      </p>
    );
  return (
    <AskOnBehalf mentor={city} cities={askingCities(session, city.slug)} caseTitle={caseTitle} />
  );
}

/**
 * An editor of several cities picks the one that asks (the first of their assignments at first);
 * the request, the open pairing and the first message follow that choice.
 */
function AskOnBehalf({
  mentor,
  cities,
  caseTitle,
}: {
  readonly mentor: PairingCity;
  readonly cities: readonly AskingCity[];
  readonly caseTitle: string;
}) {
  const { t } = useTranslation();
  const [chosen, setChosen] = useState<string | undefined>(undefined);
  const mentee = cities.find((c) => c.slug === chosen) ?? cities[0];
  if (!mentee) return null;
  const picker =
    cities.length > 1 ? (
      <p className="field case-mentor__on-behalf">
        <label htmlFor="case-mentor-city">{t('knowledge.case.mentor.onBehalfOf')}</label>{' '}
        <select
          id="case-mentor-city"
          value={mentee.slug}
          onChange={(event) => setChosen(event.target.value)}
        >
          {cities.map((c) => (
            <option key={c.slug} value={c.slug}>
              {c.name}
            </option>
          ))}
        </select>
      </p>
    ) : null;
  return (
    <AskMentor
      key={mentee.slug}
      mentor={mentor}
      mentee={mentee}
      caseTitle={caseTitle}
      picker={picker}
    />
  );
}

function AskMentor({
  mentor,
  mentee,
  caseTitle,
  picker,
}: {
  readonly mentor: PairingCity;
  readonly mentee: AskingCity;
  readonly caseTitle: string;
  /** The choice of the asking city, for editors of several. */
  readonly picker: ReactNode;
}) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  const pairings = usePairings(mentee.slug);
  // Mentoring is asked of frontrunner and model cities (the server checks): else an exchange.
  const mentorCity = useCity(mentor.slug);
  const stage = mentorCity.data?.stage;
  const mayMentor = stage === 'frontrunner' || stage === 'model_city';
  const current = pairings.data?.find((p) => isCurrentPairing(p, mentor.slug, mentee.slug));
  const names = { caseCity: mentor.name, yourCity: mentee.name };
  return (
    <section aria-labelledby="case-mentor" className="case-mentor">
      <h2 id="case-mentor">{t('knowledge.case.mentor.title', names)}</h2>
      {picker}
      {current && !open ? (
        <p className="mentoring__current">
          <PairingStatusBadge pairing={current} /> {t('knowledge.case.mentor.already', names)}{' '}
          <Link to="/pairings/$id" params={{ id: current.id }}>
            {t('mentoring.request.open', { city: mentor.name })}
          </Link>
        </p>
      ) : (
        <>
          <p>
            <button
              ref={button}
              type="button"
              className="button"
              aria-expanded={open}
              aria-controls="case-mentor-form"
              disabled={pairings.isPending || mentorCity.isPending}
              onClick={() => setOpen(!open)}
            >
              {t('knowledge.case.mentor.ask', names)}
            </button>
          </p>
          <div id="case-mentor-form">
            {open && !mayMentor && (
              <p className="muted">{t('knowledge.case.mentor.exchangeHint', names)}</p>
            )}
            {open && (
              <PairingRequestForm
                menteeSlug={mentee.slug}
                mentor={mentor}
                headingLevel={3}
                initialKind={mayMentor ? 'mentoring' : 'exchange'}
                initialMessage={t('knowledge.case.mentor.message', { ...names, title: caseTitle })}
                onCancel={() => {
                  setOpen(false);
                  button.current?.focus();
                }}
              />
            )}
          </div>
        </>
      )}
    </section>
  );
}
