import type { CityScoresView } from './city-score-view';
import { presentScores, type ScoreDocument } from './score-files';

/**
 * Stored city scores in the JSON shape of the file scorer (`frontrunner score --codebook …
 * --observations …`), each city as the unit named by its slug: the two must agree on every number.
 */
export function toScoreDocument(views: readonly CityScoresView[]): ScoreDocument {
  return presentScores(
    views.map((v) => ({
      unit: v.city.slug,
      index: v.index,
      missingShare: v.missingShare,
      goals: v.goals.map((g) => ({
        goal: g.goal,
        score: g.score,
        colour: g.colour,
        trend: g.trend,
      })),
      indicators: v.indicators.map((i) => ({
        series: i.series,
        score: i.score,
        colour: i.colour,
        trend: i.trend,
        year: i.year,
        value: i.value,
      })),
    })),
  );
}
