import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CaseRecord } from '../../api/cases-types.ts';
import { useReviewCase } from '../../hooks/use-cases.ts';
import { fieldErrors } from '../../lib/field-errors.ts';
import { FormFailure } from '../form/FormFailure.tsx';
import { FieldErrors } from '../form/TextField.tsx';

/**
 * Sending a draft or returned case to the secretariat; refused while changes are unsaved, so
 * that what is reviewed is what was saved.
 */
export function CaseSubmit({
  record,
  dirty,
}: {
  readonly record: CaseRecord;
  readonly dirty: boolean;
}) {
  const { t } = useTranslation();
  const review = useReviewCase(record.id);
  const [tried, setTried] = useState(false);
  if (record.status === 'submitted') return <p className="notice">{t('cases.submit.waiting')}</p>;
  if (record.status === 'published') return <p className="notice">{t('cases.submit.published')}</p>;
  return (
    <section className="panel" aria-labelledby="case-submit-title">
      <h2 id="case-submit-title">{t('cases.submit.title')}</h2>
      <p>{t('cases.submit.intro')}</p>
      {tried && dirty && (
        <p className="field__error" role="alert">
          {t('cases.submit.saveFirst')}
        </p>
      )}
      <FormFailure error={review.error} />
      <button
        type="button"
        className="button"
        aria-disabled={review.isPending}
        onClick={() => {
          setTried(true);
          if (dirty || review.isPending) return;
          review.mutate({ action: 'submit' });
        }}
      >
        {t('cases.submit.button')}
      </button>
    </section>
  );
}

/** The secretariat's decision on a submitted case: publish it, or return it with a comment. */
export function CaseReviewDecision({
  record,
  title,
  onDecided,
}: {
  readonly record: CaseRecord;
  readonly title: string;
  /** Called with the case as decided (published or returned). */
  readonly onDecided?: (record: CaseRecord) => void;
}) {
  const { t } = useTranslation();
  const id = useId();
  const review = useReviewCase(record.id);
  const [comment, setComment] = useState('');
  const [missing, setMissing] = useState(false);
  const errors = [
    ...(missing ? [t('cases.review.commentRequired')] : []),
    ...(fieldErrors(review.error).get('comment') ?? []),
  ];
  const decide = (action: 'publish' | 'return') => {
    if (review.isPending) return;
    const missingNow = action === 'return' && comment.trim() === '';
    setMissing(missingNow);
    if (missingNow) {
      document.getElementById(`${id}-comment`)?.focus();
      return;
    }
    review.mutate(
      { action, ...(comment.trim() ? { comment: comment.trim() } : {}) },
      { onSuccess: (decided) => onDecided?.(decided) },
    );
  };
  return (
    <section className="review-decision" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>{t('cases.review.decisionTitle', { title })}</h3>
      <FormFailure error={errors.length > 0 ? undefined : review.error} />
      <div className="field">
        <label htmlFor={`${id}-comment`}>{t('cases.review.comment')}</label>
        <span id={`${id}-hint`} className="field__hint">
          {t('cases.review.commentHint')}
        </span>
        <textarea
          id={`${id}-comment`}
          rows={3}
          maxLength={2000}
          value={comment}
          aria-invalid={errors.length > 0 || undefined}
          aria-describedby={`${id}-hint${errors.length > 0 ? ` ${id}-error` : ''}`}
          onChange={(event) => setComment(event.target.value)}
        />
        <FieldErrors id={`${id}-error`} errors={errors} />
      </div>
      <div className="form__actions">
        <button type="button" className="button" onClick={() => decide('publish')}>
          {t('cases.review.publish')}
        </button>
        <button type="button" className="button button--quiet" onClick={() => decide('return')}>
          {t('cases.review.return')}
        </button>
      </div>
    </section>
  );
}
