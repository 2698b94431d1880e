import { useMemo } from 'react';
import { useCity } from './use-cities.ts';
import { useGoals } from './use-goals.ts';
import { useCityScores } from './use-scores.ts';

/** What a city's dashboard needs: the city, its scores, and goal titles by number. */
export function useCityDashboard(slug: string) {
  const city = useCity(slug);
  const scores = useCityScores(slug);
  const goals = useGoals();
  const titles = useMemo(
    () => new Map((goals.data ?? []).map((g) => [g.number, g.shortTitle])),
    [goals.data],
  );
  return { city, scores, titles };
}
