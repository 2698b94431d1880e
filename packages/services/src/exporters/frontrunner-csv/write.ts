import { disaggregationKey, flagLetters, type ObservationRecord } from '@frontrunner/domain';
import { FRONTRUNNER_COLUMNS } from '../../importers/frontrunner-csv/columns';
import {
  csvFile,
  csvLine,
  numberCell,
  textCell,
  type CsvWriteOptions,
  type RecordSource,
} from '../csv-writing';

/**
 * Writes the project's CSV template (importers/frontrunner-csv/README.md), with a byte-order mark
 * by default so that Excel opens non-Latin scripts correctly. Reading it back gives the same
 * records.
 */
export function write(
  records: RecordSource,
  options: CsvWriteOptions = {},
): AsyncGenerator<Uint8Array> {
  return csvFile(FRONTRUNNER_COLUMNS, records, (record) => csvLine(frontrunnerCells(record)), {
    bom: options.bom ?? true,
  });
}

/** The cells of one record, in {@link FRONTRUNNER_COLUMNS} order, ready for CSV. */
export function frontrunnerCells(record: ObservationRecord): string[] {
  return [
    textCell(record.indicator),
    textCell(record.series),
    textCell(record.geoCode),
    String(record.year),
    numberCell(record.value),
    textCell(record.unit),
    textCell(disaggregationKey(record.disaggregation)),
    flagLetters(record.flags),
    textCell(record.footnote),
    textCell(record.source),
    record.nature ?? '',
  ];
}
