import { dimensionKey, type Disaggregation, type ImportProblem } from '@frontrunner/domain';
import type { RowCells } from './cells';
import type { DisaggregationCache } from './disaggregation-cache';

/**
 * Dimension keys from the header of a format whose other columns are disaggregations (Open SDG,
 * SDMX): each name becomes a key by {@link dimensionKey}; a name that is empty, repeated or holds
 * `;` or `=` (which the project's own format uses as delimiters) is a `bad-header` problem.
 */
export function dimensionColumns(
  file: string,
  header: readonly string[],
  indexes: readonly number[],
  problems: ImportProblem[],
): DimensionColumn[] {
  const seen = new Set<string>();
  const out: DimensionColumn[] = [];
  for (const index of indexes) {
    const column = header[index] ?? '';
    const key = dimensionKey(column);
    const expected =
      key === '' || key === '__proto__'
        ? 'a column name'
        : /[;=]/.test(key)
          ? 'a column name without ";" or "="'
          : seen.has(key)
            ? 'each column once'
            : undefined;
    if (expected !== undefined) {
      problems.push({
        file,
        row: 1,
        column: column || `column ${index + 1}`,
        text: column,
        expected,
        kind: 'bad-header',
      });
      continue;
    }
    seen.add(key);
    out.push({ index, key, column });
  }
  return out;
}

/** A disaggregation column: its index, our key, and its header text. */
export interface DimensionColumn {
  readonly index: number;
  readonly key: string;
  readonly column: string;
}

/**
 * The disaggregation of a row of a format with one column per dimension, shared through the
 * file's cache (rows with the same cells get the same object). `code` strips labels if needed.
 */
export function rowDisaggregation(
  row: readonly string[],
  cells: RowCells,
  dimensions: readonly DimensionColumn[],
  cache: DisaggregationCache,
  code: (text: string | undefined) => string | undefined = (text) => text,
): Disaggregation {
  let text = '';
  for (const { index } of dimensions) text += `${row[index] ?? ''}\u0000`;
  const built = cache.get(text, () => {
    const out: Record<string, string> = {};
    const before = cells.problems?.length ?? 0;
    for (const { index, key, column } of dimensions) {
      const value = cells.dimension(column, code(row[index]));
      if (value !== undefined) out[key] = value;
    }
    return (cells.problems?.length ?? 0) > before ? undefined : out;
  });
  return built ?? {};
}
