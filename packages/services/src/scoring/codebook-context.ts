import { codebookRepository as repo, type Executor } from '@frontrunner/db';
import {
  NotFoundError,
  PEER_GROUP_PRECEDENCE,
  populationClass,
  type CodebookEntry,
  type PeerGroupKind,
} from '@frontrunner/domain';

/** A codebook version with its entries and peer-group lower bounds, as loaded once per use. */
export interface CodebookContext {
  readonly version: repo.CodebookVersionRow;
  /** Whether it is the newest version. */
  readonly current: boolean;
  /** In codebook order. */
  readonly entries: readonly repo.CodebookEntryRow[];
  readonly bounds: readonly repo.PeerGroupBoundRow[];
}

/** What decides a city's peer groups. */
export interface PeerCity {
  readonly country_iso3: string;
  readonly population: number | null;
  readonly cohort: string | null;
}

/** A city's codebook: the version's entries with its peer groups' lower bounds applied. */
export interface EffectiveCodebook {
  /** Domain entries keyed by series id, in codebook order. */
  readonly entries: readonly CodebookEntry[];
  /** Per entry: the peer-group bound applied, or null for the codebook's own. */
  readonly applied: readonly (repo.PeerGroupBoundRow | null)[];
  /** Identifies the set of bounds applied: cities with the same key score alike. */
  readonly key: string;
}

/**
 * Loads a codebook version (the newest when `version` is absent) with its entries and bounds.
 * @throws NotFoundError when there is no such version (or no codebook at all)
 */
export async function loadCodebookContext(
  db: Executor,
  version?: number,
): Promise<CodebookContext> {
  const latest = await repo.findLatestCodebookVersion(db);
  const row = version === undefined ? latest : await repo.findCodebookVersion(db, version);
  if (!row || !latest) throw new NotFoundError('codebook version', String(version ?? 'latest'));
  const [entries, bounds] = await Promise.all([
    repo.listCodebookEntries(db, row.id),
    repo.listPeerGroupBounds(db, row.id),
  ]);
  return { version: row, current: row.id === latest.id, entries, bounds };
}

/** A codebook entry row as the domain scorer reads it (series = the series id). */
export function toDomainEntry(row: repo.CodebookEntryRow, lowerBound?: number): CodebookEntry {
  return {
    series: row.series_id,
    goal: Number(row.goal),
    optimum: Number(row.optimum),
    green: Number(row.green),
    red: Number(row.red),
    lowerBound: lowerBound ?? Number(row.lower_bound),
    direction: row.direction,
    ...(row.trend_from === null ? {} : { trendFrom: Number(row.trend_from) }),
  };
}

/** The key of each peer group a city belongs to, by kind (absent: no such group). */
export function peerGroupKeys(city: PeerCity): Partial<Record<PeerGroupKind, string>> {
  const size = populationClass(city.population === null ? null : Number(city.population));
  return {
    country: city.country_iso3,
    ...(size ? { population_class: size.key } : {}),
    ...(city.cohort ? { cohort: city.cohort } : {}),
  };
}

/**
 * A city's effective codebook: for each entry, the lower bound of the first of its peer groups
 * (cohort, then population class, then country) that set one in this version, else the
 * codebook's.
 */
export function effectiveCodebook(context: CodebookContext, city: PeerCity): EffectiveCodebook {
  const keys = peerGroupKeys(city);
  const bySlot = new Map(context.bounds.map((b) => [`${b.kind}|${b.key}|${b.series_id}`, b]));
  const applied = context.entries.map((entry) => {
    for (const kind of PEER_GROUP_PRECEDENCE) {
      const key = keys[kind];
      const bound = key === undefined ? undefined : bySlot.get(`${kind}|${key}|${entry.series_id}`);
      if (bound) return bound;
    }
    return null;
  });
  return {
    entries: context.entries.map((row, i) =>
      toDomainEntry(row, applied[i] ? Number(applied[i].lower_bound) : undefined),
    ),
    applied,
    key: applied.map((b) => (b ? b.peer_group_id : '')).join(','),
  };
}
