import {
  caseRepository,
  cityProfileRepository,
  codebookRepository,
  scoresRepository,
  type Executor,
} from '@frontrunner/db';
import {
  goalsOfTargets,
  NotFoundError,
  recommendPractices,
  suggestMentors,
  type CityProfile,
  type RecommendationReason,
} from '@frontrunner/domain';
import type { ActionContext } from '../access/actor';
import { authorize } from '../access/policy';

/** How many of a city's lowest-scoring goals count as its weakest. */
export const WEAKEST_GOALS = 3;

/** Goal scores (0–100) of cities from their newest stored scores, by city id then goal. */
async function goalScoresOf(db: Executor): Promise<Map<string, Record<number, number>>> {
  const version = await codebookRepository.findLatestCodebookVersion(db);
  if (!version) return new Map();
  const units = await scoresRepository.listUnitScores(db, {
    codebookVersionId: version.id,
    unitKind: 'city',
  });
  const cityOf = new Map(units.flatMap((u) => (u.city_id ? [[u.id, u.city_id] as const] : [])));
  const out = new Map<string, Record<number, number>>();
  for (const g of await scoresRepository.listGoalScores(db, [...cityOf.keys()])) {
    const cityId = cityOf.get(g.unit_score_id);
    if (!cityId || g.score === null) continue;
    out.set(cityId, { ...out.get(cityId), [Number(g.goal)]: Number(g.score) });
  }
  return out;
}

/**
 * A city's weakest goals: the {@link WEAKEST_GOALS} lowest goal scores of its newest stored
 * scores, lowest first; empty when the city has no scores yet.
 */
export async function weakestGoals(
  db: Executor,
  cityId: string,
  scores?: Map<string, Record<number, number>>,
): Promise<number[]> {
  const own = (scores ?? (await goalScoresOf(db))).get(cityId) ?? {};
  return Object.entries(own)
    .sort(([ga, a], [gb, b]) => a - b || Number(ga) - Number(gb))
    .slice(0, WEAKEST_GOALS)
    .map(([goal]) => Number(goal));
}

function profileOf(row: cityProfileRepository.CityProfileRow): CityProfile {
  return {
    id: row.id,
    name: row.name,
    country: row.country_iso3,
    population: row.population === null ? null : Number(row.population),
    stage: row.stage,
    // The bundled Natural Earth and simplemaps files have no coastline: unknown for now.
    coastal: null,
  };
}

async function loadCity(db: Executor, slug: string) {
  const [row] = await cityProfileRepository.listCityProfiles(db, { slug });
  if (!row) throw new NotFoundError('city', slug);
  return profileOf(row);
}

/** A recommended case with why. */
export interface PracticeRecommendationView {
  caseId: string;
  title: string;
  city: { id: string; name: string; country: string };
  goals: number[];
  score: number;
  reasons: RecommendationReason[];
}

/** Published cases a city could replicate, best first, each with its reasons. */
export async function recommendationsFor(
  db: Executor,
  ctx: ActionContext,
  citySlug: string,
  limit = 10,
): Promise<{ weakestGoals: number[]; items: PracticeRecommendationView[] }> {
  authorize(ctx.actor, 'search.read');
  const city = await loadCity(db, citySlug);
  const weak = await weakestGoals(db, city.id);
  const cases = await caseRepository.listPublishedCases(db);
  const cities = await cityProfileRepository.listCityProfiles(db, {
    ids: [...new Set(cases.map((c) => c.city_id))],
  });
  const profiles = new Map(cities.map((c) => [c.id, profileOf(c)]));
  const replications = await cityProfileRepository.listReplications(
    db,
    cases.map((c) => c.id),
  );
  const texts = await caseRepository.listCaseTexts(
    db,
    cases.map((c) => c.id),
  );
  const candidates = cases.flatMap((c) => {
    const profile = profiles.get(c.city_id);
    if (!profile) return [];
    const goals = goalsOfTargets(JSON.parse(c.targets) as string[]);
    const count = new Set(replications.filter((r) => r.case_id === c.id).map((r) => r.city_id))
      .size;
    return [{ caseId: c.id, city: profile, goals, replications: count }];
  });
  const items = recommendPractices(city, weak, candidates, limit).map((r) => {
    const row = cases.find((c) => c.id === r.item.caseId);
    const text =
      texts.find((t) => t.case_id === r.item.caseId && t.lang === row?.original_lang) ??
      texts.find((t) => t.case_id === r.item.caseId);
    return {
      caseId: r.item.caseId,
      title: text?.title ?? '',
      city: { id: r.item.city.id, name: r.item.city.name, country: r.item.city.country },
      goals: [...r.item.goals],
      score: r.score,
      reasons: [...r.reasons],
    };
  });
  return { weakestGoals: weak, items };
}

/** A suggested mentor city with why. */
export interface MentorView {
  /** `country` is the ISO3 code; `slug` names the city in URLs. */
  city: { id: string; slug: string; name: string; country: string; stage: string };
  score: number;
  reasons: RecommendationReason[];
}

/** Frontrunner and model cities that could mentor a city, best first, with their reasons. */
export async function mentorsFor(
  db: Executor,
  ctx: ActionContext,
  citySlug: string,
  limit = 5,
): Promise<{ weakestGoals: number[]; items: MentorView[] }> {
  authorize(ctx.actor, 'search.read');
  const city = await loadCity(db, citySlug);
  const scores = await goalScoresOf(db);
  const weak = await weakestGoals(db, city.id, scores);
  const rows = await cityProfileRepository.listCityProfiles(db, { inProgramme: true });
  const candidates = rows.map((row) => ({
    city: profileOf(row),
    goalScores: scores.get(row.id) ?? {},
  }));
  const slugs = new Map(rows.map((row) => [row.id, row.slug]));
  const items = suggestMentors(city, weak, candidates, limit).map((r) => ({
    city: {
      id: r.item.city.id,
      slug: slugs.get(r.item.city.id) ?? '',
      name: r.item.city.name,
      country: r.item.city.country,
      stage: r.item.city.stage,
    },
    score: r.score,
    reasons: [...r.reasons],
  }));
  return { weakestGoals: weak, items };
}
