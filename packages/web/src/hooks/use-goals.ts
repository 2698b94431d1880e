import { useQuery, type UseQueryResult } from '@tanstack/react-query';
import { fetchGoal, fetchGoals } from '../api/framework.api.ts';
import type { Goal, GoalDetail } from '../api/types.ts';
import { queryKeys } from './query-keys.ts';
import { useLanguage } from './use-language.ts';

/** The 17 goals in the interface language. */
export function useGoals(): UseQueryResult<readonly Goal[]> {
  const { language } = useLanguage();
  return useQuery({
    queryKey: queryKeys.goals(language),
    queryFn: ({ signal }) => fetchGoals(language, signal),
    select: (list) => list.items,
  });
}

/** One goal with its targets and indicators; idle while `number` is undefined. */
export function useGoal(number: number | undefined): UseQueryResult<GoalDetail> {
  const { language } = useLanguage();
  return useQuery({
    queryKey: queryKeys.goal(number ?? 0, language),
    queryFn: ({ signal }) => fetchGoal(number ?? 0, language, signal),
    enabled: number !== undefined,
  });
}
