import type { ImportItem } from '@frontrunner/domain';
import { detectFormat, type ImportFormat } from './detect';
import * as frontrunnerCsv from './frontrunner-csv/read';
import type { BatchReader, ImportSource, ReadOptions, Reader } from './import-source';
import * as openSdgCsv from './open-sdg-csv/read';
import * as sdmxCsv from './sdmx-csv/read';
import * as xlsx from './xlsx/read';

export type { BatchReader, ImportSource, ReadOptions, Reader } from './import-source';
export { detectFormat, IMPORT_FORMATS, type ImportFormat } from './detect';
export { FRONTRUNNER_COLUMNS, FRONTRUNNER_COLUMN_HELP } from './frontrunner-csv/columns';
export { indicatorFromFileName } from './open-sdg-csv/read';

/** The reader of each format. */
export const READERS: Readonly<Record<ImportFormat, Reader>> = {
  'open-sdg': openSdgCsv.read,
  'sdmx-csv': sdmxCsv.read,
  csv: frontrunnerCsv.read,
  xlsx: xlsx.read,
};

/** The batch reader of each format: the same items, a batch per chunk of the file. */
export const BATCH_READERS: Readonly<Record<ImportFormat, BatchReader>> = {
  'open-sdg': openSdgCsv.readBatches,
  'sdmx-csv': sdmxCsv.readBatches,
  csv: frontrunnerCsv.readBatches,
  xlsx: xlsx.readBatches,
};

/**
 * Reads a file in the given format, or the detected one for `auto` (a file whose format cannot
 * be told yields one `bad-header` problem).
 */
export async function* readImport(
  source: ImportSource,
  options: ReadOptions & { readonly format: ImportFormat | 'auto' },
): AsyncGenerator<ImportItem> {
  const format = options.format === 'auto' ? await detectFormat(source) : options.format;
  if (typeof format !== 'string') {
    yield { ok: false, problem: format };
    return;
  }
  yield* READERS[format](source, options);
}
