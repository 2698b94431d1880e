import { codebookRepository as repo, type Executor, type seriesRepository } from '@frontrunner/db';
import { ConflictError } from '@frontrunner/domain';
import { randomUUID } from 'node:crypto';
import type { CodebookContext } from './codebook-context';

/** An entry of a new version, keyed by series id. */
export type NewEntry = Omit<repo.NewCodebookEntry, 'codebook_version_id' | 'position'>;

/** A peer-group bound of a new version. */
export type NewBound = Omit<repo.NewPeerGroupBound, 'codebook_version_id'>;

/** An entry row of a version as the input of the next one. */
export function entryOf(row: repo.CodebookEntryRow): NewEntry {
  return {
    series_id: row.series_id,
    goal: row.goal,
    targets: row.targets,
    optimum: row.optimum,
    green: row.green,
    red: row.red,
    lower_bound: row.lower_bound,
    direction: row.direction,
    trend_from: row.trend_from,
    justification: row.justification,
    source: row.source,
  };
}

/** A new entry laid out as a stored row of its series (for checking and showing it). */
export function asEntryRow(
  entry: NewEntry,
  series: Pick<seriesRepository.SeriesRow, 'code' | 'name' | 'unit'>,
): repo.CodebookEntryRow {
  return {
    ...entry,
    codebook_version_id: '',
    position: 0,
    trend_from: entry.trend_from ?? null,
    series_code: series.code,
    series_name: series.name,
    series_unit: series.unit,
  };
}

/** A bound row of a version as the input of the next one. */
export function boundOf(row: repo.PeerGroupBoundRow): NewBound {
  return {
    peer_group_id: row.peer_group_id,
    series_id: row.series_id,
    lower_bound: row.lower_bound,
    percentile: row.percentile,
    cities: row.cities,
    computed_at: row.computed_at,
    computed_by: row.computed_by,
  };
}

/**
 * Writes the next codebook version after `base`, with these entries (in this order) and bounds.
 * Versions are never changed: old scores keep pointing at theirs.
 * @throws ConflictError when another version was created since `base` was read
 */
export async function insertNextVersion(
  trx: Executor,
  base: CodebookContext,
  next: {
    entries: readonly NewEntry[];
    bounds: readonly NewBound[];
    note: string;
    createdBy: string;
    at: Date;
  },
): Promise<number> {
  const latest = await repo.findLatestCodebookVersion(trx);
  const version = Number(base.version.version) + 1;
  const id = randomUUID();
  const inserted =
    latest?.id === base.version.id &&
    (await repo.insertCodebookVersion(trx, {
      id,
      version,
      created_at: next.at.toISOString(),
      created_by: next.createdBy,
      note: next.note,
    }));
  if (!inserted) {
    throw new ConflictError(
      `The codebook changed while you were editing version ${base.version.version}; reload it and try again`,
    );
  }
  await repo.insertCodebookEntries(
    trx,
    next.entries.map((e, position) => ({ ...e, codebook_version_id: id, position })),
  );
  await repo.insertPeerGroupBounds(
    trx,
    next.bounds.map((b) => ({ ...b, codebook_version_id: id })),
  );
  return version;
}
