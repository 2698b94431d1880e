import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Rubric } from '../../api/capacity-types.ts';
import type { Assessment, ReviewEntry, RubricLevel } from '../../api/graduation-types.ts';
import { useSaveReview } from '../../hooks/use-graduation.ts';
import { errorsUnder, fieldErrors } from '../../lib/field-errors.ts';
import { FormFailure } from '../form/FormFailure.tsx';
import { CriterionCard, neededLevel } from './CriterionCard.tsx';
import { LevelChoice } from './LevelChoice.tsx';

interface Score {
  level: RubricLevel | null;
  comment: string;
}

/** A reviewer scores each criterion 0–3 with a comment, beside the city's own answer. */
export function ReviewForm({
  assessment,
  rubric,
}: {
  readonly assessment: Assessment;
  readonly rubric: Rubric | undefined;
}) {
  const { t } = useTranslation();
  const save = useSaveReview(assessment.id);
  const [scores, setScores] = useState<Record<string, Score>>(() =>
    Object.fromEntries(
      assessment.criteria.map((c) => [
        c.key,
        { level: c.reviewLevel, comment: c.reviewComment ?? '' },
      ]),
    ),
  );
  const [empty, setEmpty] = useState(false);
  const server = fieldErrors(save.error);
  const change = (key: string, patch: Partial<Score>) =>
    setScores((all) => ({ ...all, [key]: { ...all[key]!, ...patch } }));
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
      {assessment.criteria.map((c, index) => {
        const s = scores[c.key]!;
        const criterionRubric = rubric?.criteria.find((r) => r.key === c.key);
        const messages = errorsUnder(server, `criteria.${index}`);
        return (
          <CriterionCard key={c.key} assessment={assessment} criterion={c} rubric={criterionRubric}>
            <p className="assessment-said">
              <strong>{t('graduation.citySaid')}:</strong>{' '}
              {c.selfLevel === null
                ? t('graduation.noLevel')
                : t('graduation.levelN', { level: c.selfLevel })}
              {c.selfComment ? ` — ${c.selfComment}` : ''}
            </p>
            <LevelChoice
              name={`review-${c.key}`}
              legend={t('graduation.reviewLevel', { criterion: c.title })}
              descriptors={criterionRubric?.levels ?? []}
              needed={neededLevel(assessment, c.key)}
              value={s.level}
              onChange={(level) => change(c.key, { level })}
              marks={c.selfLevel === null ? {} : { [c.selfLevel]: t('graduation.selfMark') }}
              error={messages.length > 0 ? messages.join(' ') : undefined}
            />
            <label htmlFor={`review-comment-${c.key}`}>{t('graduation.reviewComment')}</label>
            <textarea
              id={`review-comment-${c.key}`}
              rows={3}
              maxLength={4000}
              value={s.comment}
              onChange={(event) => change(c.key, { comment: event.target.value })}
            />
          </CriterionCard>
        );
      })}
      {empty && (
        <p className="form-failure" role="alert">
          {t('graduation.errors.noScore')}
        </p>
      )}
      <div className="form__actions">
        <button type="submit" className="button" disabled={save.isPending}>
          {t('graduation.saveReview')}
        </button>
        <p className="form__saved" role="status">
          {save.isSuccess ? t('graduation.saved') : ''}
        </p>
      </div>
      {server.size === 0 && <FormFailure error={save.error} />}
    </form>
  );
}
