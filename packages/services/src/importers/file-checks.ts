import type { ImportProblem, ObservationInput } from '@frontrunner/domain';
import type { DisaggregationCache } from './disaggregation-cache';
import { DuplicateIndex } from './duplicate-index';

/**
 * Checks across the rows of one file: the same observation twice (`duplicate-row`, naming the
 * first row) and one series in two units (`unit-mismatch`, naming the row that set the unit).
 * An observation is the same when series (or indicator), area, year and disaggregation are.
 */
export class FileChecks {
  private readonly duplicates: DuplicateIndex | undefined;
  /** Series (or indicator) → its unit and the row that first gave it; as many as series. */
  private readonly units = new Map<string, { unit: string; row: number }>();

  constructor(
    private readonly file: string,
    checkDuplicates: boolean,
    private readonly disaggregations: DisaggregationCache,
  ) {
    this.duplicates = checkDuplicates ? new DuplicateIndex() : undefined;
  }

  /** The problems of one more observation, or undefined. */
  check(
    input: ObservationInput,
    columns: { unit: string; series: string },
  ): ImportProblem[] | undefined {
    const row = input.location.row;
    const what = input.series ?? input.indicator ?? '';
    let problems: ImportProblem[] | undefined;
    if (this.duplicates) {
      const d = this.disaggregations.key(input.disaggregation);
      const first = this.duplicates.add([what, input.geoCode ?? '', String(input.year), d], row);
      if (first !== undefined) {
        const text = [what, input.geoCode, input.year, d]
          .filter((p) => p !== undefined && p !== '')
          .join(' ');
        problems = [
          {
            file: this.file,
            row,
            column: columns.series,
            text,
            expected: `one row per series, area, year and disaggregation: row ${first} has the same`,
            kind: 'duplicate-row',
          },
        ];
      }
    }
    const unit = input.unit ?? '';
    const known = this.units.get(what);
    if (known === undefined) this.units.set(what, { unit, row });
    else if (known.unit !== unit) {
      (problems ??= []).push({
        file: this.file,
        row,
        column: columns.unit,
        text: unit,
        expected: `the unit of ${what || 'this indicator'} given in row ${known.row}: ${known.unit || '(blank)'}`,
        kind: 'unit-mismatch',
      });
    }
    return problems;
  }
}
