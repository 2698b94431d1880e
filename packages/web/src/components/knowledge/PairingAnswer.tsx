import { useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Pairing } from '../../api/mentoring.api.ts';
import { useAnswerPairing } from '../../hooks/use-mentoring.ts';
import { useSession } from '../../hooks/use-session.ts';
import { allowsOnCity } from '../../lib/access.ts';
import { errorsUnder, fieldErrors } from '../../lib/field-errors.ts';
import { FieldErrors } from '../form/TextField.tsx';
import { FormFailure } from '../form/FormFailure.tsx';

/**
 * What can be done with an open request: the mentor city's editors, its focal point and the
 * secretariat accept or decline it (with a reason); the asking city's editors withdraw it.
 * Says who is awaited to everyone else. Nothing once the request is answered.
 */
export function PairingAnswer({ pairing }: { readonly pairing: Pairing }) {
  const { t } = useTranslation();
  const session = useSession().data;
  const answer = useAnswerPairing(pairing.id);
  const [declining, setDeclining] = useState(false);
  if (pairing.request?.status !== 'requested') return null;
  const canDecide = allowsOnCity(session, 'pairing.decide', pairing.mentor);
  const canWithdraw = allowsOnCity(session, 'pairing.request', pairing.mentee);
  return (
    <section className="notice pairing__answer" aria-labelledby="answer-heading">
      <h2 id="answer-heading">{t('mentoring.answer.title')}</h2>
      <p>
        {canDecide
          ? t('mentoring.answer.asked', {
              mentee: pairing.mentee.name,
              mentor: pairing.mentor.name,
              kind: t(`mentoring.kinds.${pairing.kind}`),
            })
          : t('mentoring.answer.waiting', { city: pairing.mentor.name })}
      </p>
      {canDecide && (
        <div className="form__actions">
          <button
            type="button"
            className="button"
            disabled={answer.isPending}
            onClick={() => answer.mutate({ decision: 'accept' })}
          >
            {t('mentoring.answer.accept')}
          </button>
          <button
            type="button"
            className="button button--quiet"
            aria-expanded={declining}
            aria-controls="decline-form"
            onClick={() => setDeclining(!declining)}
          >
            {t('mentoring.answer.decline')}
          </button>
        </div>
      )}
      {canDecide && declining && (
        <DeclineForm
          onDecline={(reason) => answer.mutate({ decision: 'decline', reason })}
          pending={answer.isPending}
          error={answer.error}
        />
      )}
      {canWithdraw && (
        <div className="form__actions">
          <button
            type="button"
            className="button button--quiet"
            disabled={answer.isPending}
            onClick={() => answer.mutate({ decision: 'withdraw' })}
          >
            {t('mentoring.answer.withdraw')}
          </button>
        </div>
      )}
      {!declining && <FormFailure error={answer.error} />}
    </section>
  );
}

function DeclineForm({
  onDecline,
  pending,
  error,
}: {
  readonly onDecline: (reason: string) => void;
  readonly pending: boolean;
  readonly error: unknown;
}) {
  const { t } = useTranslation();
  const id = useId();
  const field = useRef<HTMLTextAreaElement>(null);
  const [reason, setReason] = useState('');
  const [missing, setMissing] = useState(false);
  const errors = [
    ...(missing ? [t('mentoring.answer.reasonRequired')] : []),
    ...errorsUnder(fieldErrors(error), 'reason'),
  ];
  return (
    <form
      id="decline-form"
      className="form"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        if (!reason.trim()) {
          setMissing(true);
          field.current?.focus();
          return;
        }
        setMissing(false);
        onDecline(reason.trim());
      }}
    >
      <div className="field">
        <label htmlFor={`${id}-reason`}>{t('mentoring.answer.reasonLabel')}</label>
        <textarea
          id={`${id}-reason`}
          ref={field}
          rows={3}
          maxLength={2000}
          value={reason}
          aria-invalid={errors.length > 0 || undefined}
          aria-describedby={errors.length > 0 ? `${id}-error` : undefined}
          onChange={(event) => setReason(event.target.value)}
        />
        <FieldErrors id={`${id}-error`} errors={errors} />
      </div>
      <FormFailure error={error} />
      <div className="form__actions">
        <button type="submit" className="button" disabled={pending}>
          {t('mentoring.answer.confirmDecline')}
        </button>
      </div>
    </form>
  );
}
