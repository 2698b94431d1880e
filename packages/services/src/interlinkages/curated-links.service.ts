import {
  curatedLinksRepository as repo,
  frameworkRepository,
  withTransaction,
  type Executor,
} from '@frontrunner/db';
import {
  ConflictError,
  NotFoundError,
  ValidationError,
  type FieldProblem,
} from '@frontrunner/domain';
import { randomUUID } from 'node:crypto';
import type { ActionContext } from '../access/actor';
import { authorize } from '../access/policy';
import { describeActor, recordAudit } from '../audit/audit.service';
import type { Clock } from '../clock';
import { byCode } from './run-view';

/** The policy action of every change to curated links. */
const ACTION = 'interlinkage.curate';

/** A link from the literature or expert review, as readers see it. */
export interface CuratedLinkView {
  id: string;
  /** Target codes, `a` sorting first. */
  a: string;
  b: string;
  kind: 'synergy' | 'trade-off';
  /** Where the link comes from. */
  citation: string;
  note: string | null;
  /** ISO 8601 UTC. */
  createdAt: string;
  updatedAt: string;
}

/** What the secretariat writes. */
export interface CuratedLinkInput {
  readonly a: string;
  readonly b: string;
  readonly kind: 'synergy' | 'trade-off';
  readonly citation: string;
  readonly note?: string | null | undefined;
}

function present(row: repo.CuratedLinkRow): CuratedLinkView {
  return {
    id: row.id,
    a: row.target_a,
    b: row.target_b,
    kind: row.kind,
    citation: row.citation,
    note: row.note,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

/** Curated links, all or those touching some targets (public). */
export async function listCuratedLinks(
  db: Executor,
  filter: { targets?: readonly string[] | undefined } = {},
): Promise<CuratedLinkView[]> {
  return (await repo.listCuratedLinks(db, filter)).map(present);
}

/** Checks and normalises an input: two different, existing targets in code order, a citation. */
async function normalise(db: Executor, input: CuratedLinkInput) {
  const problems: FieldProblem[] = [];
  const citation = input.citation.trim();
  if (!citation)
    problems.push({ field: 'citation', message: 'is required: where the link comes from' });
  if (input.a === input.b) problems.push({ field: 'b', message: 'must differ from a' });
  const known = new Set(
    (await frameworkRepository.listTargets(db, { codes: [input.a, input.b] })).map((t) => t.code),
  );
  for (const field of ['a', 'b'] as const)
    if (!known.has(input[field])) problems.push({ field, message: `no target "${input[field]}"` });
  if (problems.length > 0) throw new ValidationError('Invalid curated link', problems);
  const [a, b] = [input.a, input.b].sort(byCode) as [string, string];
  return { target_a: a, target_b: b, kind: input.kind, citation, note: input.note?.trim() || null };
}

async function refuseDuplicate(
  db: Executor,
  row: Awaited<ReturnType<typeof normalise>>,
  id?: string,
) {
  const other = await repo.findCuratedLinkByKey(db, {
    targetA: row.target_a,
    targetB: row.target_b,
    kind: row.kind,
  });
  if (other && other.id !== id)
    throw new ConflictError(
      `A curated ${row.kind} between ${row.target_a} and ${row.target_b} exists`,
      {
        id: other.id,
      },
    );
}

/** Records a curated link (secretariat); audited. */
export async function createCuratedLink(
  db: Executor,
  ctx: ActionContext,
  input: CuratedLinkInput,
  clock: Clock,
): Promise<CuratedLinkView> {
  authorize(ctx.actor, ACTION);
  const at = clock();
  return withTransaction(db, async (trx) => {
    const fields = await normalise(trx, input);
    await refuseDuplicate(trx, fields);
    const row: repo.CuratedLinkRow = {
      id: randomUUID(),
      ...fields,
      created_by: describeActor(ctx.actor).id ?? 'anonymous',
      created_at: at.toISOString(),
      updated_at: at.toISOString(),
    };
    await repo.insertCuratedLink(trx, row);
    await recordAudit(trx, ctx, at, {
      action: ACTION,
      entityType: 'interlinkage_curated_link',
      entityId: row.id,
      after: present(row),
    });
    return present(row);
  });
}

/** Changes a curated link (secretariat); fields left out keep their value; audited. */
export async function updateCuratedLink(
  db: Executor,
  ctx: ActionContext,
  id: string,
  patch: Partial<CuratedLinkInput>,
  clock: Clock,
): Promise<CuratedLinkView> {
  authorize(ctx.actor, ACTION);
  const at = clock();
  return withTransaction(db, async (trx) => {
    const before = await repo.findCuratedLink(trx, id);
    if (!before) throw new NotFoundError('curated link', id);
    const fields = await normalise(trx, {
      a: patch.a ?? before.target_a,
      b: patch.b ?? before.target_b,
      kind: patch.kind ?? before.kind,
      citation: patch.citation ?? before.citation,
      note: patch.note === undefined ? before.note : patch.note,
    });
    await refuseDuplicate(trx, fields, id);
    const after: repo.CuratedLinkRow = { ...before, ...fields, updated_at: at.toISOString() };
    await repo.updateCuratedLink(trx, id, { ...fields, updated_at: after.updated_at });
    await recordAudit(trx, ctx, at, {
      action: ACTION,
      entityType: 'interlinkage_curated_link',
      entityId: id,
      before: present(before),
      after: present(after),
    });
    return present(after);
  });
}

/** Removes a curated link (secretariat); the audit entry keeps what it was. */
export async function deleteCuratedLink(
  db: Executor,
  ctx: ActionContext,
  id: string,
  clock: Clock,
): Promise<void> {
  authorize(ctx.actor, ACTION);
  const at = clock();
  await withTransaction(db, async (trx) => {
    const before = await repo.findCuratedLink(trx, id);
    if (!before) throw new NotFoundError('curated link', id);
    await repo.deleteCuratedLink(trx, id);
    await recordAudit(trx, ctx, at, {
      action: ACTION,
      entityType: 'interlinkage_curated_link',
      entityId: id,
      before: present(before),
    });
  });
}
