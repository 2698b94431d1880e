import { useNavigate } from '@tanstack/react-router';
import { useState } from 'react';
import { fieldErrors, type FieldErrors } from '../lib/field-errors.ts';
import { useTranslation } from 'react-i18next';
import {
  checkTrainingDraft,
  type DraftProblems,
  emptyTrainingDraft,
  toTrainingInput,
  type TrainingDraft,
} from '../lib/training-form.ts';
import { useCreateTraining } from './use-trainings.ts';

/** The new-training form: the draft, how to change it, and the API's verdict by field. */
export interface TrainingFormState {
  readonly draft: TrainingDraft;
  readonly update: (change: Partial<TrainingDraft>) => void;
  readonly submit: () => void;
  readonly pending: boolean;
  readonly error: unknown;
  /** The form's own findings, else the API's, by field. */
  readonly errors: FieldErrors;
  /** The form found problems before sending (they show by field). */
  readonly checked: boolean;
}

/** Holds the draft (of a cohort when given); on submit schedules the training and opens it. */
export function useTrainingForm(cohortId = ''): TrainingFormState {
  const { t } = useTranslation();
  const [draft, setDraft] = useState<TrainingDraft>({ ...emptyTrainingDraft, cohortId });
  const [checked, setChecked] = useState(false);
  const create = useCreateTraining();
  const navigate = useNavigate();
  const problems: DraftProblems = checked ? checkTrainingDraft(draft) : new Map();
  const own: FieldErrors = new Map(
    [...problems].map(([field, keys]) => [
      field,
      keys.map((key) => t(`trainings.problems.${key}`)),
    ]),
  );
  return {
    draft,
    update: (change) => setDraft((previous) => ({ ...previous, ...change })),
    submit: () => {
      if (checkTrainingDraft(draft).size > 0) {
        setChecked(true);
        return;
      }
      setChecked(false);
      create.mutate(toTrainingInput(draft), {
        onSuccess: (training) =>
          void navigate({ to: '/trainings/$id', params: { id: training.id } }),
      });
    },
    pending: create.isPending,
    error: create.error,
    errors: own.size > 0 ? own : fieldErrors(create.error),
    checked: own.size > 0,
  };
}
