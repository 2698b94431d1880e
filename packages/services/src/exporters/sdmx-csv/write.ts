import {
  obsStatusOf,
  SDMX_ATTRIBUTES,
  SDMX_DISAGGREGATION_DIMENSIONS,
  SDMX_KEY_DIMENSIONS,
  SDMX_TOTAL,
  dimensionKey,
  sdmxDimension,
  type ObservationRecord,
} from '@frontrunner/domain';
import {
  csvFile,
  csvLine,
  numberCell,
  textCell,
  type CsvWriteOptions,
  type RecordSource,
} from '../csv-writing';

/** Options of the SDMX-CSV writer. */
export interface SdmxWriteOptions extends CsvWriteOptions {
  /** SDMX-CSV version. Default 2.0 (`STRUCTURE,STRUCTURE_ID,ACTION` first). */
  readonly version?: '1.0' | '2.0';
  /** The dataflow written in DATAFLOW / STRUCTURE_ID. */
  readonly dataflow?: string;
  /** REPORTING_TYPE: N national (default), G global. */
  readonly reportingType?: string;
  /**
   * Disaggregation keys that are not SDG DSD dimensions (e.g. a city's own `district`), written
   * as extra dimension columns before TIME_PERIOD so that import gives them back.
   */
  readonly extraDimensions?: readonly string[];
}

/** The dataflow written by default: the SDG DSD's dimensions, published by a city. */
export const DEFAULT_DATAFLOW = 'FRONTRUNNER:DF_SDG_LOCAL(1.0)';

/** Our keys of the SDG DSD disaggregation dimensions (`sex`, `age`, …). */
export const SDG_DIMENSION_KEYS: readonly string[] =
  SDMX_DISAGGREGATION_DIMENSIONS.map(dimensionKey);
const DSD_KEYS = SDG_DIMENSION_KEYS;
const RESERVED = new Set<string>([
  ...SDMX_KEY_DIMENSIONS,
  ...SDMX_ATTRIBUTES,
  'TIME_PERIOD',
  'OBS_VALUE',
]);

/**
 * Writes SDMX-CSV with the SDG DSD (METHODS §8): the dimensions in DSD order with `_T` for an
 * absent one, TIME_PERIOD, OBS_VALUE, then UNIT_MEASURE, UNIT_MULT (always 0: values are in
 * plain units), OBS_STATUS, NATURE, SOURCE_DETAIL, COMMENT_OBS. SDMX carries one OBS_STATUS, so
 * a value with several flags keeps the strongest (B, then E, then P): the one lossy case.
 */
export function write(
  records: RecordSource,
  options: SdmxWriteOptions = {},
): AsyncGenerator<Uint8Array> {
  const version = options.version ?? '2.0';
  const dataflow = options.dataflow ?? DEFAULT_DATAFLOW;
  const extra = options.extraDimensions ?? [];
  for (const key of extra) {
    if (DSD_KEYS.includes(key) || RESERVED.has(sdmxDimension(key)) || dimensionKey(key) !== key) {
      throw new Error(`SDMX export: "${key}" cannot be an extra dimension`);
    }
  }
  const keys = [...DSD_KEYS, ...extra];
  const known = new Set(keys);
  const prefix = version === '1.0' ? [dataflow] : ['dataflow', dataflow, 'I'];
  const header = [
    ...(version === '1.0' ? ['DATAFLOW'] : ['STRUCTURE', 'STRUCTURE_ID', 'ACTION']),
    ...SDMX_KEY_DIMENSIONS,
    ...keys.map(sdmxDimension),
    'TIME_PERIOD',
    'OBS_VALUE',
    ...SDMX_ATTRIBUTES,
  ];
  const fixed = [...prefix.map(textCell), 'A', textCell(options.reportingType ?? 'N')];
  return csvFile(
    header,
    records,
    (record: ObservationRecord) => {
      const d = record.disaggregation;
      for (const key in d) {
        if (!known.has(key))
          throw new Error(`SDMX export: dimension "${key}" is not in the header`);
      }
      return csvLine([
        ...fixed,
        textCell(record.series),
        textCell(record.geoCode),
        ...keys.map((key) => (d[key] === undefined ? SDMX_TOTAL : textCell(d[key]))),
        String(record.year),
        numberCell(record.value),
        textCell(record.unit),
        '0',
        obsStatusOf(record.flags).code,
        record.nature ?? '',
        textCell(record.source),
        textCell(record.footnote),
      ]);
    },
    options,
  );
}
