import {
  scoreUnits,
  type CodebookEntry,
  type ScoringObservation,
  type UnitScore,
} from '@frontrunner/domain';
import { basename } from 'node:path';
import { numberCell, ProblemList, readCsvRecords } from '../files/csv-records';

/**
 * Reads a scoring codebook CSV: `series,goal,optimum,green,red,lower_bound` (required) and
 * optionally `direction`, `trend_from`, `justification`; other columns are ignored.
 * @throws ValidationError listing every bad cell with file, row and column
 */
export async function readCodebookCsv(path: string): Promise<CodebookEntry[]> {
  const problems = new ProblemList(basename(path));
  const entries: CodebookEntry[] = [];
  const seen = new Map<string, number>();
  for await (const record of readCsvRecords(path, [
    'series',
    'goal',
    'optimum',
    'green',
    'red',
    'lower_bound',
  ])) {
    const v = record.values;
    const series = v.series ?? '';
    if (!series) problems.add(record.row, 'series', 'is empty');
    const first = seen.get(series);
    if (first !== undefined)
      problems.add(record.row, 'series', `"${series}" is already defined at row ${first}`);
    seen.set(series, record.row);
    const goal = numberCell(problems, record, 'goal');
    if (goal !== undefined && (!Number.isInteger(goal) || goal < 1 || goal > 17)) {
      problems.add(record.row, 'goal', `expected a goal number 1–17, found "${v.goal}"`);
    }
    const optimum = numberCell(problems, record, 'optimum');
    const green = numberCell(problems, record, 'green');
    const red = numberCell(problems, record, 'red');
    const lowerBound = numberCell(problems, record, 'lower_bound');
    const direction = v.direction?.trim() || undefined;
    if (direction !== undefined && direction !== 'higher' && direction !== 'lower') {
      problems.add(record.row, 'direction', `expected "higher" or "lower", found "${direction}"`);
    }
    const trendFrom = v.trend_from?.trim() ? numberCell(problems, record, 'trend_from') : undefined;
    if (
      goal === undefined ||
      optimum === undefined ||
      green === undefined ||
      red === undefined ||
      lowerBound === undefined
    )
      continue;
    if (optimum === lowerBound) problems.add(record.row, 'lower_bound', 'must differ from optimum');
    entries.push({
      series,
      goal,
      optimum,
      green,
      red,
      lowerBound,
      ...(direction ? { direction: direction as 'higher' | 'lower' } : {}),
      ...(trendFrom !== undefined ? { trendFrom } : {}),
      ...(v.justification ? { justification: v.justification } : {}),
    });
  }
  problems.throwIfAny('the codebook');
  return entries;
}

/**
 * Reads scoring observations, `unit,series,year,value`, checking every cell.
 * @throws ValidationError listing every bad cell with file, row and column
 */
export async function readScoringObservationsCsv(path: string): Promise<ScoringObservation[]> {
  const problems = new ProblemList(basename(path));
  const out: ScoringObservation[] = [];
  for await (const record of readCsvRecords(path, ['unit', 'series', 'year', 'value'])) {
    const unit = record.values.unit ?? '';
    const series = record.values.series ?? '';
    if (!unit) problems.add(record.row, 'unit', 'is empty');
    if (!series) problems.add(record.row, 'series', 'is empty');
    const year = numberCell(problems, record, 'year');
    if (year !== undefined && !Number.isInteger(year))
      problems.add(record.row, 'year', `expected a whole year, found "${record.values.year}"`);
    const value = numberCell(problems, record, 'value');
    if (unit && series && year !== undefined && value !== undefined)
      out.push({ unit, series, year, value });
  }
  problems.throwIfAny('the observations');
  return out;
}

/** The JSON document of `frontrunner score` with files. */
export interface ScoreDocument {
  units: {
    unit: string;
    index: number | null;
    goals: { goal: number; score: number | null; colour: string; trend: string }[];
    indicators: { series: string; score: number | null; colour: string; trend: string }[];
  }[];
}

/**
 * Scores observations against a codebook, from files, with no database: the same domain
 * arithmetic as the platform's stored scores (METHODS §1–3).
 */
export async function scoreFiles(
  codebookPath: string,
  observationsPath: string,
): Promise<ScoreDocument> {
  const codebook = await readCodebookCsv(codebookPath);
  const observations = await readScoringObservationsCsv(observationsPath);
  return presentScores(scoreUnits(codebook, observations));
}

/** The documented JSON shape of unit scores. */
export function presentScores(units: readonly UnitScore[]): ScoreDocument {
  return {
    units: [...units]
      .sort((a, b) => (a.unit < b.unit ? -1 : a.unit > b.unit ? 1 : 0))
      .map((u) => ({
        unit: u.unit,
        index: u.index,
        goals: u.goals.map((g) => ({
          goal: g.goal,
          score: g.score,
          colour: g.colour,
          trend: g.trend,
        })),
        indicators: u.indicators.map((i) => ({
          series: i.series,
          score: i.score,
          colour: i.colour,
          trend: i.trend,
        })),
      })),
  };
}
