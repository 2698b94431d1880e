import { reportRepository, type Executor } from '@frontrunner/db';
import { NotFoundError, type ReportDocument } from '@frontrunner/domain';
import type { Actor } from '../access/actor';
import type { Clock } from '../clock';
import { assembleReportData, type ReportTarget } from './assemble';
import { storedScores } from './scores-from-service';
import {
  loadReport,
  narrativesOf,
  publishedDocument,
  toConsultation,
  type LoadedReport,
} from './saved-report-view';

function targetOf(row: reportRepository.ReportRow): ReportTarget {
  if (row.scope_kind === 'city') return { kind: 'city', slug: row.scope_key };
  if (row.scope_kind === 'country') return { kind: 'country', iso3: row.scope_key };
  return { kind: 'asean' };
}

/**
 * The working copy of a report as a document: its narratives and consultation log with the
 * platform's data as it is now.
 */
export async function workingDocument(
  db: Executor,
  loaded: LoadedReport,
  clock: Clock,
): Promise<ReportDocument> {
  const { row } = loaded;
  const [data, consultations] = await Promise.all([
    assembleReportData(db, targetOf(row), {
      lang: row.lang,
      scores: storedScores(db, clock),
      clock,
    }),
    reportRepository.listConsultationEntries(db, row.id),
  ]);
  return {
    title: row.title,
    lang: row.lang,
    status: row.status,
    version: Number(row.version),
    narratives: narrativesOf(row),
    consultations: consultations.map(toConsultation),
    data,
  };
}

/**
 * The document of a saved report to print. A published version is the frozen document (so it
 * does not change when data does): the one asked for, or the latest. Without a version, the
 * report's team gets its working copy until it is approved; everyone else the latest published.
 * @throws NotFoundError for a report or version the actor may not see
 */
export async function savedReportDocument(
  db: Executor,
  actor: Actor,
  id: string,
  options: { version?: number | undefined; clock: Clock },
): Promise<ReportDocument> {
  const loaded = await loadReport(db, actor, id);
  const { row, team } = loaded;
  const published = row.published_version === null ? null : Number(row.published_version);
  if (options.version !== undefined) return publishedDocument(db, row, options.version);
  if (team && row.status !== 'approved') return workingDocument(db, loaded, options.clock);
  if (published === null) throw new NotFoundError('report', id);
  return publishedDocument(db, row, published);
}
