import {
  useMutation,
  useQuery,
  useQueryClient,
  type UseMutationResult,
  type UseQueryResult,
} from '@tanstack/react-query';
import { ApiError } from '../api/api-error.ts';
import {
  createPairing,
  decidePairing,
  fetchMentors,
  fetchMessages,
  fetchPairing,
  fetchPairings,
  postMessage,
  requestPairing,
  withdrawPairing,
  type MentorSuggestions,
  type NewPairing,
  type NewPairingRequest,
  type Pairing,
  type PairingDecision,
  type PairingMessage,
} from '../api/mentoring.api.ts';

/** Cache keys of mentoring: suggested mentors, pairings and threads. */
export const mentoringKeys = {
  all: () => ['mentoring'] as const,
  mentors: (slug: string) => ['mentoring', 'mentors', slug] as const,
  pairings: (city?: string) => ['mentoring', 'pairings', city ?? ''] as const,
  pairing: (id: string) => ['mentoring', 'pairing', id] as const,
  messages: (id: string) => ['mentoring', 'messages', id] as const,
};

/** Cities suggested as mentors of a city, with their reasons. */
export function useMentors(slug: string): UseQueryResult<MentorSuggestions> {
  return useQuery({
    queryKey: mentoringKeys.mentors(slug),
    queryFn: ({ signal }) => fetchMentors(slug, signal),
  });
}

/** Pairings, all or only those of one city. */
export function usePairings(city?: string): UseQueryResult<Pairing[]> {
  return useQuery({
    queryKey: mentoringKeys.pairings(city),
    queryFn: ({ signal }) => fetchPairings(city, signal),
  });
}

/** Creates a pairing, then refreshes every pairing list. */
export function useCreatePairing(): UseMutationResult<Pairing, Error, NewPairing> {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createPairing,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: mentoringKeys.all() }),
  });
}

/** One pairing. */
export function usePairing(id: string): UseQueryResult<Pairing> {
  return useQuery({
    queryKey: mentoringKeys.pairing(id),
    queryFn: ({ signal }) => fetchPairing(id, signal),
  });
}

/** A city asks a mentor city to pair with it, then every pairing list is refreshed. */
export function useRequestPairing(
  city: string,
): UseMutationResult<Pairing, Error, NewPairingRequest> {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: NewPairingRequest) => requestPairing(city, input),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: mentoringKeys.all() }),
    // 409: the two cities already have an open request; refreshed lists show and link to it.
    onError: (error) =>
      error instanceof ApiError && error.status === 409
        ? queryClient.invalidateQueries({ queryKey: mentoringKeys.all() })
        : undefined,
  });
}

/** Accepts, declines or withdraws a request, then refreshes the pairing and the lists. */
export function useAnswerPairing(
  id: string,
): UseMutationResult<Pairing, Error, PairingDecision | { decision: 'withdraw' }> {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: PairingDecision | { decision: 'withdraw' }) =>
      input.decision === 'withdraw' ? withdrawPairing(id) : decidePairing(id, input),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: mentoringKeys.all() }),
  });
}

/** A pairing's thread, oldest first; not retried on 401/403. */
export function useMessages(id: string): UseQueryResult<PairingMessage[]> {
  return useQuery({
    queryKey: mentoringKeys.messages(id),
    queryFn: ({ signal }) => fetchMessages(id, signal),
  });
}

/** Posts to a pairing's thread, then refreshes it. */
export function usePostMessage(id: string): UseMutationResult<PairingMessage, Error, string> {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: string) => postMessage(id, body),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: mentoringKeys.messages(id) }),
  });
}
