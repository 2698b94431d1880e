import {
  geoRepository,
  scoresRepository as repo,
  scoringInputsRepository,
  type Executor,
} from '@frontrunner/db';
import { ASEAN_COUNTRIES, findCountry, NotFoundError } from '@frontrunner/domain';
import type { Clock } from '../clock';
import { toCityScoresView, type CityScoresView } from './city-score-view';
import { loadCodebookContext, type CodebookContext } from './codebook-context';
import {
  ASEAN_UNIT_KEY,
  countryUnitKey,
  refreshAseanRollUp,
  refreshCountryRollUp,
} from './roll-up-refresh';
import { cityUnitKey } from './score-compute';
import { refreshCityScores, type CityRefresh, type CityScope } from './score-refresh';
import {
  toRolledUpGoalView,
  toVersionView,
  type CodebookVersionView,
  type RolledUpGoalView,
} from './score-views';

/** Which codebook version to read; the newest when absent. */
export interface VersionQuery {
  readonly version?: number | undefined;
}

/** The one stored row of a unit under a version. */
async function storedUnit(db: Executor, context: CodebookContext, unitKey: string) {
  const [unit] = await repo.listUnitScores(db, {
    codebookVersionId: context.version.id,
    unitKeys: [unitKey],
  });
  return unit;
}

/**
 * Makes a scope's stored scores fresh: under the newest version by fingerprint; under an older
 * version only where nothing is stored yet, so that old scores keep what they were.
 */
export function ensureCities(
  db: Executor,
  context: CodebookContext,
  scope: CityScope,
  clock: Clock,
): Promise<CityRefresh> {
  return refreshCityScores(db, context, scope, clock, { onlyMissing: !context.current });
}

/**
 * A city's scores, recomputed first when its approved values, targets, peer-group bounds or the
 * codebook changed since they were stored. Public: only approved values count.
 * @throws NotFoundError for an unknown city or codebook version
 */
export async function getCityScores(
  db: Executor,
  slug: string,
  query: VersionQuery,
  clock: Clock,
): Promise<CityScoresView> {
  const city = await geoRepository.findCityBySlug(db, slug);
  if (!city) throw new NotFoundError('city', slug);
  const context = await loadCodebookContext(db, query.version);
  const key = cityUnitKey(city.id);
  await ensureCities(db, context, { cityIds: [city.id] }, clock);
  const unit = await storedUnit(db, context, key);
  if (!unit) throw new NotFoundError('scores of city', slug);
  const [goals, indicators] = await Promise.all([
    repo.listGoalScores(db, [unit.id]),
    repo.listIndicatorScores(db, unit.id),
  ]);
  return toCityScoresView(context, city, { unit, goals, indicators });
}

/** A country's or ASEAN's rolled-up scores (Frontrunner's own rule, see `rule`). */
export interface RollUpView {
  unit: { kind: 'country'; iso3: string; name: string } | { kind: 'asean'; name: string };
  codebook: CodebookVersionView;
  computedAt: string;
  /** The rule, in plain words. */
  rule: string;
  /** Mean of the members' indexes, 0–100, or null. */
  index: number | null;
  /** Members with an index. */
  indexMembers: number;
  goals: RolledUpGoalView[];
  /** The members: cities of a country, or countries of ASEAN. */
  members: { key: string; name: string; index: number | null }[];
}

const COUNTRY_RULE =
  'Frontrunner’s own rule: each goal score is the mean of the goal scores of the country’s cities that have one (members = how many); the index is the mean of its cities’ indexes. Colours are counted, not averaged. National statistics are not mixed in.';
const ASEAN_RULE =
  'Frontrunner’s own rule: each goal score is the mean of the countries’ goal scores (each country weighs the same; members = how many countries); the index is the mean of the countries’ indexes. Colours count the cities behind them.';

async function rollUpView(
  db: Executor,
  context: CodebookContext,
  unit: RollUpView['unit'],
  key: string,
): Promise<RollUpView> {
  const stored = await storedUnit(db, context, key);
  if (!stored) throw new NotFoundError('scores of', key);
  const memberKeys = JSON.parse(stored.members ?? '[]') as string[];
  const memberRows = await repo.listUnitScores(db, {
    codebookVersionId: context.version.id,
    unitKeys: memberKeys,
  });
  const cityNames = new Map(
    (
      await scoringInputsRepository.listScoringCities(db, {
        cityIds: memberRows.flatMap((r) =>
          r.unit_kind === 'city' && r.city_id ? [r.city_id] : [],
        ),
      })
    ).map((c) => [cityUnitKey(c.id), c]),
  );
  return {
    unit,
    codebook: toVersionView(context.version, context.current),
    computedAt: stored.computed_at,
    rule: unit.kind === 'asean' ? ASEAN_RULE : COUNTRY_RULE,
    index: stored.index_score === null ? null : Number(stored.index_score),
    indexMembers: Number(stored.index_members ?? 0),
    goals: (await repo.listGoalScores(db, [stored.id])).map(toRolledUpGoalView),
    members: memberRows.map((r) => {
      const city = cityNames.get(r.unit_key);
      const iso3 = r.country_iso3 ?? '';
      return {
        key: city?.slug ?? iso3,
        name: city?.name ?? findCountry(iso3)?.name ?? iso3,
        index: r.index_score === null ? null : Number(r.index_score),
      };
    }),
  };
}

/**
 * A country's scores rolled up from its cities' (refreshed first).
 * @throws NotFoundError for a country outside ASEAN or an unknown codebook version
 */
export async function getCountryScores(
  db: Executor,
  iso3: string,
  query: VersionQuery,
  clock: Clock,
): Promise<RollUpView> {
  const country = findCountry(iso3.toUpperCase());
  if (!country) throw new NotFoundError('country', iso3);
  const context = await loadCodebookContext(db, query.version);
  const key = countryUnitKey(country.iso3);
  if (context.current || !(await storedUnit(db, context, key))) {
    await ensureCities(db, context, { country: country.iso3 }, clock);
    await refreshCountryRollUp(db, context, country.iso3, clock);
  }
  return rollUpView(db, context, { kind: 'country', iso3: country.iso3, name: country.name }, key);
}

/** Refreshes every city, every country roll-up and ASEAN's; returns what changed. */
export async function refreshEverything(
  db: Executor,
  context: CodebookContext,
  clock: Clock,
  options: { force?: boolean | undefined; dryRun?: boolean | undefined } = {},
): Promise<{ checked: number; stale: string[]; countries: number; asean: boolean }> {
  const cities = await refreshCityScores(db, context, { all: true }, clock, {
    ...options,
    onlyMissing: !context.current,
  });
  if (options.dryRun)
    return { checked: cities.checked, stale: [...cities.stale], countries: 0, asean: false };
  let countries = 0;
  for (const country of ASEAN_COUNTRIES)
    if (await refreshCountryRollUp(db, context, country.iso3, clock)) countries += 1;
  const asean = await refreshAseanRollUp(db, context, clock);
  return { checked: cities.checked, stale: [...cities.stale], countries, asean };
}

/** ASEAN's scores rolled up from its countries' (everything refreshed first). */
export async function getAseanScores(
  db: Executor,
  query: VersionQuery,
  clock: Clock,
): Promise<RollUpView> {
  const context = await loadCodebookContext(db, query.version);
  if (context.current || !(await storedUnit(db, context, ASEAN_UNIT_KEY)))
    await refreshEverything(db, context, clock);
  return rollUpView(db, context, { kind: 'asean', name: 'ASEAN' }, ASEAN_UNIT_KEY);
}
