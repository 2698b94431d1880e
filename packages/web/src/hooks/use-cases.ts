import {
  useMutation,
  useQuery,
  useQueryClient,
  type UseMutationResult,
  type UseQueryResult,
} from '@tanstack/react-query';
import {
  createCaseFromProject,
  fetchCaseRecord,
  fetchCases,
  reviewCase,
  updateCase,
  type CaseListFilter,
} from '../api/cases.api.ts';
import type { CaseChange, CaseRecord, CaseReviewRequest } from '../api/cases-types.ts';
import { knowledgeKeys } from './use-knowledge.ts';

/** Cache keys of case writing and review. */
export const caseKeys = {
  all: () => ['cases'] as const,
  list: (filter: CaseListFilter) => ['cases', 'list', filter] as const,
  one: (id: string) => ['cases', 'one', id] as const,
};

/** Cases by city, project or status (at most one page of the API). */
export function useCases(
  filter: CaseListFilter,
  enabled = true,
): UseQueryResult<{ readonly total: number; readonly items: readonly CaseRecord[] }> {
  return useQuery({
    queryKey: caseKeys.list(filter),
    queryFn: ({ signal }) => fetchCases(filter, signal),
    enabled,
  });
}

/** One case with every field, for its editor. */
export function useCaseRecord(id: string): UseQueryResult<CaseRecord> {
  return useQuery({
    queryKey: caseKeys.one(id),
    queryFn: ({ signal }) => fetchCaseRecord(id, signal),
    retry: false,
  });
}

/** After a change: the answer is the case itself; lists and the public page are asked again. */
function useCaseSaved(): (record: CaseRecord) => Promise<void> {
  const queryClient = useQueryClient();
  return async (record) => {
    queryClient.setQueryData(caseKeys.one(record.id), record);
    await Promise.all([
      queryClient.invalidateQueries({ queryKey: ['cases', 'list'] }),
      queryClient.invalidateQueries({ queryKey: knowledgeKeys.case(record.id) }),
    ]);
  };
}

/** Starts a case from a completed project of a city. */
export function useCreateCaseFromProject(
  slug: string,
): UseMutationResult<CaseRecord, Error, { projectId: string; lang: string }> {
  const saved = useCaseSaved();
  return useMutation({
    mutationFn: (input) => createCaseFromProject(slug, input),
    onSuccess: saved,
  });
}

/** Saves a case's facts and changed language versions in one request: all of them or none. */
export function useSaveCase(id: string): UseMutationResult<CaseRecord, Error, CaseChange> {
  const saved = useCaseSaved();
  return useMutation({ mutationFn: (change) => updateCase(id, change), onSuccess: saved });
}

/** Submits, publishes or returns a case. */
export function useReviewCase(id: string): UseMutationResult<CaseRecord, Error, CaseReviewRequest> {
  const saved = useCaseSaved();
  return useMutation({ mutationFn: (request) => reviewCase(id, request), onSuccess: saved });
}
