import { useNavigate } from '@tanstack/react-router';
import { useState } from 'react';
import { fieldErrors, type FieldErrors } from '../lib/field-errors.ts';
import { emptyTrainingDraft, toTrainingInput, type TrainingDraft } from '../lib/training-form.ts';
import { useCreateTraining } from './use-trainings.ts';

/** The new-training form: the draft, how to change it, and the API's verdict by field. */
export interface TrainingFormState {
  readonly draft: TrainingDraft;
  readonly update: (change: Partial<TrainingDraft>) => void;
  readonly submit: () => void;
  readonly pending: boolean;
  readonly error: unknown;
  readonly errors: FieldErrors;
}

/** Holds the draft (of a cohort when given); on submit schedules the training and opens it. */
export function useTrainingForm(cohortId = ''): TrainingFormState {
  const [draft, setDraft] = useState<TrainingDraft>({ ...emptyTrainingDraft, cohortId });
  const create = useCreateTraining();
  const navigate = useNavigate();
  return {
    draft,
    update: (change) => setDraft((previous) => ({ ...previous, ...change })),
    submit: () =>
      create.mutate(toTrainingInput(draft), {
        onSuccess: (training) =>
          void navigate({ to: '/trainings/$id', params: { id: training.id } }),
      }),
    pending: create.isPending,
    error: create.error,
    errors: fieldErrors(create.error),
  };
}
