import type { cityRefsRepository } from '@frontrunner/db';
import { geoRepository, reportRepository, type Executor } from '@frontrunner/db';
import {
  assertValidConsultations,
  ConflictError,
  isNarrativeSection,
  NotFoundError,
  ValidationError,
  type ConsultationEntry,
} from '@frontrunner/domain';
import { randomUUID } from 'node:crypto';
import type { ActionContext } from '../access/actor';
import { authorize } from '../access/policy';
import { describeActor, recordAudit } from '../audit/audit.service';
import type { Clock } from '../clock';
import {
  isReportTeam,
  loadReport,
  narrativesOf,
  viewReport,
  type LoadedReport,
  type SavedReportView,
} from './saved-report-view';

/** A new city report. */
export interface NewCityReportInput {
  readonly citySlug: string;
  readonly title: string;
  /** BCP 47 language it is written in. */
  readonly lang: string;
}

/** Changes to a report: its title, and narratives by section (an empty text removes one). */
export interface ReportChanges {
  readonly title?: string | undefined;
  readonly narratives?: Readonly<Partial<Record<string, string>>> | undefined;
}

const MAX_NARRATIVE = 50_000;

function assertValidChanges(changes: ReportChanges): void {
  const problems: { field: string; message: string }[] = [];
  if (changes.title !== undefined && !changes.title.trim())
    problems.push({ field: 'title', message: 'must not be empty' });
  for (const [key, text] of Object.entries(changes.narratives ?? {})) {
    if (!isNarrativeSection(key))
      problems.push({ field: `narratives.${key}`, message: 'is not a section with a narrative' });
    else if ((text ?? '').length > MAX_NARRATIVE)
      problems.push({ field: `narratives.${key}`, message: `is longer than ${MAX_NARRATIVE}` });
  }
  if (problems.length) throw new ValidationError('The report has problems', problems);
}

/** Creates a draft Voluntary Local Review of a city (its editors, the secretariat). */
export async function createCityReport(
  db: Executor,
  ctx: ActionContext,
  input: NewCityReportInput,
  clock: Clock,
): Promise<SavedReportView> {
  assertValidChanges({ title: input.title });
  const city = await geoRepository.findCityBySlug(db, input.citySlug);
  if (!city) throw new NotFoundError('city', input.citySlug);
  authorize(ctx.actor, 'report.write', { cityId: city.id, country: city.country_iso3 });
  const id = randomUUID();
  const at = clock().toISOString();
  const by = describeActor(ctx.actor).id ?? 'anonymous';
  await db.transaction().execute(async (trx) => {
    await reportRepository.insertReport(trx, {
      id,
      scope_kind: 'city',
      scope_key: city.slug,
      city_id: city.id,
      country_iso3: city.country_iso3,
      title: input.title.trim(),
      lang: input.lang,
      status: 'draft',
      narratives: '{}',
      version: 1,
      published_version: null,
      review_comment: null,
      created_at: at,
      created_by: by,
      updated_at: at,
      updated_by: by,
    });
    await recordAudit(trx, ctx, clock(), {
      action: 'report.write',
      entityType: 'report',
      entityId: id,
      cityId: city.id,
      country: city.country_iso3,
      after: { title: input.title.trim(), lang: input.lang },
    });
  });
  return getReport(db, ctx, id);
}

/** A report: its working copy for its team, its latest published version for the public. */
export async function getReport(
  db: Executor,
  ctx: ActionContext,
  id: string,
): Promise<SavedReportView> {
  return viewReport(db, await loadReport(db, ctx.actor, id));
}

/**
 * Loads a report for a change by its team: a submitted report waits for its review; editing a
 * published report starts its next version as a draft.
 */
async function loadForWriting(
  db: Executor,
  ctx: ActionContext,
  id: string,
): Promise<LoadedReport & { next: { status: 'draft' | 'returned'; version: number } }> {
  const loaded = await loadReport(db, ctx.actor, id);
  if (!loaded.team) throw new NotFoundError('report', id);
  const { row } = loaded;
  authorize(ctx.actor, 'report.write', {
    cityId: row.city_id ?? undefined,
    country: row.country_iso3 ?? undefined,
  });
  if (row.status === 'submitted')
    throw new ConflictError('The report is being reviewed: it cannot change until it is returned', {
      status: row.status,
    });
  const version = Number(row.version);
  const next =
    row.status === 'approved'
      ? { status: 'draft' as const, version: version + 1 }
      : { status: row.status, version };
  return { ...loaded, next };
}

/** Changes a report's title and narratives. */
export async function updateReport(
  db: Executor,
  ctx: ActionContext,
  id: string,
  changes: ReportChanges,
  clock: Clock,
): Promise<SavedReportView> {
  assertValidChanges(changes);
  await db.transaction().execute(async (trx) => {
    const { row, next } = await loadForWriting(trx, ctx, id);
    const narratives = { ...narrativesOf(row) } as Record<string, string>;
    for (const [key, text] of Object.entries(changes.narratives ?? {})) {
      if (text?.trim()) narratives[key] = text;
      else delete narratives[key];
    }
    const at = clock();
    await reportRepository.updateReport(trx, id, {
      ...next,
      title: changes.title?.trim() ?? row.title,
      narratives: JSON.stringify(narratives),
      updated_at: at.toISOString(),
      updated_by: describeActor(ctx.actor).id ?? 'anonymous',
    });
    await recordAudit(trx, ctx, at, {
      action: 'report.write',
      entityType: 'report',
      entityId: id,
      cityId: row.city_id,
      country: row.country_iso3,
      before: { title: row.title, sections: Object.keys(narrativesOf(row)) },
      after: { title: changes.title?.trim() ?? row.title, sections: Object.keys(narratives) },
    });
  });
  return getReport(db, ctx, id);
}

/** Adds an entry to a report's stakeholder-consultation log. */
export async function addConsultation(
  db: Executor,
  ctx: ActionContext,
  id: string,
  entry: ConsultationEntry,
  clock: Clock,
): Promise<SavedReportView> {
  const clean = {
    date: entry.date.trim(),
    stakeholders: entry.stakeholders.trim(),
    summary: entry.summary.trim(),
  };
  assertValidConsultations([clean]);
  await db.transaction().execute(async (trx) => {
    const { row, next } = await loadForWriting(trx, ctx, id);
    const at = clock();
    const by = describeActor(ctx.actor).id ?? 'anonymous';
    const entryId = randomUUID();
    await reportRepository.insertConsultationEntry(trx, {
      id: entryId,
      report_id: id,
      ...clean,
      created_at: at.toISOString(),
      created_by: by,
    });
    await reportRepository.updateReport(trx, id, {
      ...next,
      updated_at: at.toISOString(),
      updated_by: by,
    });
    await recordAudit(trx, ctx, at, {
      action: 'report.write',
      entityType: 'report',
      entityId: id,
      cityId: row.city_id,
      country: row.country_iso3,
      after: { consultation: entryId, date: clean.date },
    });
  });
  return getReport(db, ctx, id);
}

/** A city's reports: those published at least once for the public, all of them for its team. */
export async function listCityReports(
  db: Executor,
  ctx: ActionContext,
  citySlug: string,
): Promise<SavedReportView[]> {
  const city = await geoRepository.findCityBySlug(db, citySlug);
  if (!city) throw new NotFoundError('city', citySlug);
  const rows = await reportRepository.listReports(db, {
    scopeKind: 'city',
    scopeKey: city.slug,
    publishedOnly: false,
  });
  const ref: cityRefsRepository.CityRef = {
    id: city.id,
    slug: city.slug,
    name: city.name,
    country_iso3: city.country_iso3,
  };
  const views: SavedReportView[] = [];
  for (const row of rows) {
    const team = isReportTeam(ctx.actor, row);
    if (team || row.published_version !== null)
      views.push(await viewReport(db, { row, city: ref, team }));
  }
  return views;
}
