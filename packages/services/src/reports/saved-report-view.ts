import { cityRefsRepository, reportRepository, type Executor } from '@frontrunner/db';
import {
  NotFoundError,
  type ConsultationEntry,
  type ReportDocument,
  type ReportSectionKey,
} from '@frontrunner/domain';
import type { Actor } from '../access/actor';
import { isAllowed } from '../access/policy';

/** A saved report as its readers see it. */
export interface SavedReportView {
  readonly id: string;
  readonly scope: { readonly kind: 'city' | 'country' | 'asean'; readonly key: string };
  /** The city of a city report. */
  readonly city: {
    readonly id: string;
    readonly slug: string;
    readonly name: string;
    readonly country: string;
  } | null;
  readonly title: string;
  readonly lang: string;
  readonly status: 'draft' | 'submitted' | 'approved' | 'returned';
  /** The version being written, or the published one for the public. */
  readonly version: number;
  /** The latest published version, or null. */
  readonly publishedVersion: number | null;
  readonly reviewComment: string | null;
  readonly narratives: Partial<Record<ReportSectionKey, string>>;
  readonly consultations: readonly ConsultationEntry[];
  /** Published versions, newest first. */
  readonly versions: readonly { readonly version: number; readonly publishedAt: string }[];
  readonly updatedAt: string;
}

/** A report with its row, its city, and whether the actor may see its drafts. */
export interface LoadedReport {
  readonly row: reportRepository.ReportRow;
  readonly city: cityRefsRepository.CityRef | undefined;
  /** Whether the actor is on the report's team (may read and act on its drafts). */
  readonly team: boolean;
}

/** Whether an actor may read the unpublished work of a report. */
export function isReportTeam(actor: Actor, row: reportRepository.ReportRow): boolean {
  return isAllowed(actor, 'city.read_drafts', {
    cityId: row.city_id ?? undefined,
    country: row.country_iso3 ?? undefined,
  });
}

/**
 * Loads a report the actor may see: published once, or the actor is on its team. Any other
 * report is reported as not found, so that drafts stay private.
 */
export async function loadReport(db: Executor, actor: Actor, id: string): Promise<LoadedReport> {
  const row = await reportRepository.findReport(db, id);
  if (!row) throw new NotFoundError('report', id);
  const team = isReportTeam(actor, row);
  if (!team && row.published_version === null) throw new NotFoundError('report', id);
  const [city] = row.city_id ? await cityRefsRepository.listCityRefsById(db, [row.city_id]) : [];
  return { row, city, team };
}

/** The frozen document of a published version. */
export async function publishedDocument(
  db: Executor,
  row: reportRepository.ReportRow,
  version: number,
): Promise<ReportDocument> {
  const stored = await reportRepository.findReportVersion(db, row.id, version);
  if (!stored) throw new NotFoundError('report version', `${row.id} v${version}`);
  return JSON.parse(stored.document) as ReportDocument;
}

/** The narratives stored on a report row. */
export function narrativesOf(
  row: reportRepository.ReportRow,
): Partial<Record<ReportSectionKey, string>> {
  return JSON.parse(row.narratives) as Partial<Record<ReportSectionKey, string>>;
}

/** A consultation row as a domain entry. */
export const toConsultation = (r: reportRepository.ConsultationEntryRow): ConsultationEntry => ({
  date: r.date,
  stakeholders: r.stakeholders,
  summary: r.summary,
});

/**
 * The view of a loaded report: the working copy for its team, the latest published version for
 * everyone else (so a report being revised shows the public what was published).
 */
export async function viewReport(db: Executor, loaded: LoadedReport): Promise<SavedReportView> {
  const { row, city, team } = loaded;
  const versions = (await reportRepository.listReportVersions(db, row.id)).map((v) => ({
    version: Number(v.version),
    publishedAt: v.published_at,
  }));
  const published = row.published_version === null ? null : Number(row.published_version);
  const base = {
    id: row.id,
    scope: { kind: row.scope_kind, key: row.scope_key },
    city: city
      ? { id: city.id, slug: city.slug, name: city.name, country: city.country_iso3 }
      : null,
    publishedVersion: published,
    versions,
    updatedAt: row.updated_at,
  };
  if (!team && published !== null) {
    const doc = await publishedDocument(db, row, published);
    return {
      ...base,
      title: doc.title,
      lang: doc.lang,
      status: 'approved',
      version: published,
      reviewComment: null,
      narratives: doc.narratives,
      consultations: doc.consultations,
    };
  }
  const consultations = await reportRepository.listConsultationEntries(db, row.id);
  return {
    ...base,
    title: row.title,
    lang: row.lang,
    status: row.status,
    version: Number(row.version),
    reviewComment: row.review_comment,
    narratives: narrativesOf(row),
    consultations: consultations.map(toConsultation),
  };
}
