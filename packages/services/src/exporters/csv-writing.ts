import { escapeFormula, type ObservationRecord } from '@frontrunner/domain';

/** Records to export, from memory or streamed from the database. */
export type RecordSource = AsyncIterable<ObservationRecord> | Iterable<ObservationRecord>;

/** Options of every CSV writer. */
export interface CsvWriteOptions {
  /** Start with a UTF-8 byte-order mark so that Excel reads Khmer, Thai or Lao correctly. */
  readonly bom?: boolean;
}

const NEEDS_QUOTES = /[",\r\n]/;
const CHUNK = 64 * 1024;

/**
 * A text cell: escaped against formula injection (`escapeFormula`), then quoted per RFC 4180
 * when it holds a comma, a quote or a line end.
 * @example textCell('=1+1') // "'=1+1"
 * @example textCell('a, "b"') // '"a, ""b"""'
 */
export function textCell(text: string | undefined): string {
  if (text === undefined || text === '') return '';
  const safe = escapeFormula(text);
  return NEEDS_QUOTES.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

/**
 * A number cell: the shortest text that reads back as the same double (`String`), never
 * neutralised — a number is not a formula. Throws on NaN and infinities, which no record holds.
 */
export function numberCell(value: number): string {
  if (!Number.isFinite(value)) throw new RangeError(`Cannot export the number ${value}`);
  return String(value);
}

/** One CSV line of already-made cells, ending with CRLF as RFC 4180 says. */
export function csvLine(cells: readonly string[]): string {
  return `${cells.join(',')}\r\n`;
}

/**
 * A CSV file as UTF-8 chunks of about 64 KB: the header, then one line per record. Streams:
 * memory does not grow with the number of records.
 */
export async function* csvFile<T>(
  header: readonly string[],
  records: AsyncIterable<T> | Iterable<T>,
  line: (record: T) => string,
  options: CsvWriteOptions = {},
): AsyncGenerator<Uint8Array> {
  const encoder = new TextEncoder();
  let text = (options.bom ? '\ufeff' : '') + csvLine(header.map(textCell));
  for await (const record of records) {
    text += line(record);
    if (text.length >= CHUNK) {
      yield encoder.encode(text);
      text = '';
    }
  }
  yield encoder.encode(text);
}

/** All the chunks of a stream in one array: for small files and tests. */
export async function collect(chunks: AsyncIterable<Uint8Array>): Promise<Uint8Array> {
  const parts: Uint8Array[] = [];
  for await (const chunk of chunks) parts.push(chunk);
  return Buffer.concat(parts);
}
