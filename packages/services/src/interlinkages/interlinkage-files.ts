import {
  interlinkagesReport,
  type InterlinkageObservation,
  type InterlinkageSeries,
  type InterlinkagesReport,
} from '@frontrunner/domain';
import { basename } from 'node:path';
import { ProblemList, readCsvRecords } from '../files/csv-records';
import { readScoringObservationsCsv } from '../scoring/score-files';

/**
 * Reads the series catalogue of an interlinkage analysis: `series,target,direction` with
 * direction `higher` or `lower` (which is better).
 * @throws ValidationError listing every bad cell with file, row and column
 */
export async function readInterlinkageSeriesCsv(path: string): Promise<InterlinkageSeries[]> {
  const problems = new ProblemList(basename(path));
  const out: InterlinkageSeries[] = [];
  for await (const record of readCsvRecords(path, ['series', 'target', 'direction'])) {
    const { series = '', target = '', direction = '' } = record.values;
    if (!series) problems.add(record.row, 'series', 'is empty');
    if (!/^\d{1,2}\.[0-9a-z]{1,2}$/.test(target))
      problems.add(record.row, 'target', `expected a target code like 11.6, found "${target}"`);
    if (direction !== 'higher' && direction !== 'lower') {
      problems.add(record.row, 'direction', `expected "higher" or "lower", found "${direction}"`);
      continue;
    }
    if (series) out.push({ series, target, direction });
  }
  problems.throwIfAny('the series');
  return out;
}

/** Computes the interlinkage report from files, with no database (METHODS §5). */
export async function interlinkagesFromFiles(options: {
  observations: string;
  series: string;
  minYears: number;
  threshold: number;
}): Promise<InterlinkagesReport> {
  const [observations, series] = await Promise.all([
    readScoringObservationsCsv(options.observations) as Promise<InterlinkageObservation[]>,
    readInterlinkageSeriesCsv(options.series),
  ]);
  return interlinkagesReport(observations, series, {
    minYears: options.minYears,
    threshold: options.threshold,
  });
}
