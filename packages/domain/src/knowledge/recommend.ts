import { citySizeClass } from '../search/facets';

/** Programme stages in order of reach. */
const STAGE_ORDER = { none: 0, candidate: 1, model_city: 2, frontrunner: 3 } as const;

/** What recommendations compare between cities. Unknown facts are null and never count. */
export interface CityProfile {
  readonly id: string;
  readonly name: string;
  /** ISO3. */
  readonly country: string;
  /** Inhabitants. */
  readonly population: number | null;
  readonly stage: keyof typeof STAGE_ORDER;
  /** On the sea; null when not known (the bundled data has no coastline). */
  readonly coastal: boolean | null;
}

/** Why something was recommended: a code for machines, a sentence for people. */
export interface RecommendationReason {
  readonly code:
    | 'weak_goal'
    | 'same_country'
    | 'similar_size'
    | 'same_coast'
    | 'further_stage'
    | 'replicated'
    | 'strong_goal';
  readonly message: string;
  /** Points this reason added to the score. */
  readonly weight: number;
  /** The goal the reason is about, for weak_goal and strong_goal. */
  readonly goal?: number;
}

/** A published case that could be recommended. */
export interface PracticeCandidate {
  readonly caseId: string;
  readonly city: CityProfile;
  /** The goals of the case's targets. */
  readonly goals: readonly number[];
  /** How many projects elsewhere declare they replicate it. */
  readonly replications: number;
}

/** A recommended case or mentor with its score and every reason. */
export interface Recommendation<T> {
  readonly item: T;
  readonly score: number;
  readonly reasons: readonly RecommendationReason[];
}

/** Points per reason: addressing a weak goal counts most, then context, then track record. */
export const RECOMMENDATION_WEIGHTS = {
  weak_goal: 3,
  strong_goal: 3,
  same_country: 2,
  similar_size: 2,
  same_coast: 1,
  further_stage: 1,
  replicated: 1,
} as const;

/** The reasons two cities are alike (country, size class, coast) and the other is further on. */
export function contextReasons(city: CityProfile, other: CityProfile): RecommendationReason[] {
  const w = RECOMMENDATION_WEIGHTS;
  const reasons: RecommendationReason[] = [];
  if (city.country === other.country)
    reasons.push({
      code: 'same_country',
      message: `${other.name} is in the same country`,
      weight: w.same_country,
    });
  const size = citySizeClass(city.population);
  if (size && size === citySizeClass(other.population))
    reasons.push({
      code: 'similar_size',
      message: `${other.name} is of the same size class (${size.replace('_', ' ')})`,
      weight: w.similar_size,
    });
  if (city.coastal !== null && city.coastal === other.coastal)
    reasons.push({
      code: 'same_coast',
      message: `${other.name} is ${city.coastal ? 'coastal' : 'inland'} too`,
      weight: w.same_coast,
    });
  if (STAGE_ORDER[other.stage] > STAGE_ORDER[city.stage])
    reasons.push({
      code: 'further_stage',
      message: `${other.name} is further in the programme (${other.stage.replace('_', ' ')})`,
      weight: w.further_stage,
    });
  return reasons;
}

/**
 * Cases a city could replicate, best first: each scores the points of its reasons — the weakest
 * goals of the city it addresses, how alike the two cities are, how far the other city is in
 * the programme, and how often the case was replicated already (at most 3). A case of the city
 * itself, or with no reason at all, is left out.
 */
export function recommendPractices(
  city: CityProfile,
  weakestGoals: readonly number[],
  candidates: readonly PracticeCandidate[],
  limit = 10,
): Recommendation<PracticeCandidate>[] {
  const w = RECOMMENDATION_WEIGHTS;
  return candidates
    .filter((c) => c.city.id !== city.id)
    .map((c) => {
      const reasons: RecommendationReason[] = weakestGoals
        .filter((g) => c.goals.includes(g))
        .map((goal) => ({
          code: 'weak_goal',
          message: `Addresses goal ${goal}, one of the city's weakest`,
          weight: w.weak_goal,
          goal,
        }));
      reasons.push(...contextReasons(city, c.city));
      const replicated = Math.min(c.replications, 3);
      if (replicated > 0)
        reasons.push({
          code: 'replicated',
          message: `Replicated in ${c.replications} other ${c.replications === 1 ? 'city' : 'cities'}`,
          weight: replicated * w.replicated,
        });
      return { item: c, reasons, score: reasons.reduce((s, r) => s + r.weight, 0) };
    })
    .filter((r) => r.reasons.length > 0)
    .sort((a, b) => b.score - a.score || a.item.caseId.localeCompare(b.item.caseId))
    .slice(0, limit);
}

/** A city that could mentor, with its goal scores (0–100) where known. */
export interface MentorCandidate {
  readonly city: CityProfile;
  readonly goalScores: Readonly<Record<number, number>>;
}

/** The goal score from which a city counts as strong on a goal (SDSN's green threshold is higher). */
export const STRONG_GOAL_SCORE = 70;

/**
 * Mentors for a city, best first: frontrunner and model cities (never the city itself) that are
 * strong (score ≥ {@link STRONG_GOAL_SCORE}) on the city's weakest goals, in a similar context.
 */
export function suggestMentors(
  city: CityProfile,
  weakestGoals: readonly number[],
  candidates: readonly MentorCandidate[],
  limit = 5,
): Recommendation<MentorCandidate>[] {
  return candidates
    .filter(
      (c) =>
        c.city.id !== city.id && (c.city.stage === 'frontrunner' || c.city.stage === 'model_city'),
    )
    .map((c) => {
      const reasons: RecommendationReason[] = [];
      for (const goal of weakestGoals) {
        const score = c.goalScores[goal];
        if (score !== undefined && score >= STRONG_GOAL_SCORE)
          reasons.push({
            code: 'strong_goal',
            message: `Strong on goal ${goal} (score ${Math.round(score)}), one of the city's weakest`,
            weight: RECOMMENDATION_WEIGHTS.strong_goal,
            goal,
          });
      }
      reasons.push(...contextReasons(city, c.city));
      return { item: c, reasons, score: reasons.reduce((s, r) => s + r.weight, 0) };
    })
    .filter((r) => r.reasons.length > 0)
    .sort((a, b) => b.score - a.score || a.item.city.id.localeCompare(b.item.city.id))
    .slice(0, limit);
}
