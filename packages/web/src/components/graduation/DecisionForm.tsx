import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { criterionTitle } from '../../lib/criterion-title.ts';
import type { Assessment } from '../../api/graduation-types.ts';
import { useDecideAssessment } from '../../hooks/use-graduation.ts';
import { FormFailure } from '../form/FormFailure.tsx';

/**
 * The secretariat's decision on a submitted assessment: graduate (only when every criterion is
 * met by the reviewers' levels; moves the city's stage and issues a certificate) or not yet,
 * with a reason either way.
 */
export function DecisionForm({ assessment }: { readonly assessment: Assessment }) {
  const { t } = useTranslation();
  const decide = useDecideAssessment(assessment.id);
  const { ready, missing } = assessment.readiness;
  const [decision, setDecision] = useState<'graduated' | 'not_yet' | null>(null);
  const [reason, setReason] = useState('');
  const [problems, setProblems] = useState<{ decision?: string; reason?: string }>({});
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    const found = {
      ...(decision === null ? { decision: t('graduation.errors.decision') } : {}),
      ...(reason.trim() === '' ? { reason: t('graduation.errors.reason') } : {}),
    };
    setProblems(found);
    if (decision !== null && Object.keys(found).length === 0)
      decide.mutate(
        { decision, comment: reason.trim() },
        // The page turns into the decided view: take the reader to the decision at its top.
        {
          onSuccess: () =>
            requestAnimationFrame(() => document.getElementById('decided-heading')?.focus()),
        },
      );
  };
  const stage = t(`stage.${assessment.targetStage}`);
  return (
    <form className="form assessment-decision" onSubmit={onSubmit} noValidate>
      <h2 id="decision-heading">{t('graduation.decisionTitle')}</h2>
      {ready ? (
        <p>{t('graduation.allMet', { stage })}</p>
      ) : (
        <p>
          {t('graduation.cannotGraduate', {
            list: missing.map((m) => criterionTitle(t, m.key, m.title)).join(', '),
          })}
        </p>
      )}
      <fieldset
        className="fieldset"
        aria-invalid={problems.decision ? true : undefined}
        aria-describedby={problems.decision ? 'decision-error' : undefined}
      >
        <legend>{t('graduation.decision')}</legend>
        <label className="check">
          <input
            type="radio"
            name="decision"
            value="graduated"
            disabled={!ready}
            checked={decision === 'graduated'}
            onChange={() => setDecision('graduated')}
          />
          {t('graduation.decisions.graduated', { stage })}
        </label>
        <label className="check">
          <input
            type="radio"
            name="decision"
            value="not_yet"
            checked={decision === 'not_yet'}
            onChange={() => setDecision('not_yet')}
          />
          {t('graduation.decisions.not_yet')}
        </label>
        {problems.decision && (
          <p id="decision-error" className="field__error">
            {problems.decision}
          </p>
        )}
      </fieldset>
      <label htmlFor="decision-reason">{t('graduation.reason')}</label>
      <textarea
        id="decision-reason"
        rows={3}
        maxLength={4000}
        value={reason}
        onChange={(event) => setReason(event.target.value)}
        aria-invalid={problems.reason ? true : undefined}
        aria-describedby={problems.reason ? 'decision-reason-error' : undefined}
      />
      {problems.reason && (
        <p id="decision-reason-error" className="field__error">
          {problems.reason}
        </p>
      )}
      <div className="form__actions">
        <button type="submit" className="button" disabled={decide.isPending}>
          {t('graduation.decide')}
        </button>
      </div>
      <FormFailure
        error={decide.error}
        texts={{ conflict: t('graduation.errors.decideConflict') }}
      />
    </form>
  );
}
