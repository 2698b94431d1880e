import type { ObservationRecord } from '@frontrunner/domain';
import type { RecordSource } from './csv-writing';
import * as frontrunnerCsv from './frontrunner-csv/write';
import * as json from './json/write';
import * as openSdgCsv from './open-sdg-csv/write';
import * as sdmxCsv from './sdmx-csv/write';
import * as xlsx from './xlsx/write';

export { collect, type CsvWriteOptions, type RecordSource } from './csv-writing';
export { dimensionsOf, openSdgFileName, type OpenSdgWriteOptions } from './open-sdg-csv/write';
export { DEFAULT_DATAFLOW, type SdmxWriteOptions } from './sdmx-csv/write';
export { csvTemplate, EXAMPLE_RECORD, xlsxTemplate } from './templates';
export { zipFiles, type ZipEntry, type ZipOptions } from './zip';
export { writeIatiActivities, type IatiReportingOrg } from './iati/write';
export type { IatiActivity, IatiResult } from './iati/activity';
export { frontrunnerCsv, json, openSdgCsv, sdmxCsv, xlsx };

/** The formats records can be exported in: the import formats plus JSON. */
export type ExportFormat = 'open-sdg' | 'sdmx-csv' | 'csv' | 'xlsx' | 'json';

/** File name extension and media type of each export format. */
export const EXPORT_FILE_TYPES: Readonly<
  Record<ExportFormat, { extension: string; mediaType: string }>
> = {
  'open-sdg': { extension: 'csv', mediaType: 'text/csv; charset=utf-8' },
  'sdmx-csv': { extension: 'csv', mediaType: 'application/vnd.sdmx.data+csv; charset=utf-8' },
  csv: { extension: 'csv', mediaType: 'text/csv; charset=utf-8' },
  xlsx: {
    extension: 'xlsx',
    mediaType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  },
  json: { extension: 'json', mediaType: 'application/json' },
};

/**
 * Writes records in a format with its default options. Open SDG needs its disaggregation
 * columns first: pass `dimensions`, or records in memory (their keys are collected).
 */
export function writeExport(
  format: ExportFormat,
  records: RecordSource,
  dimensions?: readonly string[],
): AsyncIterable<Uint8Array> {
  switch (format) {
    case 'open-sdg':
      return openSdgCsv.write(records, { dimensions: dimensions ?? inMemoryDimensions(records) });
    case 'sdmx-csv':
      return sdmxCsv.write(records, {
        extraDimensions: (dimensions ?? []).filter((key) => !SDG_KEYS.has(key)),
      });
    case 'csv':
      return frontrunnerCsv.write(records);
    case 'xlsx':
      return xlsx.write(records);
    case 'json':
      return json.write(records);
  }
}

const SDG_KEYS = new Set(sdmxCsv.SDG_DIMENSION_KEYS);

function inMemoryDimensions(records: RecordSource): string[] {
  if (!Array.isArray(records)) throw new Error('Open SDG export of a stream needs its dimensions');
  return openSdgCsv.dimensionsOf(records as ObservationRecord[]);
}
