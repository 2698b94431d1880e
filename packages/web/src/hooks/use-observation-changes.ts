import {
  useMutation,
  useQueries,
  useQuery,
  useQueryClient,
  type UseMutationResult,
  type UseQueryResult,
} from '@tanstack/react-query';
import {
  fetchObservationHistory,
  reviewObservations,
  saveObservations,
  submitObservations,
} from '../api/observations.api.ts';
import type {
  Observation,
  ObservationEntry,
  ObservationVersion,
  ReviewResult,
  WriteSummary,
} from '../api/observation-types.ts';
import { queryKeys } from './query-keys.ts';

/** After any write, every view of values (working, public, queue, history) may be stale. */
function useValuesChanged(): () => Promise<void> {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: ['observations'] });
}

/** Saves entered values of a city as drafts, all or nothing. */
export function useSaveObservations(
  slug: string,
): UseMutationResult<WriteSummary, Error, { entries: ObservationEntry[]; reason?: string }> {
  const changed = useValuesChanged();
  return useMutation({ mutationFn: (body) => saveObservations(slug, body), onSuccess: changed });
}

/** Submits drafts (or returned values) of a city for approval. */
export function useSubmitObservations(
  slug: string,
): UseMutationResult<ReviewResult, Error, string[]> {
  const changed = useValuesChanged();
  return useMutation({ mutationFn: (ids) => submitObservations(slug, ids), onSuccess: changed });
}

/** Approves submitted values, or returns them with a comment. */
export function useReviewObservations(): UseMutationResult<
  ReviewResult,
  Error,
  { ids: readonly string[]; decision: 'approve' | 'return'; comment?: string }
> {
  const changed = useValuesChanged();
  return useMutation({ mutationFn: reviewObservations, onSuccess: changed });
}

/** Every version of one value, oldest first. */
export function useObservationHistory(
  id: string | undefined,
): UseQueryResult<readonly ObservationVersion[]> {
  return useQuery({
    queryKey: queryKeys.history(id ?? ''),
    queryFn: ({ signal }) => fetchObservationHistory(id ?? '', signal),
    select: (list) => list.items,
    enabled: Boolean(id),
  });
}

/**
 * The reviewer's comment on each returned value, by observation id: the reason of its latest
 * `returned` version. (The value list does not carry it; each history is fetched once.)
 */
export function useReturnComments(
  observations: readonly Observation[],
): ReadonlyMap<string, string> {
  const returned = observations.filter((o) => o.status === 'returned');
  const results = useQueries({
    queries: returned.map((o) => ({
      queryKey: queryKeys.history(o.id),
      queryFn: ({ signal }: { signal: AbortSignal }) => fetchObservationHistory(o.id, signal),
    })),
  });
  const comments = new Map<string, string>();
  returned.forEach((o, i) => {
    const versions = results[i]?.data?.items ?? [];
    const last = [...versions].reverse().find((v) => v.change === 'returned');
    if (last?.reason) comments.set(o.id, last.reason);
  });
  return comments;
}
