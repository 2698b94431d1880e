import type { scoresRepository, scoringInputsRepository } from '@frontrunner/db';
import {
  DEFAULT_TREND_FROM,
  distanceToTarget,
  goalColour,
  goalDistanceToTarget,
  goalTrend,
  scoreUnits,
  ValidationError,
  type CodebookEntry,
  type UnitScore,
} from '@frontrunner/domain';
import { createHash, randomUUID } from 'node:crypto';
import {
  effectiveCodebook,
  type CodebookContext,
  type EffectiveCodebook,
} from './codebook-context';

/** Everything one city's scores are computed from. */
export interface CityInputs {
  readonly city: scoringInputsRepository.ScoringCityRow;
  /** Its approved headline values of the codebook's series, by series and year. */
  readonly values: readonly scoringInputsRepository.ScoringValueRow[];
  /** Its headline targets for the codebook's series. */
  readonly targets: readonly scoringInputsRepository.ScoringTargetRow[];
}

/** The rows of one city's stored scores. */
export interface ComputedScore {
  readonly unit: scoresRepository.NewUnitScore & { id: string; unit_key: string };
  readonly goals: scoresRepository.NewGoalScore[];
  readonly indicators: scoresRepository.NewIndicatorScore[];
}

/** The unit key of a city: the same as its observations' area key. */
export const cityUnitKey = (cityId: string): string => `city:${cityId}`;

/** SHA-256 (hex) of a JSON-able value. */
export function sha256(value: unknown): string {
  return createHash('sha256').update(JSON.stringify(value)).digest('hex');
}

/**
 * The fingerprint of a city's inputs: the codebook version, the peer-group bounds applied to it,
 * the id and approved version of every value used, and its targets. Equal fingerprints mean
 * equal scores, so a stored score is stale exactly when its fingerprint differs.
 */
export function cityFingerprint(
  context: CodebookContext,
  effective: EffectiveCodebook,
  inputs: CityInputs,
): string {
  return sha256({
    codebook: context.version.id,
    bounds: effective.applied.flatMap((b) => (b ? [[b.peer_group_id, b.series_id]] : [])),
    values: inputs.values.map((v) => [v.id, Number(v.version)]).sort(),
    targets: inputs.targets.map((t) => [
      t.series_id,
      Number(t.target_value),
      Number(t.target_year),
    ]),
  });
}

/** What {@link scoreUnits} gives a unit without a single value: all grey, no index. */
function emptyScore(unit: string, codebook: readonly CodebookEntry[]): UnitScore {
  const goals = [...new Set(codebook.map((e) => e.goal))].sort((a, b) => a - b);
  return {
    unit,
    index: null,
    missingShare: 1,
    goals: goals.map((goal) => ({
      goal,
      score: null,
      colour: goalColour([]),
      trend: goalTrend([]),
    })),
    indicators: codebook.map((e) => ({
      series: e.series,
      score: null,
      colour: 'grey',
      trend: '•',
      year: null,
      value: null,
    })),
  };
}

/**
 * Scores cities under a codebook version with the domain scorer (one call per set of cities that
 * share their peer-group bounds) and lays each result out as stored rows: every indicator with
 * the observation versions it used (latest and first in the trend window), the lower bound
 * applied and its distance to the city's target (METHODS §4), every goal with its mean distance.
 */
export function computeCityScores(
  context: CodebookContext,
  cities: readonly CityInputs[],
  at: Date,
): ComputedScore[] {
  const groups = new Map<string, { effective: EffectiveCodebook; cities: CityInputs[] }>();
  for (const inputs of cities) {
    const effective = effectiveCodebook(context, inputs.city);
    const group = groups.get(effective.key) ?? { effective, cities: [] };
    group.cities.push(inputs);
    groups.set(effective.key, group);
  }
  const out: ComputedScore[] = [];
  for (const { effective, cities: members } of groups.values()) {
    const observations = members.flatMap((m) =>
      m.values.map((v) => ({
        unit: m.city.id,
        series: v.series_id,
        year: Number(v.year),
        value: Number(v.value),
      })),
    );
    const scored = new Map(scoreUnits(effective.entries, observations).map((u) => [u.unit, u]));
    for (const inputs of members) {
      const score = scored.get(inputs.city.id) ?? emptyScore(inputs.city.id, effective.entries);
      out.push(layOut(context, effective, inputs, score, at));
    }
  }
  return out;
}

function layOut(
  context: CodebookContext,
  effective: EffectiveCodebook,
  inputs: CityInputs,
  score: UnitScore,
  at: Date,
): ComputedScore {
  const id = randomUUID();
  const bySlot = new Map(inputs.values.map((v) => [`${v.series_id}|${Number(v.year)}`, v]));
  const targets = new Map(inputs.targets.map((t) => [t.series_id, t]));
  const distances = new Map<number, number[]>();
  const indicators = score.indicators.map((indicator, position) => {
    const entry = effective.entries[position] as CodebookEntry;
    const used =
      indicator.year === null ? undefined : bySlot.get(`${entry.series}|${indicator.year}`);
    const base = baseValue(inputs, entry, indicator.year);
    const target = targets.get(entry.series);
    const distance = indicator.value === null ? null : distanceOf(indicator.value, entry, target);
    if (distance !== null && distance.distance !== null)
      distances.set(entry.goal, [...(distances.get(entry.goal) ?? []), distance.distance]);
    return {
      unit_score_id: id,
      series_id: entry.series,
      position,
      score: indicator.score,
      colour: indicator.colour,
      trend: indicator.trend,
      year: indicator.year,
      value: indicator.value,
      observation_id: used?.id ?? null,
      observation_version: used ? Number(used.version) : null,
      base_year: base ? Number(base.year) : null,
      base_observation_id: base?.id ?? null,
      base_observation_version: base ? Number(base.version) : null,
      lower_bound: entry.lowerBound,
      peer_group_id: effective.applied[position]?.peer_group_id ?? null,
      target_value: target ? Number(target.target_value) : null,
      target_year: target ? Number(target.target_year) : null,
      distance_score: distance?.score ?? null,
      distance: distance?.distance ?? null,
      end_value: distance?.endValue ?? null,
    };
  });
  return {
    unit: {
      id,
      unit_kind: 'city',
      unit_key: cityUnitKey(inputs.city.id),
      city_id: inputs.city.id,
      country_iso3: inputs.city.country_iso3,
      codebook_version_id: context.version.id,
      fingerprint: cityFingerprint(context, effective, inputs),
      index_score: score.index,
      missing_share: score.missingShare,
      index_members: null,
      members: null,
      computed_at: at.toISOString(),
    },
    goals: score.goals.map((g) => ({
      unit_score_id: id,
      goal: g.goal,
      score: g.score,
      colour: g.colour,
      trend: g.trend,
      distance: goalDistanceToTarget(distances.get(g.goal) ?? []),
      scored: score.indicators.filter(
        (ind, i) => ind.score !== null && effective.entries[i]?.goal === g.goal,
      ).length,
      colours: null,
    })),
    indicators,
  };
}

/** The first value in the trend window, when it lies before the latest year (a trend exists). */
function baseValue(inputs: CityInputs, entry: CodebookEntry, latestYear: number | null) {
  if (latestYear === null) return undefined;
  const from = entry.trendFrom ?? DEFAULT_TREND_FROM;
  const first = inputs.values.find(
    (v) => v.series_id === entry.series && Number(v.year) >= from && Number(v.year) <= latestYear,
  );
  return first && Number(first.year) < latestYear ? first : undefined;
}

/** Distance to the city's target, or to the optimum; null distance when the target cannot be scored. */
function distanceOf(
  value: number,
  entry: CodebookEntry,
  target: scoringInputsRepository.ScoringTargetRow | undefined,
): { score: number | null; distance: number | null; endValue: number } {
  const targetValue = target ? Number(target.target_value) : undefined;
  try {
    return distanceToTarget(value, entry, targetValue);
  } catch (err) {
    // A target on the wrong side of the lower bound cannot be scored: no distance, not a failure.
    if (err instanceof ValidationError)
      return { score: null, distance: null, endValue: targetValue ?? entry.optimum };
    throw err;
  }
}
