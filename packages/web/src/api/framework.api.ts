import { apiGet } from './client.ts';
import type { Goal, GoalDetail, ItemList } from './types.ts';

/** The 17 goals, titles in `lang`. */
export function fetchGoals(lang: string, signal?: AbortSignal): Promise<ItemList<Goal>> {
  return apiGet('/goals', { query: { lang }, signal });
}

/** One goal with its targets and their indicators, titles in `lang`. */
export function fetchGoal(number: number, lang: string, signal?: AbortSignal): Promise<GoalDetail> {
  return apiGet(`/goals/${number}`, { query: { lang }, signal });
}
