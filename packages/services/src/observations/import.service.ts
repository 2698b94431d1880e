import { seriesRepository, type Executor } from '@frontrunner/db';
import {
  disaggregationKey,
  type ImportItem,
  type ImportProblem,
  type ObservationInput,
  type YearRange,
} from '@frontrunner/domain';
import type { ActionContext } from '../access/actor';
import { authorize } from '../access/policy';
import { describeActor, recordAudit } from '../audit/audit.service';
import type { Clock } from '../clock';
import { areaResource, type Area } from './area';
import { writeObservations, type ObservationChange, type WriteSummary } from './observation-writer';

/** The outcome of an import: counts when it was (or would be) written, problems when refused. */
export interface ImportResult {
  /** True when the values were written; false for a dry run or when any row was refused. */
  committed: boolean;
  dryRun: boolean;
  rows: number;
  inserted: number;
  changed: number;
  unchanged: number;
  /** Every problem, up to `maxProblems`; `problemCount` has the full number. */
  problems: ImportProblem[];
  problemCount: number;
}

/** Options of {@link importObservations}. */
export interface ImportOptions {
  readonly area: Area;
  readonly items: AsyncIterable<ImportItem>;
  readonly years: YearRange;
  readonly dryRun?: boolean;
  /** Shown in every version's history ("Imported from indicator_11-6-1.csv"). */
  readonly reason: string;
  readonly maxProblems?: number;
  /** Called every `batchSize` rows with the number read so far. */
  readonly onProgress?: (rows: number) => void;
  readonly batchSize?: number;
}

class Rollback extends Error {}

/**
 * Imports values into one area, all or nothing: every row is validated (series, unit, year,
 * area, duplicates across files) while streaming; if any row is refused or it is a dry run, the
 * transaction rolls back and nothing is written. Importing the same file twice changes nothing.
 */
export async function importObservations(
  db: Executor,
  ctx: ActionContext,
  options: ImportOptions,
  clock: Clock,
): Promise<ImportResult> {
  authorize(ctx.actor, 'observation.write', areaResource(options.area));
  const maxProblems = options.maxProblems ?? 1000;
  const batchSize = options.batchSize ?? 1000;
  const at = clock();
  const meta = { actorId: describeActor(ctx.actor).id ?? 'anonymous', at, reason: options.reason };
  const resolve = await seriesResolver(db);
  const result: ImportResult = {
    committed: false,
    dryRun: Boolean(options.dryRun),
    rows: 0,
    inserted: 0,
    changed: 0,
    unchanged: 0,
    problems: [],
    problemCount: 0,
  };
  const seen = new Map<string, string>();
  const problem = (p: ImportProblem) => {
    result.problemCount += 1;
    if (result.problems.length < maxProblems) result.problems.push(p);
  };
  const add = (s: WriteSummary) => {
    result.inserted += s.inserted;
    result.changed += s.changed;
    result.unchanged += s.unchanged;
  };
  try {
    await db.transaction().execute(async (trx) => {
      let batch: ObservationChange[] = [];
      for await (const item of options.items) {
        if (!item.ok) {
          problem(item.problem);
          continue;
        }
        result.rows += 1;
        const change = toChange(item.input, options, resolve, seen, problem);
        if (change && result.problemCount === 0) batch.push(change);
        if (batch.length >= batchSize) {
          add(await writeObservations(trx, options.area, batch, meta));
          batch = [];
        }
        if (result.rows % batchSize === 0) options.onProgress?.(result.rows);
      }
      if (result.problemCount === 0) add(await writeObservations(trx, options.area, batch, meta));
      options.onProgress?.(result.rows);
      if (result.problemCount > 0 || options.dryRun) throw new Rollback();
      await recordAudit(trx, ctx, at, {
        action: 'observation.import',
        entityType: 'import',
        entityId: options.reason,
        cityId: options.area.kind === 'city' ? options.area.id : null,
        country: options.area.kind === 'city' ? options.area.country : options.area.iso3,
        after: {
          rows: result.rows,
          inserted: result.inserted,
          changed: result.changed,
          unchanged: result.unchanged,
        },
      });
    });
    result.committed = true;
  } catch (err) {
    if (!(err instanceof Rollback)) throw err;
  }
  if (result.problemCount > 0) Object.assign(result, { inserted: 0, changed: 0, unchanged: 0 });
  return result;
}

type Resolver = (
  input: ObservationInput,
) => { id: string; unit: string } | { problem: Omit<ImportProblem, 'file' | 'row'> };

async function seriesResolver(db: Executor): Promise<Resolver> {
  const all = await seriesRepository.listSeriesKeys(db);
  const byCode = new Map(all.map((s) => [s.code.toUpperCase(), s]));
  const indicatorCodes = await seriesRepository.listIndicatorCodes(db);
  const byIndicator = new Map<string, typeof all>();
  for (const s of all) {
    if (!s.indicator_id) continue;
    byIndicator.set(s.indicator_id, [...(byIndicator.get(s.indicator_id) ?? []), s]);
  }
  return (input) => {
    if (input.series) {
      const s = byCode.get(input.series.toUpperCase());
      return (
        s ?? {
          problem: {
            column: 'series',
            text: input.series,
            expected: 'the code of a known series',
            kind: 'unknown-series',
          },
        }
      );
    }
    if (!input.indicator)
      return { problem: { expected: 'a series code or an indicator', kind: 'unknown-series' } };
    const indicatorId = indicatorCodes.get(input.indicator);
    if (!indicatorId) {
      return {
        problem: {
          column: 'indicator',
          text: input.indicator,
          expected: 'an SDG indicator number such as 11.6.1',
          kind: 'unknown-indicator',
        },
      };
    }
    const candidates = (byIndicator.get(indicatorId) ?? []).filter(
      (s) => !input.unit || sameUnit(s.unit, input.unit),
    );
    if (candidates.length === 1 && candidates[0]) return candidates[0];
    return {
      problem: {
        column: input.unit ? 'Units' : 'Series',
        text: input.unit ?? input.indicator,
        expected:
          candidates.length === 0
            ? `a unit of a series of ${input.indicator} (${(byIndicator.get(indicatorId) ?? []).map((s) => `${s.code}: ${s.unit}`).join('; ') || 'none defined yet'})`
            : `a Series column naming one of ${candidates.map((s) => s.code).join(', ')}`,
        kind: candidates.length === 0 ? 'unit-mismatch' : 'unknown-series',
      },
    };
  };
}

function sameUnit(a: string, b: string): boolean {
  return a.trim().toLowerCase() === b.trim().toLowerCase();
}

function toChange(
  input: ObservationInput,
  options: ImportOptions,
  resolve: Resolver,
  seen: Map<string, string>,
  problem: (p: ImportProblem) => void,
): ObservationChange | undefined {
  const where = { file: input.location.file, row: input.location.row };
  const series = resolve(input);
  if ('problem' in series) return void problem({ ...where, ...series.problem });
  if (input.unit && !sameUnit(series.unit, input.unit)) {
    return void problem({
      ...where,
      column: 'unit',
      text: input.unit,
      expected: `the series' unit "${series.unit}"`,
      kind: 'unit-mismatch',
    });
  }
  if (input.year < options.years.min || input.year > options.years.max) {
    return void problem({
      ...where,
      column: 'year',
      text: String(input.year),
      expected: `a year from ${options.years.min} to ${options.years.max}`,
      kind: 'year-out-of-range',
    });
  }
  if (input.geoCode && !matchesArea(input.geoCode, options.area)) {
    const expected =
      options.area.kind === 'city'
        ? `blank or the city's slug "${options.area.slug}"`
        : `blank or "${options.area.iso3}"`;
    return void problem({
      ...where,
      column: 'GeoCode',
      text: input.geoCode,
      expected,
      kind: 'unknown-area',
    });
  }
  const dkey = disaggregationKey(input.disaggregation);
  const key = `${series.id}\u0000${input.year}\u0000${dkey}`;
  const first = seen.get(key);
  if (first) {
    return void problem({
      ...where,
      text: `${input.year} ${dkey || '(all)'}`,
      expected: `one value per series, year and disaggregation (first at ${first})`,
      kind: 'duplicate-row',
    });
  }
  seen.set(key, `${where.file} row ${where.row}`);
  return {
    seriesId: series.id,
    year: input.year,
    disaggregationKey: dkey,
    content: {
      value: input.value,
      estimated: input.flags.estimated,
      provisional: input.flags.provisional,
      breakInSeries: input.flags.breakInSeries,
      footnote: input.footnote ?? null,
      source: input.source ?? null,
      nature: input.nature ?? null,
    },
  };
}

function matchesArea(geoCode: string, area: Area): boolean {
  const code = geoCode.trim().toLowerCase();
  return area.kind === 'city' ? code === area.slug : code === area.iso3.toLowerCase();
}
