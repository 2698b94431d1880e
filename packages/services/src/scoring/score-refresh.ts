import {
  scoresRepository,
  scoringInputsRepository as inputsRepo,
  withTransaction,
  type Executor,
} from '@frontrunner/db';
import type { Clock } from '../clock';
import { effectiveCodebook, type CodebookContext } from './codebook-context';
import {
  cityFingerprint,
  cityUnitKey,
  computeCityScores,
  type CityInputs,
  type ComputedScore,
} from './score-compute';

/**
 * Which cities to check: some by id (all of them, or only those with data or stored scores),
 * the cities of a country that have data or stored scores, or every such city.
 */
export type CityScope =
  | { readonly cityIds: readonly string[]; readonly onlyWithData?: boolean }
  | { readonly country: string }
  | { readonly all: true };

/** Options of {@link refreshCityScores}. */
export interface RefreshOptions {
  /** Recompute even where the fingerprint is unchanged. */
  readonly force?: boolean | undefined;
  /** Find the stale cities, write nothing. */
  readonly dryRun?: boolean | undefined;
  /**
   * Compute only cities with no stored score, leaving stored ones as they are: for older codebook
   * versions, whose scores keep what they were.
   */
  readonly onlyMissing?: boolean | undefined;
}

/** What a refresh found and did. */
export interface CityRefresh {
  /** Cities whose fingerprint was checked. */
  readonly checked: number;
  /** Ids of the cities found stale (recomputed unless a dry run). */
  readonly stale: readonly string[];
  /** Countries of the stale cities. */
  readonly countries: readonly string[];
}

/** Cities stored per transaction: one commit per batch, not per city. */
const BATCH = 100;

function groupBy<T>(rows: readonly T[], key: (row: T) => string): Map<string, T[]> {
  const map = new Map<string, T[]>();
  for (const row of rows) {
    const k = key(row);
    const list = map.get(k);
    if (list) list.push(row);
    else map.set(k, [row]);
  }
  return map;
}

/** The cities of a scope with their inputs. */
async function loadInputs(
  db: Executor,
  context: CodebookContext,
  scope: CityScope,
): Promise<CityInputs[]> {
  const seriesIds = context.entries.map((e) => e.series_id);
  let cityIds: readonly string[] | undefined;
  let values: inputsRepo.ScoringValueRow[] | undefined;
  if ('all' in scope) {
    values = await inputsRepo.listApprovedHeadlineValues(db, { seriesIds });
    const stored = await scoresRepository.listUnitScores(db, {
      codebookVersionId: context.version.id,
      unitKind: 'city',
    });
    cityIds = [
      ...new Set([...values.map((v) => v.city_id), ...stored.flatMap((s) => s.city_id ?? [])]),
    ];
  } else if ('cityIds' in scope) {
    cityIds = scope.cityIds;
  }
  const cities = await inputsRepo.listScoringCities(db, {
    cityIds,
    country: 'country' in scope ? scope.country : undefined,
  });
  const ids = cities.map((c) => c.id);
  values ??= await inputsRepo.listApprovedHeadlineValues(db, { seriesIds, cityIds: ids });
  const targets = await inputsRepo.listScoringTargets(db, { seriesIds, cityIds: ids });
  const valuesOf = groupBy(values, (v) => v.city_id);
  const targetsOf = groupBy(targets, (t) => t.city_id);
  let inputs = cities.map((city) => ({
    city,
    values: valuesOf.get(city.id) ?? [],
    targets: targetsOf.get(city.id) ?? [],
  }));
  if ('country' in scope || ('cityIds' in scope && scope.onlyWithData)) {
    const stored = new Set(
      (
        await scoresRepository.listUnitScores(db, {
          codebookVersionId: context.version.id,
          unitKeys: ids.map(cityUnitKey),
        })
      ).map((s) => s.city_id),
    );
    inputs = inputs.filter((i) => i.values.length > 0 || stored.has(i.city.id));
  }
  return inputs;
}

/** Stores computed scores, a batch of cities per transaction. */
export async function storeScores(db: Executor, scores: readonly ComputedScore[]): Promise<void> {
  for (let i = 0; i < scores.length; i += BATCH) {
    await withTransaction(db, async (trx) => {
      for (const score of scores.slice(i, i + BATCH))
        await scoresRepository.storeUnitScore(trx, score);
    });
  }
}

/**
 * Brings the stored scores of a scope of cities up to date under a codebook version: computes
 * each city's inputs fingerprint from the database (never from memory), compares it with the
 * stored one, and recomputes and stores only the cities that differ (or have none). Safe to run
 * from several servers at once: storing the same result twice writes it once.
 */
export async function refreshCityScores(
  db: Executor,
  context: CodebookContext,
  scope: CityScope,
  clock: Clock,
  options: RefreshOptions = {},
): Promise<CityRefresh> {
  const inputs = await loadInputs(db, context, scope);
  const stored = new Map(
    (
      await scoresRepository.listUnitScores(db, {
        codebookVersionId: context.version.id,
        unitKeys: inputs.map((i) => cityUnitKey(i.city.id)),
      })
    ).map((s) => [s.unit_key, s.fingerprint]),
  );
  const stale = inputs.filter((i) => {
    const key = cityUnitKey(i.city.id);
    if (options.force) return true;
    if (options.onlyMissing) return !stored.has(key);
    return stored.get(key) !== cityFingerprint(context, effectiveCodebook(context, i.city), i);
  });
  if (!options.dryRun && stale.length > 0)
    await storeScores(db, computeCityScores(context, stale, clock()));
  return {
    checked: inputs.length,
    stale: stale.map((i) => i.city.id),
    countries: [...new Set(stale.map((i) => i.city.country_iso3))].sort(),
  };
}
