import { checkCodebook } from '@frontrunner/domain';
import { randomUUID } from 'node:crypto';
import type { DatabaseHandle } from '../connection/connect';
import { listTargets } from '../framework/framework.repository';
import * as seriesRepository from '../observations/series.repository';
import * as codebook from '../scoring/codebook.repository';
import { CODEBOOK_SEED_FILE, loadCodebookSeed, type SeedCodebookRow } from './codebook-seed-file';
import { SEED_ACTOR } from './indicator-seed';
import { SeedFileError } from './sources';

/** What a codebook seed run found and wrote. */
export interface CodebookSeedResult {
  /** Indicators in the default set. */
  readonly entries: number;
  /** Series this run created (the others existed, e.g. from the indicator data seed). */
  readonly seriesCreated: number;
  /** False when a codebook version was already there. */
  readonly changed: boolean;
}

/** Checks the rows against the scorer's rules and the SDG framework; throws on any problem. */
async function assertUsable(handle: DatabaseHandle, rows: readonly SeedCodebookRow[]) {
  const problems = checkCodebook(rows.map((r) => ({ ...r, trendFrom: r.trendFrom ?? undefined })));
  const wanted = [...new Set(rows.flatMap((r) => r.targets))];
  const known = new Set((await listTargets(handle.db, { codes: wanted })).map((t) => t.code));
  const unknown = wanted.filter((t) => !known.has(t));
  const detail = [
    ...problems.map((p) => `${p.field} ${p.message}`),
    ...(unknown.length > 0 ? [`unknown SDG targets ${unknown.join(', ')}`] : []),
  ];
  if (detail.length > 0) throw new SeedFileError(CODEBOOK_SEED_FILE, detail.join('; '));
}

/**
 * Seeds the default ASEAN city indicator set as codebook version 1 when no codebook exists: the
 * series it needs that do not exist yet (linked to their UN indicator where one fits) and one
 * entry per indicator. Needs the SDG framework seeded first; the indicator data seed should run
 * before, so that its city series (EN_REF_WASCOL, FR_GHG_PER_CAPITA) are reused as they are.
 * Idempotent and safe when several servers start at once: version 1 is inserted once, and
 * whoever inserts it writes its entries in the same transaction. Later versions are the
 * secretariat's edits, never the seed's.
 */
export async function seedCodebook(
  handle: DatabaseHandle,
  options: { rows?: readonly SeedCodebookRow[]; now?: Date } = {},
): Promise<CodebookSeedResult> {
  if (await codebook.findLatestCodebookVersion(handle.db)) {
    return { entries: 0, seriesCreated: 0, changed: false };
  }
  const rows = options.rows ?? (await loadCodebookSeed());
  await assertUsable(handle, rows);
  const now = (options.now ?? new Date()).toISOString();
  const indicatorIds = await seriesRepository.listIndicatorCodes(handle.db);
  return handle.db.transaction().execute(async (trx) => {
    const versionId = randomUUID();
    const inserted = await codebook.insertCodebookVersion(trx, {
      id: versionId,
      version: 1,
      created_at: now,
      created_by: SEED_ACTOR,
      note: `Default ASEAN city indicator set (${CODEBOOK_SEED_FILE})`,
    });
    if (!inserted) return { entries: 0, seriesCreated: 0, changed: false };
    const before = new Set((await seriesRepository.listSeriesKeys(trx)).map((s) => s.code));
    await seriesRepository.insertSeries(
      trx,
      rows
        .filter((r) => !before.has(r.series))
        .map((r) => ({
          id: randomUUID(),
          code: r.series,
          indicator_id: indicatorIds.get(r.indicator) ?? null,
          local_indicator_id: null,
          name: r.name,
          unit: r.unit,
          direction: r.direction,
          decimals: r.decimals,
          source: null,
          created_at: now,
          updated_at: now,
        })),
    );
    const ids = new Map((await seriesRepository.listSeriesKeys(trx)).map((s) => [s.code, s.id]));
    await codebook.insertCodebookEntries(
      trx,
      rows.map((r, position) => ({
        codebook_version_id: versionId,
        series_id: ids.get(r.series) ?? '',
        position,
        goal: r.goal,
        targets: JSON.stringify(r.targets),
        optimum: r.optimum,
        green: r.green,
        red: r.red,
        lower_bound: r.lowerBound,
        direction: r.direction,
        trend_from: r.trendFrom,
        justification: r.justification,
        source: r.source,
      })),
    );
    return {
      entries: rows.length,
      seriesCreated: rows.filter((r) => !before.has(r.series)).length,
      changed: true,
    };
  });
}
