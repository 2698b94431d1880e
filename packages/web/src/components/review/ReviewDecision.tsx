import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { ReviewQueue } from '../../hooks/use-review-queue.ts';
import { fieldErrors } from '../../lib/field-errors.ts';
import { FormFailure } from '../form/FormFailure.tsx';
import { FieldErrors } from '../form/TextField.tsx';

/** Approve or return the selected values; returning needs a comment saying what to fix. */
export function ReviewDecision({ review }: { readonly review: ReviewQueue }) {
  const { t } = useTranslation();
  const id = useId();
  const count = review.chosenCount;
  const errors = [
    ...(review.commentMissing ? [t('review.commentRequired')] : []),
    ...(fieldErrors(review.review.error).get('comment') ?? []),
  ];
  return (
    <section className="review-decision" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`} className="save-bar__title">
        {t('review.decisionTitle', { count })}
      </h2>
      <FormFailure error={review.review.error} texts={{ invalid: t('review.refused') }} />
      <div className="field">
        <label htmlFor={`${id}-comment`}>{t('review.comment')}</label>
        <span id={`${id}-hint`} className="field__hint">
          {t('review.commentHint')}
        </span>
        <textarea
          id={`${id}-comment`}
          rows={2}
          maxLength={2000}
          value={review.comment}
          aria-invalid={errors.length > 0 || undefined}
          aria-describedby={`${id}-hint ${errors.length > 0 ? `${id}-error` : ''}`}
          onChange={(event) => review.setComment(event.target.value)}
        />
        <FieldErrors id={`${id}-error`} errors={errors} />
      </div>
      <div className="form__actions">
        <button
          type="button"
          className="button"
          aria-disabled={count === 0 || review.review.isPending}
          onClick={() => review.decide('approve')}
        >
          {t('review.approve', { count })}
        </button>
        <button
          type="button"
          className="button button--quiet"
          aria-disabled={count === 0 || review.review.isPending}
          onClick={() => review.decide('return')}
        >
          {t('review.return', { count })}
        </button>
      </div>
    </section>
  );
}
