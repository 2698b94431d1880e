import {
  useMutation,
  useQuery,
  useQueryClient,
  type UseMutationResult,
  type UseQueryResult,
} from '@tanstack/react-query';
import { ApiError } from '../api/api-error.ts';
import {
  fetchCurrentRubric,
  fetchRubricVersions,
  publishRubric,
  type RubricVersion,
} from '../api/rubric.api.ts';
import { toRubricBody, type RubricDraft } from '../lib/rubric-draft.ts';
import { capacityKeys } from './use-capacity.ts';

const versionsKey = ['capacity', 'rubric-versions'] as const;

/** Every rubric version, newest first (public). */
export function useRubricVersions(): UseQueryResult<readonly RubricVersion[]> {
  return useQuery({
    queryKey: versionsKey,
    queryFn: async ({ signal }) => (await fetchRubricVersions(signal)).items,
  });
}

/**
 * A conflict: a version newer than the one the draft started from was published meanwhile
 * (found before sending, or refused by the server's own race check).
 */
export class RubricConflictError extends Error {
  constructor(readonly current: number | undefined) {
    super('A newer rubric version was published meanwhile');
  }
}

/** Whether a publish failed because another version was published meanwhile. */
export function isRubricConflict(error: unknown): boolean {
  return (
    error instanceof RubricConflictError || (error instanceof ApiError && error.status === 409)
  );
}

/**
 * Publishes a draft as a new version, after checking that no one published another since the
 * draft's version was loaded: the server numbers versions itself, so without this check a stale
 * draft would silently undo a colleague's changes.
 */
export function usePublishRubric(): UseMutationResult<RubricVersion, Error, RubricDraft> {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (draft) => {
      const current = await fetchCurrentRubric();
      if (current.version !== draft.basedOn) throw new RubricConflictError(current.version);
      return publishRubric(toRubricBody(draft));
    },
    onSettled: async () => {
      await queryClient.invalidateQueries({ queryKey: versionsKey });
      await queryClient.invalidateQueries({ queryKey: capacityKeys.rubric() });
    },
  });
}
