import { observationsRepository as repo, type Executor } from '@frontrunner/db';
import { sameContent, type ObservationContent } from '@frontrunner/domain';
import { randomUUID } from 'node:crypto';
import { areaKey, type Area } from './area';

/** One value to write into a slot. */
export interface ObservationChange {
  readonly seriesId: string;
  readonly year: number;
  /** Canonical disaggregation key ('' = headline). */
  readonly disaggregationKey: string;
  readonly content: ObservationContent;
  /** Mark the slot deleted (reversible) instead of setting a value. */
  readonly delete?: boolean;
}

/** What a write did, value by value. */
export interface WriteSummary {
  inserted: number;
  changed: number;
  unchanged: number;
  deleted: number;
  /** Observation ids that got a new version. */
  touched: string[];
}

/** Who writes, when and why: recorded on every version. */
export interface WriteMeta {
  readonly actorId: string;
  readonly at: Date;
  readonly reason: string | null;
}

const slotKey = (seriesId: string, year: number, disaggregationKey: string) =>
  `${seriesId}\u0000${year}\u0000${disaggregationKey}`;

/**
 * Writes values into an area's slots without overwriting anything: a new slot gets version 1,
 * a changed value a new version (back to draft); an identical value changes nothing, so the
 * same import twice is a no-op. Call inside the transaction of the whole operation.
 */
export async function writeObservations(
  trx: Executor,
  area: Area,
  changes: readonly ObservationChange[],
  meta: WriteMeta,
): Promise<WriteSummary> {
  const summary: WriteSummary = { inserted: 0, changed: 0, unchanged: 0, deleted: 0, touched: [] };
  if (changes.length === 0) return summary;
  const key = areaKey(area);
  const existing = await repo.listSlots(
    trx,
    key,
    [...new Set(changes.map((c) => c.seriesId))],
    [...new Set(changes.map((c) => c.year))],
  );
  const slots = new Map(
    existing.map((row) => [slotKey(row.series_id, row.year, row.disaggregation_key), row]),
  );
  const at = meta.at.toISOString();
  const newSlots: repo.NewObservation[] = [];
  const versions: repo.NewObservationVersion[] = [];
  for (const change of changes) {
    const slot = slots.get(slotKey(change.seriesId, change.year, change.disaggregationKey));
    const c = change.content;
    const columns = {
      value: c.value,
      estimated: c.estimated ? 1 : 0,
      provisional: c.provisional ? 1 : 0,
      break_in_series: c.breakInSeries ? 1 : 0,
      footnote: c.footnote,
      source: c.source,
      nature: c.nature,
    };
    if (!slot) {
      if (change.delete) {
        summary.unchanged += 1;
        continue;
      }
      const id = randomUUID();
      newSlots.push({
        id,
        area_key: key,
        city_id: area.kind === 'city' ? area.id : null,
        country_iso3: area.kind === 'country' ? area.iso3 : null,
        series_id: change.seriesId,
        year: change.year,
        disaggregation_key: change.disaggregationKey,
        ...columns,
        status: 'draft',
        deleted: 0,
        version: 1,
        approved_version: null,
        updated_at: at,
        updated_by: meta.actorId,
      });
      versions.push({
        observation_id: id,
        version: 1,
        ...columns,
        status: 'draft',
        deleted: 0,
        change: 'created',
        reason: meta.reason,
        changed_by: meta.actorId,
        changed_at: at,
      });
      summary.inserted += 1;
      summary.touched.push(id);
      continue;
    }
    const current: ObservationContent = {
      value: Number(slot.value),
      estimated: Boolean(slot.estimated),
      provisional: Boolean(slot.provisional),
      breakInSeries: Boolean(slot.break_in_series),
      footnote: slot.footnote,
      source: slot.source,
      nature: slot.nature,
    };
    const wasDeleted = Boolean(slot.deleted);
    if (change.delete ? wasDeleted : !wasDeleted && sameContent(current, c)) {
      summary.unchanged += 1;
      continue;
    }
    const version = Number(slot.version) + 1;
    const kept = change.delete ? pickColumns(slot) : columns;
    const deleted = change.delete ? 1 : 0;
    const what = change.delete ? 'deleted' : wasDeleted ? 'restored' : 'changed';
    await repo.updateObservation(trx, slot.id, {
      ...kept,
      status: 'draft',
      deleted,
      version,
      updated_at: at,
      updated_by: meta.actorId,
    });
    versions.push({
      observation_id: slot.id,
      version,
      ...kept,
      status: 'draft',
      deleted,
      change: what,
      reason: meta.reason,
      changed_by: meta.actorId,
      changed_at: at,
    });
    if (change.delete) summary.deleted += 1;
    else summary.changed += 1;
    summary.touched.push(slot.id);
  }
  await repo.insertObservations(trx, newSlots);
  await repo.insertVersions(trx, versions);
  return summary;
}

function pickColumns(row: repo.ObservationRow) {
  return {
    value: row.value,
    estimated: row.estimated,
    provisional: row.provisional,
    break_in_series: row.break_in_series,
    footnote: row.footnote,
    source: row.source,
    nature: row.nature,
  };
}
