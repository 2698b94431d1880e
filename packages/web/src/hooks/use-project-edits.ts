import { useMutation, useQueryClient, type UseMutationResult } from '@tanstack/react-query';
import {
  createClaim,
  createProgressUpdate,
  submitProgressUpdate,
  type ClaimInput,
  type ProgressInput,
} from '../api/project-edits.api.ts';
import type { BenefitClaim, ProgressUpdate } from '../api/projects-types.ts';
import { projectKeys } from './use-projects.ts';

/** Adds a claim, then refreshes the project (claims table and benefit profile). */
export function useCreateClaim(id: string): UseMutationResult<BenefitClaim, Error, ClaimInput> {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input) => createClaim(id, input),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: projectKeys.all() }),
  });
}

/** Writes a draft progress update, then refreshes the project's list of updates. */
export function useCreateProgressUpdate(
  id: string,
): UseMutationResult<ProgressUpdate, Error, ProgressInput> {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input) => createProgressUpdate(id, input),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: projectKeys.project(id) }),
  });
}

/** Submits a progress update for review, then refreshes the project. */
export function useSubmitProgressUpdate(
  id: string,
): UseMutationResult<ProgressUpdate, Error, string> {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (updateId) => submitProgressUpdate(id, updateId),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: projectKeys.project(id) }),
  });
}
