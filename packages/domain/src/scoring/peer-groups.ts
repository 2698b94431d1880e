import type { CodebookEntry } from './types';

/** The ways cities are grouped for comparison and for peer-group lower bounds. */
export const PEER_GROUP_KINDS = ['country', 'population_class', 'cohort'] as const;

/** `country` (key: ISO3), `population_class` (key: a {@link POPULATION_CLASSES} key), `cohort`. */
export type PeerGroupKind = (typeof PEER_GROUP_KINDS)[number];

/** A city-size class: inhabitants from `min` (inclusive) to `max` (exclusive). */
export interface PopulationClass {
  readonly key: string;
  readonly label: string;
  /** Inhabitants, inclusive. */
  readonly min: number;
  /** Inhabitants, exclusive; Infinity for the largest class. */
  readonly max: number;
}

/**
 * City-size classes of the OECD–EU definition of functional urban areas (OECD 2012,
 * "Redefining Urban"): small urban areas, medium-sized urban areas, metropolitan areas and
 * large metropolitan areas. Applied here to the city's own population.
 */
export const POPULATION_CLASSES: readonly PopulationClass[] = Object.freeze([
  { key: 'small', label: 'Small (under 200,000 inhabitants)', min: 0, max: 200_000 },
  { key: 'medium', label: 'Medium-sized (200,000 to 499,999)', min: 200_000, max: 500_000 },
  {
    key: 'metropolitan',
    label: 'Metropolitan (500,000 to 1.5 million)',
    min: 500_000,
    max: 1_500_000,
  },
  {
    key: 'large_metropolitan',
    label: 'Large metropolitan (1.5 million or more)',
    min: 1_500_000,
    max: Infinity,
  },
]);

/**
 * The population class of a city; undefined when its population is unknown.
 * @example populationClass(350_000)?.key // 'medium'
 */
export function populationClass(population: number | null): PopulationClass | undefined {
  if (population === null || !Number.isFinite(population) || population < 0) return undefined;
  return POPULATION_CLASSES.find((c) => population >= c.min && population < c.max);
}

/**
 * When a city belongs to several groups that each set a lower bound for the same series, the
 * first group kind here wins: the programme's own cohort, then cities of its size, then its
 * country. Frontrunner's own rule.
 */
export const PEER_GROUP_PRECEDENCE: readonly PeerGroupKind[] = Object.freeze([
  'cohort',
  'population_class',
  'country',
]);

/** SDSN's lower bound: the 2.5th percentile of the observed distribution (METHODS §1). */
export const DEFAULT_PEER_PERCENTILE = 2.5;

/** Fewest cities with a value for a percentile to stand for a group (else the default stays). */
export const MIN_PEER_CITIES = 5;

/**
 * Where on the distribution the lower bound lies, as a probability for a quantile function:
 * the worst end, so `percentile / 100` when higher is better and `1 − percentile / 100` when
 * lower is better (the 2.5th percentile counted from the worst end is the 97.5th).
 * @example lowerBoundProbability({ optimum: 0, lowerBound: 20 }, 2.5) // 0.975
 */
export function lowerBoundProbability(
  entry: Pick<CodebookEntry, 'optimum' | 'lowerBound'>,
  percentile: number,
): number {
  const p = percentile / 100;
  return entry.optimum < entry.lowerBound ? 1 - p : p;
}

/**
 * Why a candidate lower bound cannot replace an entry's, or undefined when it can: it must be
 * finite and lie strictly on the lower bound's side of the optimum (a group whose worst values
 * reach the optimum cannot tell its cities apart on this indicator).
 */
export function peerLowerBoundProblem(
  entry: Pick<CodebookEntry, 'optimum' | 'lowerBound'>,
  candidate: number,
): string | undefined {
  if (!Number.isFinite(candidate)) return 'the percentile is not a number';
  const side = Math.sign(entry.lowerBound - entry.optimum);
  if (Math.sign(candidate - entry.optimum) !== side)
    return `the percentile (${candidate}) reaches the optimum (${entry.optimum})`;
  return undefined;
}
