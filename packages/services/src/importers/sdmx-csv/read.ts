import {
  NO_FLAGS,
  type ImportItem,
  type ImportProblem,
  type ObservationInput,
} from '@frontrunner/domain';
import type { RowCells } from '../cells';
import { eachItem, readCsv, type HeaderContext, type RowMapper } from '../csv-format';
import { dimensionColumns, rowDisaggregation, type DimensionColumn } from '../header-names';
import type { ImportSource, ReadOptions } from '../import-source';
import { unitMultiplier } from '../unit-multiplier';
import { readSdmxLayout, type SdmxLayout } from './layout';

/**
 * Reads SDMX-CSV 1.0 (`DATAFLOW` first) and 2.0 (`STRUCTURE,STRUCTURE_ID,ACTION` first) with the
 * SDG DSD (METHODS §8). FREQ, REPORTING_TYPE, SERIES, REF_AREA, TIME_PERIOD and OBS_VALUE are
 * read as such; every other column before TIME_PERIOD is a disaggregation (`SEX` → `sex`, `_T`
 * = all); UNIT_MEASURE, UNIT_MULT, OBS_STATUS, NATURE, SOURCE_DETAIL and COMMENT_OBS are read;
 * other attributes are ignored with a note. Headers and codes with labels (`SEX: Sex`,
 * `F: Female`) are read by their code.
 */
export function read(source: ImportSource, options: ReadOptions): AsyncGenerator<ImportItem> {
  return eachItem(readBatches(source, options));
}

/** {@link read}, a batch of items per chunk of the file: for consumers that count every promise. */
export function readBatches(
  source: ImportSource,
  options: ReadOptions,
): AsyncGenerator<ImportItem[]> {
  return readCsv(source, options, readSdmxHeader);
}

/** The SDMX-CSV header → a row mapper. */
export function readSdmxHeader(
  header: readonly string[],
  context: HeaderContext,
): RowMapper | ImportProblem[] {
  const problems: ImportProblem[] = [];
  const layout = readSdmxLayout(header, context, problems);
  if (layout === undefined) return problems;
  const dimensions = dimensionColumns(context.file, layout.names, layout.dimensions, problems);
  if (problems.length > 0) return problems;
  return sdmxRowMapper(layout, dimensions, context);
}

function sdmxRowMapper(
  layout: SdmxLayout,
  dimensions: readonly DimensionColumn[],
  context: HeaderContext,
): RowMapper {
  const { labelled } = layout;
  const file = context.file;
  const raw = (row: readonly string[], name: string): string | undefined => {
    const i = layout.at.get(name);
    return i === undefined ? undefined : row[i];
  };
  /** A coded cell: with labels (`F: Female`) the code is the part before `: `. */
  const strip = (text: string | undefined): string | undefined => {
    if (!labelled || text === undefined) return text;
    const colon = text.indexOf(': ');
    return colon < 0 ? text : text.slice(0, colon);
  };
  const code = (row: readonly string[], name: string): string | undefined => strip(raw(row, name));
  const multiplier = unitMultiplier(context, 'UNIT_MULT');
  return {
    columns: { series: 'SERIES', unit: 'UNIT_MEASURE' },
    map(row, cells): ObservationInput | undefined {
      checkFixed(cells, code(row, 'FREQ'), code(row, 'ACTION'));
      const power = multiplier(cells, code(row, 'UNIT_MULT'));
      const input: ObservationInput = {
        series: cells.code('SERIES', code(row, 'SERIES'), true),
        indicator: context.options.indicator,
        unit: cells.code('UNIT_MEASURE', code(row, 'UNIT_MEASURE')),
        geoCode: cells.code('REF_AREA', code(row, 'REF_AREA')),
        year: cells.year('TIME_PERIOD', raw(row, 'TIME_PERIOD')) as number,
        value: cells.value('OBS_VALUE', raw(row, 'OBS_VALUE'), power) as number,
        disaggregation: rowDisaggregation(row, cells, dimensions, context.disaggregations, strip),
        flags: cells.obsStatus('OBS_STATUS', code(row, 'OBS_STATUS')) ?? NO_FLAGS,
        footnote: cells.text('COMMENT_OBS', raw(row, 'COMMENT_OBS')),
        source: cells.text('SOURCE_DETAIL', raw(row, 'SOURCE_DETAIL')),
        nature: cells.nature('NATURE', code(row, 'NATURE')),
        location: { file, row: cells.row },
      };
      return cells.problems ? undefined : input;
    },
  };
}

/** Annual values only; SDMX-CSV 2.0 actions that add or replace, not delete. */
function checkFixed(cells: RowCells, freq: string | undefined, action: string | undefined): void {
  if (freq !== undefined && freq !== '' && freq !== 'A') {
    cells.problem('bad-code', 'FREQ', freq, 'FREQ A: annual values');
  }
  if (action !== undefined && action !== '' && !['I', 'R', 'M'].includes(action)) {
    cells.problem('bad-code', 'ACTION', action, 'ACTION I, R or M (deletions are not imported)');
  }
}
