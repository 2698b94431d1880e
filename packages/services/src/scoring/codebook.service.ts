import {
  codebookRepository,
  frameworkRepository,
  seriesRepository,
  withTransaction,
  type Executor,
} from '@frontrunner/db';
import {
  checkCodebook,
  NotFoundError,
  peerLowerBoundProblem,
  ValidationError,
  type FieldProblem,
} from '@frontrunner/domain';
import type { ActionContext } from '../access/actor';
import { authorize } from '../access/policy';
import { describeActor, recordAudit } from '../audit/audit.service';
import type { Clock } from '../clock';
import { loadCodebookContext, toDomainEntry } from './codebook-context';
import { asEntryRow, boundOf, entryOf, insertNextVersion, type NewEntry } from './codebook-version';
import type { VersionQuery } from './scores.service';
import {
  toBoundView,
  toEntryView,
  toVersionView,
  type CodebookEntryView,
  type CodebookVersionView,
  type PeerBoundView,
} from './score-views';

/** A codebook version with its entries, its peer-group bounds and the list of all versions. */
export interface CodebookView {
  codebook: CodebookVersionView;
  entries: CodebookEntryView[];
  peerGroupBounds: PeerBoundView[];
  /** Every version, newest first. */
  versions: CodebookVersionView[];
}

/** The codebook (newest version unless asked); public. @throws NotFoundError */
export async function getCodebook(db: Executor, query: VersionQuery = {}): Promise<CodebookView> {
  const context = await loadCodebookContext(db, query.version);
  const versions = await codebookRepository.listCodebookVersions(db);
  return {
    codebook: toVersionView(context.version, context.current),
    entries: context.entries.map(toEntryView),
    peerGroupBounds: context.bounds.map(toBoundView),
    versions: versions.map((v, i) => toVersionView(v, i === 0)),
  };
}

/** A new or changed codebook entry; absent fields keep the current entry's. */
export interface EntryChange {
  goal?: number | undefined;
  targets?: readonly string[] | undefined;
  optimum: number;
  green: number;
  red: number;
  lowerBound: number;
  trendFrom?: number | null | undefined;
  justification: string;
  source: string;
  /** Why the change: kept as the new version's note. */
  note: string;
}

async function checkTargets(db: Executor, targets: readonly string[]): Promise<FieldProblem[]> {
  if (targets.length === 0) return [{ field: 'targets', message: 'needs at least one SDG target' }];
  const known = new Set(
    (await frameworkRepository.listTargets(db, { codes: targets })).map((t) => t.code),
  );
  const unknown = targets.filter((t) => !known.has(t));
  return unknown.length > 0
    ? [{ field: 'targets', message: `unknown SDG targets: ${unknown.join(', ')}` }]
    : [];
}

/**
 * Sets one series' codebook entry (the secretariat): writes a new codebook version with the
 * entry changed (or added at the end), every other entry and peer-group bound carried over —
 * except bounds of this series that the new optimum makes unusable — and audits it. Scores
 * stored under older versions keep their version.
 * @throws NotFoundError for an unknown series; ValidationError naming each bad field;
 *   ConflictError when another version was written meanwhile
 */
export async function setCodebookEntry(
  db: Executor,
  ctx: ActionContext,
  seriesCode: string,
  change: EntryChange,
  clock: Clock,
): Promise<CodebookView> {
  authorize(ctx.actor, 'codebook.write');
  const series = await seriesRepository.findSeriesByCode(db, seriesCode);
  if (!series) throw new NotFoundError('series', seriesCode);
  const base = await loadCodebookContext(db);
  const existing = base.entries.find((e) => e.series_id === series.id);
  const goal = change.goal ?? (existing ? Number(existing.goal) : undefined);
  const targets = change.targets ?? (existing ? (JSON.parse(existing.targets) as string[]) : []);
  const problems: FieldProblem[] = [];
  if (goal === undefined) problems.push({ field: 'goal', message: 'is required for a new entry' });
  problems.push(...(await checkTargets(db, targets)));
  const entry: NewEntry = {
    series_id: series.id,
    goal: goal ?? 0,
    targets: JSON.stringify(targets),
    optimum: change.optimum,
    green: change.green,
    red: change.red,
    lower_bound: change.lowerBound,
    direction: change.optimum < change.lowerBound ? 'lower' : 'higher',
    trend_from: change.trendFrom === undefined ? (existing?.trend_from ?? null) : change.trendFrom,
    justification: change.justification,
    source: change.source,
  };
  const checked = checkCodebook([toDomainEntry(asEntryRow(entry, series))]);
  problems.push(
    ...checked
      .filter((p) => !(goal === undefined && p.field.endsWith('.goal')))
      .map((p) => ({ field: p.field.replace(/^codebook\[0\]\./, ''), message: p.message })),
  );
  if (problems.length > 0) throw new ValidationError('The codebook entry is invalid', problems);
  const entries = existing
    ? base.entries.map((e) => (e.series_id === series.id ? entry : entryOf(e)))
    : [...base.entries.map(entryOf), entry];
  const kept = base.bounds.filter(
    (b) =>
      b.series_id !== series.id ||
      peerLowerBoundProblem(
        { optimum: change.optimum, lowerBound: change.lowerBound },
        Number(b.lower_bound),
      ) === undefined,
  );
  const at = clock();
  const version = await withTransaction(db, async (trx) => {
    const next = await insertNextVersion(trx, base, {
      entries,
      bounds: kept.map(boundOf),
      note: change.note,
      createdBy: describeActor(ctx.actor).id ?? 'anonymous',
      at,
    });
    await recordAudit(trx, ctx, at, {
      action: 'codebook.write',
      entityType: 'codebook_entry',
      entityId: `${seriesCode}@${next}`,
      before: existing ? { version: Number(base.version.version), ...toEntryView(existing) } : null,
      after: {
        version: next,
        note: change.note,
        ...toEntryView(asEntryRow(entry, series)),
        droppedPeerGroupBounds: base.bounds.length - kept.length,
      },
    });
    return next;
  });
  return getCodebook(db, { version });
}
