import { scoresRepository as repo, type Executor } from '@frontrunner/db';
import { rollUp, type ColourCounts, type RollUpMember } from '@frontrunner/domain';
import { randomUUID } from 'node:crypto';
import type { Clock } from '../clock';
import type { CodebookContext } from './codebook-context';
import { sha256, type ComputedScore } from './score-compute';
import { storeScores } from './score-refresh';

/** The unit key of a country roll-up, and of ASEAN's. */
export const countryUnitKey = (iso3: string): string => `country:${iso3}`;
export const ASEAN_UNIT_KEY = 'asean';

/** A stored unit with its goal rows. */
interface StoredUnit {
  readonly row: repo.UnitScoreRow;
  readonly goals: readonly repo.GoalScoreRow[];
}

async function withGoals(db: Executor, rows: readonly repo.UnitScoreRow[]): Promise<StoredUnit[]> {
  const goals = await repo.listGoalScores(
    db,
    rows.map((r) => r.id),
  );
  return rows.map((row) => ({ row, goals: goals.filter((g) => g.unit_score_id === row.id) }));
}

/** A stored city or country as a member of a roll-up. */
function asMember({ row, goals }: StoredUnit): RollUpMember {
  return {
    index: row.index_score === null ? null : Number(row.index_score),
    goals: goals.map((g) => ({
      goal: Number(g.goal),
      score: g.score === null ? null : Number(g.score),
      colours:
        g.colours !== null ? (JSON.parse(g.colours) as ColourCounts) : { [g.colour ?? 'grey']: 1 },
    })),
  };
}

/** The rows of a roll-up of members, fingerprinted by the members' own fingerprints. */
function rollUpRows(
  context: CodebookContext,
  unit: { kind: 'country' | 'asean'; key: string; country: string | null },
  members: readonly StoredUnit[],
  at: Date,
): ComputedScore {
  const id = randomUUID();
  const result = rollUp(members.map(asMember));
  const keys = members.map((m) => m.row.unit_key).sort();
  return {
    unit: {
      id,
      unit_kind: unit.kind,
      unit_key: unit.key,
      city_id: null,
      country_iso3: unit.country,
      codebook_version_id: context.version.id,
      fingerprint: rollUpFingerprint(context, members),
      index_score: result.index,
      missing_share: null,
      index_members: result.indexMembers,
      members: JSON.stringify(keys),
      computed_at: at.toISOString(),
    },
    goals: result.goals.map((g) => ({
      unit_score_id: id,
      goal: g.goal,
      score: g.score,
      colour: null,
      trend: null,
      distance: null,
      scored: g.members,
      colours: JSON.stringify(g.colours),
    })),
    indicators: [],
  };
}

function rollUpFingerprint(context: CodebookContext, members: readonly StoredUnit[]): string {
  return sha256({
    codebook: context.version.id,
    members: members.map((m) => [m.row.unit_key, m.row.fingerprint]).sort(),
  });
}

/** Stores a roll-up unless the stored one has the same fingerprint; returns whether it did. */
async function refreshOne(
  db: Executor,
  context: CodebookContext,
  unit: { kind: 'country' | 'asean'; key: string; country: string | null },
  members: readonly StoredUnit[],
  clock: Clock,
): Promise<boolean> {
  const [stored] = await repo.listUnitScores(db, {
    codebookVersionId: context.version.id,
    unitKeys: [unit.key],
  });
  if (stored?.fingerprint === rollUpFingerprint(context, members)) return false;
  await storeScores(db, [rollUpRows(context, unit, members, clock())]);
  return true;
}

/**
 * Rolls a country up from the stored scores of its cities that have at least one value (their
 * scores must be fresh: refresh the country's cities first). Returns whether it was recomputed.
 */
export async function refreshCountryRollUp(
  db: Executor,
  context: CodebookContext,
  iso3: string,
  clock: Clock,
): Promise<boolean> {
  const cities = (
    await repo.listUnitScores(db, {
      codebookVersionId: context.version.id,
      unitKind: 'city',
      country: iso3,
    })
  ).filter((r) => Number(r.missing_share) < 1);
  const members = await withGoals(db, cities);
  return refreshOne(
    db,
    context,
    { kind: 'country', key: countryUnitKey(iso3), country: iso3 },
    members,
    clock,
  );
}

/**
 * Rolls ASEAN up from the stored roll-ups of its countries (refresh them first), each country
 * weighing the same. Returns whether it was recomputed.
 */
export async function refreshAseanRollUp(
  db: Executor,
  context: CodebookContext,
  clock: Clock,
): Promise<boolean> {
  const countries = (
    await repo.listUnitScores(db, { codebookVersionId: context.version.id, unitKind: 'country' })
  ).filter((r) => (JSON.parse(r.members ?? '[]') as string[]).length > 0);
  const members = await withGoals(db, countries);
  return refreshOne(
    db,
    context,
    { kind: 'asean', key: ASEAN_UNIT_KEY, country: null },
    members,
    clock,
  );
}
