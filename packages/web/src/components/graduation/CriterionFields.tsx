import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { levelDescriptors } from '../../lib/criterion-title.ts';
import type { Rubric } from '../../api/capacity-types.ts';
import type { Assessment, AssessmentCriterion, RubricLevel } from '../../api/graduation-types.ts';
import { FormFailure } from '../form/FormFailure.tsx';
import { CriterionCard, neededLevel } from './CriterionCard.tsx';
import { LevelChoice } from './LevelChoice.tsx';

/** What a form over every criterion of an assessment is given. */
export interface CriteriaFormProps {
  readonly assessment: Assessment;
  /** The rubric version of the assessment (undefined while it loads). */
  readonly rubric: Rubric | undefined;
}

/** A level and a comment, as a form holds them for one criterion. */
export interface LevelDraft {
  level: RubricLevel | null;
  comment: string;
}

/**
 * The values a form holds per criterion, by key, starting from `initial`, and a function that
 * changes some fields of one criterion.
 */
export function useCriterionDrafts<T extends LevelDraft>(
  assessment: Assessment,
  initial: (c: AssessmentCriterion) => T,
): [Readonly<Record<string, T>>, (key: string, patch: Partial<T>) => void] {
  const [drafts, setDrafts] = useState<Record<string, T>>(() =>
    Object.fromEntries(assessment.criteria.map((c) => [c.key, initial(c)])),
  );
  const change = (key: string, patch: Partial<T>) =>
    setDrafts((all) => ({ ...all, [key]: { ...all[key]!, ...patch } }));
  return [drafts, change];
}

/**
 * One criterion in a form: its card with the level as radio buttons (what each level means
 * beside it), a comment, and whatever else the form asks (`children`).
 */
export function CriterionFields({
  form,
  assessment,
  rubric,
  criterion,
  draft,
  onChange,
  legend,
  commentLabel,
  errors,
  marks,
  children,
}: CriteriaFormProps & {
  /** Prefix of the field ids, e.g. `self`. */
  readonly form: string;
  readonly criterion: AssessmentCriterion;
  readonly draft: LevelDraft;
  readonly onChange: (patch: Partial<LevelDraft>) => void;
  readonly legend: string;
  readonly commentLabel: string;
  readonly errors: readonly string[];
  readonly marks?: Partial<Record<RubricLevel, string>>;
  readonly children?: ReactNode;
}) {
  const { t } = useTranslation();
  const criterionRubric = rubric?.criteria.find((r) => r.key === criterion.key);
  const id = `${form}-comment-${criterion.key}`;
  return (
    <CriterionCard assessment={assessment} criterion={criterion} rubric={criterionRubric}>
      <LevelChoice
        name={`${form}-${criterion.key}`}
        legend={legend}
        descriptors={levelDescriptors(t, criterion.key, criterionRubric?.levels ?? [])}
        needed={neededLevel(assessment, criterion.key)}
        value={draft.level}
        onChange={(level) => onChange({ level })}
        marks={marks}
        error={errors.length > 0 ? errors.join(' ') : undefined}
      />
      <label htmlFor={id}>{commentLabel}</label>
      <textarea
        id={id}
        rows={3}
        maxLength={4000}
        value={draft.comment}
        onChange={(event) => onChange({ comment: event.target.value })}
      />
      {children}
    </CriterionCard>
  );
}

/** The buttons of a criteria form, the saved notice, and why the request failed. */
export function CriteriaFormActions({
  pending,
  saved,
  error,
  children,
}: {
  readonly pending: boolean;
  readonly saved: boolean;
  /** Shown when no field-level message explains it. */
  readonly error: unknown;
  /** The buttons; each is disabled by the caller with `pending`. */
  readonly children: (disabled: boolean) => ReactNode;
}) {
  const { t } = useTranslation();
  return (
    <>
      <div className="form__actions">
        {children(pending)}
        <p className="form__saved" role="status">
          {saved ? t('graduation.saved') : ''}
        </p>
      </div>
      <FormFailure error={error} />
    </>
  );
}
