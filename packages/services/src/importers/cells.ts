import {
  flagsFromObsStatus,
  isObservationNature,
  parseFlagLetters,
  SDMX_TOTAL_CODES,
  unescapeFormula,
  type ImportProblem,
  type ObservationFlags,
  type ObservationNature,
  type YearRange,
} from '@frontrunner/domain';

/** Rules for the cells of one file. */
export interface CellRules {
  readonly file: string;
  readonly years: YearRange;
  /** Longest footnote or source, in characters. */
  readonly maxTextLength: number;
  /** Accept `12,5` for 12.5: only in files separated by `;` or tabs, where it is unambiguous. */
  readonly decimalComma: boolean;
  /** Called the first time a decimal comma is read. */
  readonly onDecimalComma?: (row: number, column: string, text: string) => void;
}

/** Longest code (series, unit, area, dimension value), in characters. */
export const MAX_CODE_LENGTH = 200;
/** Longest text quoted back in a problem. */
const MAX_QUOTED = 100;

const NUMBER = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$/;
const COMMA_NUMBER = /^[+-]?\d+,\d+$/;
const YEAR = /^\d{4}$/;
const INDICATOR = /^\d{1,2}\.[a-z0-9]{1,2}\.\d{1,2}$/;

/**
 * Reads the cells of one row, collecting a problem for each cell that breaks a rule. Each method
 * takes the column name (for the problem) and the trimmed cell, and returns the value or
 * undefined. Text cells are unescaped (`'=1` → `=1`, see `escapeFormula`) and kept as text.
 */
export class RowCells {
  /** The problems found so far, undefined while there are none. */
  problems: ImportProblem[] | undefined;

  constructor(
    private readonly rules: CellRules,
    readonly row: number,
  ) {}

  /** Adds a problem with this row's file and row. */
  problem(
    kind: ImportProblem['kind'],
    column: string | undefined,
    text: string | undefined,
    expected: string,
  ): void {
    const quoted =
      text !== undefined && text.length > MAX_QUOTED ? `${text.slice(0, MAX_QUOTED)}…` : text;
    (this.problems ??= []).push({
      file: this.rules.file,
      row: this.row,
      column,
      text: quoted,
      expected,
      kind,
    });
  }

  /** A code (series, unit, area, dimension value); blank is missing when `required`. */
  code(column: string, cell: string | undefined, required = false): string | undefined {
    if (cell === undefined || cell === '') {
      if (required) this.problem('missing-value', column, '', `a value in ${column}`);
      return undefined;
    }
    if (cell.length > MAX_CODE_LENGTH) {
      this.problem('too-long', column, cell, `at most ${MAX_CODE_LENGTH} characters`);
      return undefined;
    }
    return unescapeFormula(cell);
  }

  /** A dimension value: blank and the SDMX totals `_T`, `_Z` mean "all" (undefined). */
  dimension(column: string, cell: string | undefined): string | undefined {
    if (cell === undefined || SDMX_TOTAL_CODES.includes(cell)) return undefined;
    const value = this.code(column, cell);
    if (value?.includes(';')) {
      this.problem('bad-code', column, cell, 'a dimension value without ";"');
      return undefined;
    }
    return value;
  }

  /** Free text (footnote, source): blank is undefined. */
  text(column: string, cell: string | undefined): string | undefined {
    if (cell === undefined || cell === '') return undefined;
    if (cell.length > this.rules.maxTextLength) {
      this.problem('too-long', column, cell, `at most ${this.rules.maxTextLength} characters`);
      return undefined;
    }
    return unescapeFormula(cell);
  }

  /**
   * A finite decimal number; no thousands separators, no formula, no `%`. `power` scales it by
   * 10^power exactly, by moving the decimal point (SDMX UNIT_MULT).
   */
  value(
    column: string,
    cell: string | undefined,
    power: number | undefined = 0,
  ): number | undefined {
    if (cell === undefined || cell === '') {
      this.problem(
        'missing-value',
        column,
        '',
        'a number (rows without a value are left out, not left blank)',
      );
      return undefined;
    }
    let text = cell;
    if (!NUMBER.test(text)) {
      if (!(this.rules.decimalComma && COMMA_NUMBER.test(text))) {
        const expected = this.rules.decimalComma
          ? 'a number such as 12.5 or 12,5, without thousands separators'
          : 'a number such as 12.5, without thousands separators';
        this.problem('non-numeric', column, cell, expected);
        return undefined;
      }
      this.rules.onDecimalComma?.(this.row, column, cell);
      text = text.replace(',', '.');
    }
    const value = Number(power ? scaled(text, power) : text);
    if (!Number.isFinite(value)) {
      this.problem('non-numeric', column, cell, 'a finite number');
      return undefined;
    }
    return value;
  }

  /** A calendar year within the rules' range. */
  year(column: string, cell: string | undefined): number | undefined {
    if (cell === undefined || !YEAR.test(cell)) {
      this.problem('bad-year', column, cell ?? '', 'a four-digit year such as 2020');
      return undefined;
    }
    const year = Number(cell);
    const { min, max } = this.rules.years;
    if (year < min || year > max) {
      this.problem('year-out-of-range', column, cell, `a year from ${min} to ${max}`);
      return undefined;
    }
    return year;
  }

  /** Indicator number such as `11.6.1`; blank is undefined. */
  indicator(column: string, cell: string | undefined): string | undefined {
    if (cell === undefined || cell === '') return undefined;
    if (!INDICATOR.test(cell)) {
      this.problem('unknown-indicator', column, cell, 'an indicator number such as 11.6.1');
      return undefined;
    }
    return cell;
  }

  /** Flag letters E, P, B (the project's formats). */
  flags(column: string, cell: string | undefined): ObservationFlags | undefined {
    const flags = parseFlagLetters(cell ?? '');
    if (flags === undefined)
      this.problem(
        'bad-flag',
        column,
        cell,
        'flag letters E (estimated), P (provisional), B (break in series)',
      );
    return flags;
  }

  /** An SDMX OBS_STATUS code; our letter combinations (`EP`) are read too. */
  obsStatus(column: string, cell: string | undefined): ObservationFlags | undefined {
    const code = (cell ?? '').toUpperCase();
    const flags = flagsFromObsStatus(code) ?? parseFlagLetters(code);
    if (flags === undefined)
      this.problem('bad-flag', column, cell, 'an OBS_STATUS of A, E, P or B');
    return flags;
  }

  /** A NATURE code (C, CA, E, M, G, N), any case; blank is undefined. */
  nature(column: string, cell: string | undefined): ObservationNature | undefined {
    if (cell === undefined || cell === '') return undefined;
    const code = cell.toUpperCase();
    if (isObservationNature(code)) return code;
    this.problem('bad-code', column, cell, 'a NATURE of C, CA, E, M, G or N');
    return undefined;
  }
}

/** A decimal text times 10^power, as text: `1.5`, 3 → `1.5e3`; `2e-1`, 3 → `2e2`. */
function scaled(text: string, power: number): string {
  const e = text.search(/[eE]/);
  const exponent = e < 0 ? 0 : Number(text.slice(e + 1));
  return `${e < 0 ? text : text.slice(0, e)}e${exponent + power}`;
}
