import { flagsOf, type ObservationRecord } from '@frontrunner/domain';
import { FRONTRUNNER_COLUMNS } from '../importers/frontrunner-csv/columns';
import { collect, csvLine } from './csv-writing';
import { write as writeXlsx } from './xlsx/write';

/**
 * The example row of the Excel template: 11.6.1 municipal solid waste collected, for the city
 * chosen at import (blank `geo_code`).
 */
export const EXAMPLE_RECORD: ObservationRecord = {
  indicator: '11.6.1',
  series: 'EN_REF_WASCOL',
  geoCode: '',
  unit: 'PERCENT',
  year: 2022,
  value: 85.5,
  disaggregation: {},
  flags: flagsOf(true, false, false),
  footnote: 'EXAMPLE: replace or delete this row',
  source: 'City environment office, waste survey 2022',
  nature: 'C',
};

/** The empty CSV template: a byte-order mark (for Excel) and the header line. */
export function csvTemplate(): Uint8Array {
  return new TextEncoder().encode(`\ufeff${csvLine([...FRONTRUNNER_COLUMNS])}`);
}

/** The Excel template: the header, {@link EXAMPLE_RECORD}, and the sheet explaining the columns. */
export function xlsxTemplate(): Promise<Uint8Array> {
  return collect(writeXlsx([EXAMPLE_RECORD]));
}
