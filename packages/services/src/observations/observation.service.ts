import {
  observationsRepository as repo,
  seriesRepository,
  type Executor,
  withTransaction,
} from '@frontrunner/db';
import {
  disaggregationKey,
  NotFoundError,
  ValidationError,
  type Disaggregation,
  type FieldProblem,
  type ObservationContent,
} from '@frontrunner/domain';
import type { ActionContext, Actor } from '../access/actor';
import { authorize, isAllowed } from '../access/policy';
import { describeActor, recordAudit } from '../audit/audit.service';
import type { Clock } from '../clock';
import { areaKey, areaResource, type Area } from './area';
import { toObservationView, type ObservationView } from './observation-view';
import { writeObservations, type WriteSummary } from './observation-writer';

/** Which values to show: `public` (last approved) or `working` (drafts included; needs the right). */
export type ObservationViewKind = 'public' | 'working';

/**
 * The view an actor gets of an area's values: the working view when asked for and allowed to
 * read the city's drafts, else the public one.
 */
export function effectiveView(
  actor: Actor,
  area: Area,
  wanted: ObservationViewKind,
): ObservationViewKind {
  return wanted === 'working' && isAllowed(actor, 'city.read_drafts', areaResource(area))
    ? 'working'
    : 'public';
}

/** Values of one area, optionally of some series and a year. */
export async function listObservations(
  db: Executor,
  actor: Actor,
  query: {
    area: Area;
    series?: readonly string[] | undefined;
    year?: number | undefined;
    view: ObservationViewKind;
  },
): Promise<{ view: ObservationViewKind; items: ObservationView[] }> {
  const view = effectiveView(actor, query.area, query.view);
  let seriesIds: string[] | undefined;
  const codes = new Map<string, string>();
  if (query.series) {
    for (const code of query.series) {
      const s = await seriesRepository.findSeriesByCode(db, code);
      if (!s) throw new NotFoundError('series', code);
      codes.set(s.id, s.code);
    }
    seriesIds = [...codes.keys()];
  }
  const rows = await repo.listObservationValues(db, {
    areaKeys: [areaKey(query.area)],
    seriesIds,
    year: query.year,
    view,
  });
  const missing = [...new Set(rows.map((r) => r.series_id))].filter((id) => !codes.has(id));
  for (const s of await seriesRepository.listSeriesById(db, missing)) codes.set(s.id, s.code);
  return {
    view,
    items: rows.map((r) => toObservationView(r, codes.get(r.series_id) ?? r.series_id)),
  };
}

/** One value typed into the data-entry grid. */
export interface ObservationEntry {
  series: string;
  year: number;
  disaggregation: Disaggregation;
  /** The value, or null to mark the slot deleted (reversible). */
  value: number | null;
  estimated?: boolean | undefined;
  provisional?: boolean | undefined;
  breakInSeries?: boolean | undefined;
  footnote?: string | null | undefined;
  source?: string | null | undefined;
  nature?: string | null | undefined;
}

/**
 * Saves values entered by hand, all or nothing: each becomes a new draft version (or nothing, when
 * identical). `reason` is kept in every version's history.
 */
export async function saveObservations(
  db: Executor,
  ctx: ActionContext,
  request: { area: Area; entries: readonly ObservationEntry[]; reason?: string | undefined },
  clock: Clock,
): Promise<WriteSummary> {
  authorize(ctx.actor, 'observation.write', areaResource(request.area));
  const problems: FieldProblem[] = [];
  const seriesIds = new Map<string, string>();
  for (const code of new Set(request.entries.map((e) => e.series))) {
    const s = await seriesRepository.findSeriesByCode(db, code);
    if (s) seriesIds.set(code, s.id);
  }
  const changes = request.entries.flatMap((entry, i) => {
    const seriesId = seriesIds.get(entry.series);
    if (!seriesId) {
      problems.push({ field: `entries.${i}.series`, message: `unknown series "${entry.series}"` });
      return [];
    }
    const content: ObservationContent = {
      value: entry.value ?? 0,
      estimated: entry.estimated ?? false,
      provisional: entry.provisional ?? false,
      breakInSeries: entry.breakInSeries ?? false,
      footnote: entry.footnote?.trim() || null,
      source: entry.source?.trim() || null,
      nature: entry.nature ?? null,
    };
    return [
      {
        seriesId,
        year: entry.year,
        disaggregationKey: disaggregationKey(entry.disaggregation),
        content,
        delete: entry.value === null,
      },
    ];
  });
  const keys = new Set<string>();
  changes.forEach((c, i) => {
    const key = `${c.seriesId}|${c.year}|${c.disaggregationKey}`;
    if (keys.has(key))
      problems.push({
        field: `entries.${i}`,
        message: 'the same series, year and disaggregation twice',
      });
    keys.add(key);
  });
  if (problems.length > 0) throw new ValidationError('Some entries cannot be saved', problems);
  const at = clock();
  return withTransaction(db, async (trx) => {
    const summary = await writeObservations(trx, request.area, changes, {
      actorId: describeActor(ctx.actor).id ?? 'anonymous',
      at,
      reason: request.reason?.trim() || null,
    });
    if (summary.touched.length > 0) {
      await recordAudit(trx, ctx, at, {
        action: 'observation.write',
        entityType: 'observation',
        entityId:
          summary.touched.length === 1
            ? (summary.touched[0] ?? '')
            : `${summary.touched.length} values`,
        cityId: request.area.kind === 'city' ? request.area.id : null,
        country: request.area.kind === 'city' ? request.area.country : request.area.iso3,
        after: { entries: request.entries, reason: request.reason ?? null },
      });
    }
    return summary;
  });
}

/** One version of a value, as its history shows it. */
export interface ObservationVersionView {
  version: number;
  value: number;
  flags: { estimated: boolean; provisional: boolean; breakInSeries: boolean };
  footnote: string | null;
  source: string | null;
  nature: string | null;
  status: string;
  deleted: boolean;
  change: string;
  reason: string | null;
  changedBy: string;
  changedAt: string;
}

/**
 * The full history of one value, oldest first. Who may read the city's drafts sees every
 * version; the public sees the approved ones.
 */
export async function observationHistory(
  db: Executor,
  actor: Actor,
  id: string,
  resolveArea: (row: repo.ObservationRow) => Promise<Area>,
): Promise<ObservationVersionView[]> {
  const row = await repo.findObservation(db, id);
  if (!row) throw new NotFoundError('observation', id);
  const area = await resolveArea(row);
  const full = isAllowed(actor, 'city.read_drafts', areaResource(area));
  const versions = await repo.listVersions(db, id);
  if (!full && row.approved_version === null) throw new NotFoundError('observation', id);
  return versions
    .filter((v) => full || v.status === 'approved')
    .map((v) => ({
      version: Number(v.version),
      value: Number(v.value),
      flags: {
        estimated: Boolean(v.estimated),
        provisional: Boolean(v.provisional),
        breakInSeries: Boolean(v.break_in_series),
      },
      footnote: v.footnote,
      source: v.source,
      nature: v.nature,
      status: v.status,
      deleted: Boolean(v.deleted),
      change: v.change,
      reason: v.reason,
      changedBy: full ? v.changed_by : 'reviewer',
      changedAt: v.changed_at,
    }));
}
