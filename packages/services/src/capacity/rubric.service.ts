import { graduationRepository as repo, withTransaction, type Executor } from '@frontrunner/db';
import {
  ConflictError,
  DEFAULT_RUBRIC,
  newRubricVersion,
  NotFoundError,
  type Rubric,
} from '@frontrunner/domain';
import type { ActionContext } from '../access/actor';
import { authorize } from '../access/policy';
import { recordAudit } from '../audit/audit.service';
import type { Clock } from '../clock';

function fromRow(row: repo.RubricVersionRow): Rubric {
  return { ...(JSON.parse(row.rubric) as Omit<Rubric, 'version'>), version: Number(row.version) };
}

/** The current rubric: the newest published version, else the default (version 1). */
export async function currentRubric(db: Executor): Promise<Rubric> {
  const row = await repo.findLatestRubric(db);
  return row ? fromRow(row) : DEFAULT_RUBRIC;
}

/** A rubric version; version 1 is the default until the secretariat publishes its own. */
export async function getRubric(db: Executor, version: number): Promise<Rubric> {
  const row = await repo.findRubric(db, version);
  if (row) return fromRow(row);
  if (version === DEFAULT_RUBRIC.version) return DEFAULT_RUBRIC;
  throw new NotFoundError('rubric version', String(version));
}

/** Every version, newest first (the default included). */
export async function listRubrics(db: Executor): Promise<Rubric[]> {
  const rows = (await repo.listRubrics(db)).map(fromRow);
  return rows.some((r) => r.version === DEFAULT_RUBRIC.version) ? rows : [...rows, DEFAULT_RUBRIC];
}

/** Stores the default rubric as version 1 if nothing is stored, so assessments can refer to it. */
export async function ensureRubricStored(db: Executor, at: Date): Promise<Rubric> {
  const row = await repo.findLatestRubric(db);
  if (row) return fromRow(row);
  const { version, ...rubric } = DEFAULT_RUBRIC;
  await repo.insertRubric(db, {
    version,
    rubric: JSON.stringify(rubric),
    created_at: at.toISOString(),
  });
  return DEFAULT_RUBRIC;
}

/**
 * Publishes a new rubric version (secretariat). Assessments already started keep the version
 * they were made with.
 */
export async function publishRubric(
  deps: { db: Executor; clock: Clock },
  ctx: ActionContext,
  draft: Omit<Rubric, 'version'>,
): Promise<Rubric> {
  authorize(ctx.actor, 'rubric.manage');
  return withTransaction(deps.db, async (trx) => {
    const now = deps.clock();
    const previous = await ensureRubricStored(trx, now);
    const rubric = newRubricVersion(draft, previous);
    const { version, ...body } = rubric;
    const stored = await repo.insertRubric(trx, {
      version,
      rubric: JSON.stringify(body),
      created_at: now.toISOString(),
    });
    // Two publishes at once both read the same previous version: the second must not vanish.
    if (!stored)
      throw new ConflictError(
        `Rubric version ${version} was published meanwhile; reload it and publish again`,
        { version },
      );
    await recordAudit(trx, ctx, now, {
      action: 'rubric.manage',
      entityType: 'rubric',
      entityId: String(version),
      before: { version: previous.version },
      after: rubric,
    });
    return rubric;
  });
}
