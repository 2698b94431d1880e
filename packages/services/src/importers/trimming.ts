import type { ImportNote } from '@frontrunner/domain';
import type { CsvRecord } from './csv-tokenizer';

/** Whether a character is one we trim: ASCII space or control, or a Unicode or invisible space. */
function isPadding(code: number): boolean {
  return (
    code <= 32 ||
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200b) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0xfeff
  );
}

const PADDING = /^[\s\u200b\ufeff]+|[\s\u200b\ufeff]+$/g;

/**
 * Trims cells of spaces and invisible characters (no-break and zero-width spaces, stray
 * byte-order marks) — they never carry meaning in a code, a year or a number, and people cannot
 * see them — drops records whose cells are all empty, remembers the header to name columns, and
 * makes one note for the whole file.
 */
export class Trimming {
  private count = 0;
  private first: { row: number; cell: number; text: string } | undefined;
  private header: readonly string[] | undefined;

  /** The records with trimmed cells, without empty ones. Trims in place. */
  records(records: CsvRecord[]): CsvRecord[] {
    const kept: CsvRecord[] = [];
    for (const record of records) {
      const cells = record.cells;
      let blank = true;
      for (let i = 0; i < cells.length; i += 1) {
        const cell = cells[i] as string;
        if (
          cell.length > 0 &&
          (isPadding(cell.charCodeAt(0)) || isPadding(cell.charCodeAt(cell.length - 1)))
        ) {
          const trimmed = cell.replace(PADDING, '');
          if (trimmed !== '' && trimmed !== cell) this.noteTrim(record.row, i, cell);
          cells[i] = trimmed;
        }
        if (blank && cells[i] !== '') blank = false;
      }
      if (blank) continue;
      this.header ??= cells;
      kept.push(record);
    }
    return kept;
  }

  /** The header text of a 0-based cell index. */
  columnName(cell: number): string {
    return this.header?.[cell] ?? `column ${cell + 1}`;
  }

  /** One note for the file if any cell was trimmed. */
  note(file: string): ImportNote | undefined {
    if (this.first === undefined) return undefined;
    const { row, cell, text } = this.first;
    const more = this.count > 1 ? ` and ${this.count - 1} other cells` : '';
    return {
      file,
      row,
      column: this.columnName(cell),
      text: JSON.stringify(text),
      message: `Removed spaces or invisible characters around this cell${more}.`,
      kind: 'trimmed-whitespace',
    };
  }

  private noteTrim(row: number, cell: number, text: string): void {
    this.count += 1;
    this.first ??= { row, cell, text };
  }
}
