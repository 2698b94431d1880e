import { codebookRepository, type Executor } from '@frontrunner/db';
import type { ActionContext } from '../access/actor';
import { authorize } from '../access/policy';
import type { Clock } from '../clock';
import { loadCodebookContext } from './codebook-context';
import { refreshCityScores } from './score-refresh';
import { refreshEverything } from './scores.service';

/** What a recompute found and did. */
export interface RecomputeResult {
  /** The codebook version scores were brought up to date under. */
  version: number;
  /** Cities checked (those with approved values or stored scores). */
  checked: number;
  /** Cities recomputed (or, on a dry run, that would be). */
  recomputed: number;
  /** Country roll-ups recomputed. */
  countries: number;
  /** Whether the ASEAN roll-up was recomputed. */
  asean: boolean;
  dryRun: boolean;
}

/**
 * Brings every stored score up to date under the newest codebook version: the cities whose
 * inputs changed (all of them with `force`), then the national and ASEAN roll-ups. Reads keep
 * scores fresh on their own; this is for operators (after a bulk change, or to warm up).
 */
export async function recomputeScores(
  db: Executor,
  ctx: ActionContext,
  options: { force?: boolean | undefined; dryRun?: boolean | undefined },
  clock: Clock,
): Promise<RecomputeResult> {
  authorize(ctx.actor, 'score.recompute');
  const context = await loadCodebookContext(db);
  const result = await refreshEverything(db, context, clock, options);
  return {
    version: Number(context.version.version),
    checked: result.checked,
    recomputed: result.stale.length,
    countries: result.countries,
    asean: result.asean,
    dryRun: Boolean(options.dryRun),
  };
}

/**
 * After values were approved: recomputes the stored scores of their cities under the newest
 * codebook, so that the next read finds them fresh. Roll-ups are checked when they are read.
 * Does nothing before a codebook exists.
 */
export async function refreshAfterApproval(
  db: Executor,
  cityIds: readonly string[],
  clock: Clock,
): Promise<void> {
  if (cityIds.length === 0 || !(await codebookRepository.findLatestCodebookVersion(db))) return;
  const context = await loadCodebookContext(db);
  await refreshCityScores(db, context, { cityIds }, clock);
}
