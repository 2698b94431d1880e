import { parse } from 'csv-parse/sync';
import { readFileSync, writeFileSync } from 'node:fs';
import { gunzipSync, gzipSync } from 'node:zlib';

/** A CSV record keyed by header. */
export type CsvRecord = Readonly<Record<string, string>>;

/**
 * Reads a CSV file (gzip when the name ends in `.gz`) into records keyed by header. A leading
 * BOM is dropped; rows shorter or longer than the header are kept (some CDP exports have them).
 */
export function readCsv(path: string): CsvRecord[] {
  const bytes = readFileSync(path);
  const text = (path.endsWith('.gz') ? gunzipSync(bytes) : bytes).toString('utf8');
  return parse(text, {
    columns: true,
    bom: true,
    skip_empty_lines: true,
    relax_column_count: true,
  }) as CsvRecord[];
}

/** One field as RFC 4180 writes it: quoted when it holds a comma, a quote or a line break. */
function field(value: string | number): string {
  const text = String(value);
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** CSV text with a header line, `\n` line ends and a final newline. */
export function toCsv(
  header: readonly string[],
  rows: readonly (readonly (string | number)[])[],
): string {
  return [header, ...rows].map((row) => row.map(field).join(',')).join('\n') + '\n';
}

/**
 * Writes text, gzipped when the name ends in `.gz`. Node's gzip header carries no file name and
 * a zero timestamp, so the same text always gives the same bytes (clean diffs on re-runs).
 */
export function writeText(path: string, text: string): void {
  const bytes = Buffer.from(text, 'utf8');
  writeFileSync(path, path.endsWith('.gz') ? gzipSync(bytes, { level: 9 }) : bytes);
}
