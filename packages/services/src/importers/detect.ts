import type { ImportProblem } from '@frontrunner/domain';
import { detectSeparator } from './csv-records';
import { CsvTokenizer, type CsvRecord } from './csv-tokenizer';
import { FRONTRUNNER_COLUMNS } from './frontrunner-csv/columns';
import { bytesOf, type ImportSource } from './import-source';
import { TextDecoding } from './text-decoding';

/** The formats `frontrunner import --format` names. `csv` is the project's own template. */
export type ImportFormat = 'open-sdg' | 'sdmx-csv' | 'csv' | 'xlsx';

/** The formats, in the order the CLI lists them. */
export const IMPORT_FORMATS: readonly ImportFormat[] = ['open-sdg', 'sdmx-csv', 'csv', 'xlsx'];

const SNIFF_BYTES = 64 * 1024;
const ZIP = [0x50, 0x4b, 0x03, 0x04];

/**
 * `--format auto`: `.xlsx` (or zip bytes) is Excel; `.xls` is refused; any other file is read as
 * text and told apart by its header — `DATAFLOW` or `STRUCTURE` first is SDMX-CSV, `Year` first
 * and `Value` last is Open SDG, the template's own column names are `csv`. Reads at most the
 * first 64 KB.
 */
export async function detectFormat(source: ImportSource): Promise<ImportFormat | ImportProblem> {
  const file = source.file;
  const lower = file.toLowerCase();
  if (lower.endsWith('.xlsx')) return 'xlsx';
  if (lower.endsWith('.xls')) {
    return {
      file,
      row: 0,
      text: file,
      expected: 'an .xlsx workbook: save the .xls file again as .xlsx',
      kind: 'bad-header',
    };
  }
  const head = await sniff(source);
  if (ZIP.every((b, i) => head[i] === b)) return 'xlsx';
  const header = headerOf(head);
  if (header !== undefined) {
    const names = header.map((cell) => cell.trim().replace(/^\ufeff/, ''));
    const first = names[0]?.split(': ')[0]?.toUpperCase();
    if (first === 'DATAFLOW' || first === 'STRUCTURE') return 'sdmx-csv';
    if (names[0]?.toLowerCase() === 'year' && names.at(-1)?.toLowerCase() === 'value')
      return 'open-sdg';
    const ours = new Set<string>(FRONTRUNNER_COLUMNS);
    if (names.every((name) => ours.has(name.toLowerCase()))) return 'csv';
  }
  const expected =
    'a header of a known format: Open SDG (Year … Value), SDMX-CSV (DATAFLOW or STRUCTURE first) or the template (series,year,value,…)';
  return {
    file,
    row: 1,
    text: header?.join(',').slice(0, 100) ?? '',
    expected,
    kind: 'bad-header',
  };
}

async function sniff(source: ImportSource): Promise<Uint8Array> {
  const parts: Uint8Array[] = [];
  let size = 0;
  for await (const chunk of bytesOf(source)) {
    parts.push(chunk);
    size += chunk.length;
    if (size >= SNIFF_BYTES) break;
  }
  return Buffer.concat(parts).subarray(0, SNIFF_BYTES);
}

/** The first non-blank record of some text bytes. */
function headerOf(bytes: Uint8Array): string[] | undefined {
  const decoding = new TextDecoding();
  const text = decoding.decode(bytes).text;
  const tokenizer = new CsvTokenizer(detectSeparator(text));
  const out: CsvRecord[] = [];
  tokenizer.push(text, out);
  if (out.length === 0) tokenizer.end(out);
  return out.find((record) => record.cells.some((cell) => cell.trim() !== ''))?.cells;
}
