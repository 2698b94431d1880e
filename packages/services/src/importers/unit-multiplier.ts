import type { RowCells } from './cells';
import type { HeaderContext } from './csv-format';

/**
 * SDMX UNIT_MULT: values are in units of 10^n (3 = thousands). We store plain units, so a value
 * is scaled while it is read — exactly, by moving its decimal point (`1.5` with 3 → `1.5e3`),
 * never by a floating-point multiplication — and the file gets one note.
 * Returns a function giving the power of ten of a row (0 when blank), or undefined when invalid.
 */
export function unitMultiplier(
  context: HeaderContext,
  column: string,
): (cells: RowCells, cell: string | undefined) => number | undefined {
  let noted = false;
  return (cells, cell) => {
    if (cell === undefined || cell === '' || cell === '0') return 0;
    if (!/^-?\d{1,2}$/.test(cell)) {
      cells.problem('bad-code', column, cell, 'a UNIT_MULT power of ten such as 0, 3 or 6');
      return undefined;
    }
    if (!noted) {
      noted = true;
      const message = `Values with ${column} ${cell} were multiplied by 10^${cell}: they are stored in plain units.`;
      context.note({
        file: context.file,
        row: cells.row,
        column,
        text: cell,
        message,
        kind: 'unit-multiplier',
      });
    }
    return Number(cell);
  };
}
