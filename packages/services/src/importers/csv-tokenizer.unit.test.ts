import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { CsvTokenizer, type CsvRecord } from './csv-tokenizer';

/** Tokenizes `text` fed in pieces of `size` characters. */
function tokenize(
  text: string,
  size = text.length || 1,
  separator = ',',
): { records: CsvRecord[]; unclosed: unknown } {
  const tokenizer = new CsvTokenizer(separator);
  const records: CsvRecord[] = [];
  for (let at = 0; at < text.length; at += size) tokenizer.push(text.slice(at, at + size), records);
  const unclosed = tokenizer.end(records);
  return { records, unclosed };
}

/** A deterministic pseudo-random generator (mulberry32). */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A random valid RFC 4180 file: cells with separators, quotes, line ends, Khmer and emoji. */
function randomCsv(next: () => number): string {
  const pieces = ['a', 'b', ' ', ',', '"', '\n', '\r\n', 'ក្ម', '😀', '1.5', ';'];
  const lines: string[] = [];
  const width = 1 + Math.floor(next() * 4);
  for (let r = 0; r < 1 + Math.floor(next() * 6); r += 1) {
    const cells: string[] = [];
    for (let c = 0; c < width; c += 1) {
      let cell = '';
      for (let k = Math.floor(next() * 5); k > 0; k -= 1)
        cell += pieces[Math.floor(next() * pieces.length)];
      cells.push(
        /[",\r\n]/.test(cell) || (cell === '' && width === 1)
          ? `"${cell.replaceAll('"', '""')}"`
          : cell,
      );
    }
    lines.push(cells.join(','));
  }
  const end = next() < 0.5 ? '\n' : '\r\n';
  return lines.join(end) + (next() < 0.5 ? end : '');
}

describe('the CSV tokenizer', () => {
  it('splits quoted separators, doubled quotes and quoted line ends as RFC 4180 says', () => {
    const { records } = tokenize('a,"b,c","say ""hi""","two\r\nlines"\r\nx,,"",y\n');
    expect(records).toEqual([
      { row: 1, cells: ['a', 'b,c', 'say "hi"', 'two\r\nlines'] },
      { row: 2, cells: ['x', '', '', 'y'] },
    ]);
  });

  it('numbers rows as a spreadsheet: blank lines count, quoted line ends do not', () => {
    const { records } = tokenize('h\n\n"1\n2\n3"\n\r\nlast');
    expect(records.map((r) => [r.row, r.cells[0]])).toEqual([
      [1, 'h'],
      [3, '1\n2\n3'],
      [5, 'last'],
    ]);
    expect(records.at(-1)?.unterminated).toBe(true);
  });

  it('accepts old Mac line ends and a separator at the very end', () => {
    expect(tokenize('a;b\rc;', 1, ';').records).toEqual([
      { row: 1, cells: ['a', 'b'] },
      { row: 2, cells: ['c', ''], unterminated: true },
    ]);
  });

  it('keeps a stray quote inside a cell and text after a closing quote, as spreadsheets do', () => {
    expect(tokenize('5" screen,"a"b\n').records[0]?.cells).toEqual(['5" screen', 'ab']);
  });

  it('reports a quote still open at the end, with its row and cell', () => {
    expect(tokenize('a,b\nc,"never closed\nmore', 3).unclosed).toEqual({
      row: 2,
      cell: 1,
      text: 'never closed\nmore',
    });
  });

  it('gives up on a record longer than its limit instead of growing without bound', () => {
    const tokenizer = new CsvTokenizer(',', 100);
    expect(tokenizer.push(`a,"${'x'.repeat(50)}`, [])).toBe(true);
    expect(tokenizer.push('x'.repeat(60), [])).toBe(false);
    expect(tokenizer.row).toBe(1);
  });

  it('agrees with csv-parse on 500 random files, fed in random pieces', () => {
    const next = random(42);
    for (let n = 0; n < 500; n += 1) {
      const text = randomCsv(next);
      const expected = (
        parse(text, { relax_column_count: true, skip_empty_lines: true }) as string[][]
      ).filter((cells) => !(cells.length === 1 && cells[0] === ''));
      const size = 1 + Math.floor(next() * 8);
      expect(
        tokenize(text, size).records.map((r) => r.cells),
        JSON.stringify(text),
      ).toEqual(expected);
    }
  });
});
