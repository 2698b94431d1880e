import { Link, useNavigate } from '@tanstack/react-router';
import { useEffect, useId, useRef, useState, type Ref } from 'react';
import { useTranslation } from 'react-i18next';
import type { Pairing, PairingKind } from '../../api/mentoring.api.ts';
import { usePairings, useRequestPairing } from '../../hooks/use-mentoring.ts';
import { errorsUnder, failureKind, fieldErrors } from '../../lib/field-errors.ts';
import { FormFailure } from '../form/FormFailure.tsx';
import { FieldErrors } from '../form/TextField.tsx';
import { mutateThen } from '../../lib/mutate-then.ts';

/** The kinds of pairing a city may ask for, mentoring first. */
const PAIRING_KINDS: readonly PairingKind[] = ['mentoring', 'exchange', 'study_visit'];

/** Props of the kind picker. */
export interface PairingKindSelectProps {
  readonly id: string;
  readonly value: PairingKind;
  readonly onChange: (kind: PairingKind) => void;
  readonly ref?: Ref<HTMLSelectElement>;
}

/** A labelled picker of the kind of pairing: mentoring, exchange, study visit. */
export function PairingKindSelect({ id, value, onChange, ref }: PairingKindSelectProps) {
  const { t } = useTranslation();
  return (
    <>
      <label htmlFor={id}>{t('mentoring.kindLabel')}</label>
      <select
        id={id}
        ref={ref}
        value={value}
        onChange={(event) => onChange(event.target.value as PairingKind)}
      >
        {PAIRING_KINDS.map((k) => (
          <option key={k} value={k}>
            {t(`mentoring.kinds.${k}`)}
          </option>
        ))}
      </select>
    </>
  );
}

/** Props of the form that asks a mentor city. */
export interface PairingRequestFormProps {
  /** The city that asks (its slug). */
  readonly menteeSlug: string;
  readonly mentor: { readonly slug: string; readonly name: string };
  /** Closes the form without asking. */
  readonly onCancel: () => void;
  /** The kind chosen at first (mentoring when absent). */
  readonly initialKind?: PairingKind;
  /** The first message as the form opens, for the user to edit (empty when absent). */
  readonly initialMessage?: string;
  /** The level of the form's heading under the page's headings (4 when absent). */
  readonly headingLevel?: 3 | 4;
}

/** Whether a pairing between the two cities is still going: an open request or active. */
export function isCurrentPairing(p: Pairing, mentor: string, mentee: string): boolean {
  return (
    p.mentor.slug === mentor &&
    p.mentee.slug === mentee &&
    (p.status === 'proposed' || p.status === 'active')
  );
}

/**
 * Asks a mentor city to pair with this city: the kind and a first message, which opens the
 * pairing's thread. On success the pairing page opens, where the answer will show; when the two
 * cities already have an open request or pairing (409), the form says so and links to it.
 */
export function PairingRequestForm({
  menteeSlug,
  mentor,
  onCancel,
  initialKind = 'mentoring',
  initialMessage = '',
  headingLevel = 4,
}: PairingRequestFormProps) {
  const { t } = useTranslation();
  const id = useId();
  const navigate = useNavigate();
  const request = useRequestPairing(menteeSlug);
  const [kind, setKind] = useState<PairingKind>(initialKind);
  const [message, setMessage] = useState(initialMessage);
  // After a 409 the lists are refreshed (useRequestPairing), so the open pairing shows up here.
  const pairings = usePairings(menteeSlug).data ?? [];
  const existing =
    failureKind(request.error) === 'conflict'
      ? pairings.find((p) => isCurrentPairing(p, mentor.slug, menteeSlug))
      : undefined;
  const Heading = headingLevel === 3 ? 'h3' : 'h4';
  const [missing, setMissing] = useState(false);
  const first = useRef<HTMLSelectElement>(null);
  // The form opens on a click of "Ask to be mentored": keyboard users land in it.
  useEffect(() => first.current?.focus(), []);
  const serverErrors = fieldErrors(request.error);
  const messageErrors = [
    ...(missing ? [t('mentoring.request.messageRequired')] : []),
    ...errorsUnder(serverErrors, 'message'),
  ];
  const submit = () => {
    if (!message.trim()) {
      setMissing(true);
      document.getElementById(`${id}-message`)?.focus();
      return;
    }
    setMissing(false);
    // The refreshed lists replace this form with a link to the new request: mutateThen still opens it.
    mutateThen(request, { kind, mentor: mentor.slug, message: message.trim() }, (pairing) =>
      navigate({ to: '/pairings/$id', params: { id: pairing.id } }),
    );
  };
  return (
    <form
      className="mentoring__request form"
      aria-labelledby={`${id}-title`}
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        submit();
      }}
    >
      <Heading id={`${id}-title`} className="mentoring__request-title">
        {t('mentoring.request.title', { city: mentor.name })}
      </Heading>
      <div className="field">
        <PairingKindSelect id={`${id}-kind`} value={kind} onChange={setKind} ref={first} />
        <FieldErrors errors={errorsUnder(serverErrors, 'mentor')} />
      </div>
      <div className="field">
        <label htmlFor={`${id}-message`}>{t('mentoring.request.messageLabel')}</label>
        <span id={`${id}-hint`} className="field__hint">
          {t('mentoring.request.messageHint', { city: mentor.name })}
        </span>
        <textarea
          id={`${id}-message`}
          rows={4}
          maxLength={5000}
          value={message}
          aria-invalid={messageErrors.length > 0 || undefined}
          aria-describedby={`${id}-hint${messageErrors.length > 0 ? ` ${id}-error` : ''}`}
          onChange={(event) => setMessage(event.target.value)}
        />
        <FieldErrors id={`${id}-error`} errors={messageErrors} />
      </div>
      <FormFailure
        error={request.error}
        texts={{ conflict: t('mentoring.request.duplicate', { city: mentor.name }) }}
      />
      {existing && (
        <p>
          <Link to="/pairings/$id" params={{ id: existing.id }}>
            {t('mentoring.request.open', { city: mentor.name })}
          </Link>
        </p>
      )}
      <div className="form__actions">
        <button type="submit" className="button" disabled={request.isPending}>
          {t('mentoring.request.send')}
        </button>
        <button type="button" className="button button--quiet" onClick={onCancel}>
          {t('mentoring.request.cancel')}
        </button>
      </div>
    </form>
  );
}
