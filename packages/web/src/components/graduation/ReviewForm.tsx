import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { criterionTitle } from '../../lib/criterion-title.ts';
import type { ReviewEntry } from '../../api/graduation-types.ts';
import { useSaveReview } from '../../hooks/use-graduation.ts';
import { errorsUnder, fieldErrors } from '../../lib/field-errors.ts';
import {
  CriteriaFormActions,
  CriterionFields,
  useCriterionDrafts,
  type CriteriaFormProps,
} from './CriterionFields.tsx';

/** A reviewer scores each criterion 0–3 with a comment, beside the city's own answer. */
export function ReviewForm({ assessment, rubric }: CriteriaFormProps) {
  const { t } = useTranslation();
  const save = useSaveReview(assessment.id);
  const [scores, change] = useCriterionDrafts(assessment, (c) => ({
    level: c.reviewLevel,
    comment: c.reviewComment ?? '',
  }));
  const [empty, setEmpty] = useState(false);
  const server = fieldErrors(save.error);
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    const criteria: ReviewEntry[] = assessment.criteria.flatMap((c) => {
      const s = scores[c.key]!;
      return s.level === null
        ? []
        : [{ key: c.key, level: s.level, comment: s.comment.trim() || null }];
    });
    setEmpty(criteria.length === 0);
    if (criteria.length > 0) save.mutate(criteria);
  };
  return (
    <form onSubmit={onSubmit} noValidate aria-labelledby="review-heading">
      <h2 id="review-heading">{t('graduation.reviewTitle')}</h2>
      <p>{t('graduation.reviewIntro')}</p>
      {assessment.criteria.map((c, index) => (
        <CriterionFields
          key={c.key}
          form="review"
          assessment={assessment}
          rubric={rubric}
          criterion={c}
          draft={scores[c.key]!}
          onChange={(patch) => change(c.key, patch)}
          legend={t('graduation.reviewLevel', { criterion: criterionTitle(t, c.key, c.title) })}
          commentLabel={t('graduation.reviewComment')}
          errors={errorsUnder(server, `criteria.${index}`)}
          marks={c.selfLevel === null ? {} : { [c.selfLevel]: t('graduation.selfMark') }}
        >
          <p className="assessment-said">
            <strong>{t('graduation.citySaid')}:</strong>{' '}
            {c.selfLevel === null
              ? t('graduation.noLevel')
              : t('graduation.levelN', { level: c.selfLevel })}
            {c.selfComment ? ` — ${c.selfComment}` : ''}
          </p>
        </CriterionFields>
      ))}
      {empty && (
        <p className="form-failure" role="alert">
          {t('graduation.errors.noScore')}
        </p>
      )}
      <CriteriaFormActions
        pending={save.isPending}
        saved={save.isSuccess}
        error={server.size === 0 ? save.error : null}
      >
        {(disabled) => (
          <button type="submit" className="button" disabled={disabled}>
            {t('graduation.saveReview')}
          </button>
        )}
      </CriteriaFormActions>
    </form>
  );
}
