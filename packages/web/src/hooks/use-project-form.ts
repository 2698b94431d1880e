import { useNavigate } from '@tanstack/react-router';
import { useState } from 'react';
import { fieldErrors, type FieldErrors } from '../lib/field-errors.ts';
import { emptyProjectDraft, toProjectInput, type ProjectDraft } from '../lib/project-form.ts';
import { useCreateProject } from './use-projects.ts';

/** The plan-a-project form: the draft, how to change it, and the API's verdict by field. */
export interface ProjectFormState {
  readonly draft: ProjectDraft;
  readonly update: (change: Partial<ProjectDraft>) => void;
  readonly submit: () => void;
  readonly pending: boolean;
  readonly error: unknown;
  readonly errors: FieldErrors;
}

/** Holds the draft; on submit creates the project and opens its page. */
export function useProjectForm(slug: string): ProjectFormState {
  const [draft, setDraft] = useState<ProjectDraft>(emptyProjectDraft);
  const create = useCreateProject(slug);
  const navigate = useNavigate();
  return {
    draft,
    update: (change) => setDraft((previous) => ({ ...previous, ...change })),
    submit: () =>
      create.mutate(toProjectInput(draft), {
        onSuccess: (project) => void navigate({ to: '/projects/$id', params: { id: project.id } }),
      }),
    pending: create.isPending,
    error: create.error,
    errors: fieldErrors(create.error),
  };
}
