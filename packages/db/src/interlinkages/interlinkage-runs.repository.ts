import type { Insertable, Selectable } from 'kysely';
import type { Executor } from '../connection/connect';
import type { Database } from '../schema';

export type InterlinkageRunRow = Selectable<Database['interlinkage_run']>;
export type NewInterlinkageRun = Insertable<Database['interlinkage_run']>;
export type SeriesLinkRow = Selectable<Database['interlinkage_series_link']>;
export type TargetLinkRow = Selectable<Database['interlinkage_target_link']>;
export type CentralityRow = Selectable<Database['interlinkage_centrality']>;

/** Everything one run stores. */
export interface RunRows {
  readonly run: NewInterlinkageRun;
  readonly seriesLinks: readonly Omit<SeriesLinkRow, 'run_id'>[];
  readonly targetLinks: readonly Omit<TargetLinkRow, 'run_id'>[];
  readonly centrality: readonly Omit<CentralityRow, 'run_id'>[];
}

/** The run of a scope computed from exactly these inputs, if stored. */
export async function findRun(
  db: Executor,
  key: { scope: string; fingerprint: string; minYears: number; threshold: number },
): Promise<InterlinkageRunRow | undefined> {
  return db
    .selectFrom('interlinkage_run')
    .selectAll()
    .where('scope', '=', key.scope)
    .where('fingerprint', '=', key.fingerprint)
    .where('min_years', '=', key.minYears)
    .where('threshold', '=', key.threshold)
    .executeTakeFirst();
}

/** Every stored run of a scope, newest first. */
export async function listRuns(db: Executor, scope: string): Promise<InterlinkageRunRow[]> {
  return db
    .selectFrom('interlinkage_run')
    .selectAll()
    .where('scope', '=', scope)
    .orderBy('computed_at', 'desc')
    .orderBy('id')
    .execute();
}

async function insertInBatches<T extends keyof Database>(
  db: Executor,
  table: T,
  rows: readonly Insertable<Database[T]>[],
  batchSize: number,
): Promise<void> {
  for (let i = 0; i < rows.length; i += batchSize) {
    // Kysely cannot narrow a generic table name; the rows are typed by the caller.
    await db
      .insertInto(table)
      .values(rows.slice(i, i + batchSize) as never)
      .execute();
  }
}

/**
 * Stores a run with its links and centrality, unless a run of the same scope and inputs is
 * there already (another server computed it at the same time): then nothing is written.
 * Call inside a transaction so that a run is never seen half written.
 * @returns whether this call stored the run.
 */
export async function insertRun(db: Executor, rows: RunRows): Promise<boolean> {
  const inserted = await db
    .insertInto('interlinkage_run')
    .values(rows.run)
    .onConflict((oc) => oc.columns(['scope', 'fingerprint', 'min_years', 'threshold']).doNothing())
    .returning('id')
    .execute();
  if (inserted.length === 0) return false;
  const runId = rows.run.id;
  await insertInBatches(
    db,
    'interlinkage_series_link',
    rows.seriesLinks.map((l) => ({ ...l, run_id: runId })),
    500,
  );
  await insertInBatches(
    db,
    'interlinkage_target_link',
    rows.targetLinks.map((l) => ({ ...l, run_id: runId })),
    500,
  );
  await insertInBatches(
    db,
    'interlinkage_centrality',
    rows.centrality.map((c) => ({ ...c, run_id: runId })),
    500,
  );
  return true;
}

/**
 * Removes the runs of a scope and parameters other than `keepId`, with their rows: a run from
 * newer inputs replaces them.
 */
export async function deleteOtherRuns(
  db: Executor,
  key: { scope: string; minYears: number; threshold: number; keepId: string },
): Promise<number> {
  const ids = (
    await db
      .selectFrom('interlinkage_run')
      .select('id')
      .where('scope', '=', key.scope)
      .where('min_years', '=', key.minYears)
      .where('threshold', '=', key.threshold)
      .where('id', '<>', key.keepId)
      .execute()
  ).map((r) => r.id);
  if (ids.length === 0) return 0;
  await db.deleteFrom('interlinkage_series_link').where('run_id', 'in', ids).execute();
  await db.deleteFrom('interlinkage_target_link').where('run_id', 'in', ids).execute();
  await db.deleteFrom('interlinkage_centrality').where('run_id', 'in', ids).execute();
  await db.deleteFrom('interlinkage_run').where('id', 'in', ids).execute();
  return ids.length;
}

/**
 * Series links of a run, by series codes; narrowed to the pairs between two targets, or to one
 * pair of series, when asked.
 */
export async function listSeriesLinks(
  db: Executor,
  runId: string,
  filter: { targets?: readonly [string, string]; series?: readonly [string, string] } = {},
): Promise<SeriesLinkRow[]> {
  let query = db.selectFrom('interlinkage_series_link').selectAll().where('run_id', '=', runId);
  for (const [column, pair] of [
    ['target', filter.targets],
    ['series', filter.series],
  ] as const) {
    if (!pair) continue;
    const [x, y] = pair;
    const a = `${column}_a` as const;
    const b = `${column}_b` as const;
    query = query.where((eb) =>
      eb.or([eb.and([eb(a, '=', x), eb(b, '=', y)]), eb.and([eb(a, '=', y), eb(b, '=', x)])]),
    );
  }
  return query.orderBy('series_a').orderBy('series_b').execute();
}

/** Target links of a run, by codes. */
export async function listTargetLinks(db: Executor, runId: string): Promise<TargetLinkRow[]> {
  return db
    .selectFrom('interlinkage_target_link')
    .selectAll()
    .where('run_id', '=', runId)
    .orderBy('target_a')
    .orderBy('target_b')
    .execute();
}

/** Centrality of every target of a run, by target code. */
export async function listCentrality(db: Executor, runId: string): Promise<CentralityRow[]> {
  return db
    .selectFrom('interlinkage_centrality')
    .selectAll()
    .where('run_id', '=', runId)
    .orderBy('target_code')
    .execute();
}
