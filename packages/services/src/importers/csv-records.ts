import type { ImportNote, ImportProblem } from '@frontrunner/domain';
import { CsvTokenizer, type CsvRecord } from './csv-tokenizer';
import { bytesOf, type ImportSource } from './import-source';
import { TextDecoding, type Decoded } from './text-decoding';
import { Trimming } from './trimming';

/** What {@link csvRecords} found out about the file's layout, filled in as it reads. */
export interface CsvLayout {
  /** `,`, `;` or a tab, detected from the header line. */
  separator: string;
}

/**
 * Every non-blank record of a CSV file, trimmed, in batches (one per chunk read); or a problem
 * that stops reading (bad encoding, a record that never ends, a quote never closed). Cells are
 * trimmed of spaces and invisible characters (no-break and zero-width spaces, stray byte-order
 * marks); one note at the end says how many were. Records whose cells are all empty are skipped
 * (a spreadsheet's `,,,,` rows), but still counted as rows.
 */
export async function* csvRecords(
  source: ImportSource,
  layout: CsvLayout,
  onNote: (note: ImportNote) => void,
): AsyncGenerator<CsvRecord[] | ImportProblem> {
  const decoding = new TextDecoding();
  const trim = new Trimming();
  let tokenizer: CsvTokenizer | undefined;
  let head = '';
  const feed = (text: string, out: CsvRecord[]): ImportProblem | undefined => {
    if (tokenizer === undefined) {
      head += text;
      if (!HEADER_LINE.test(head) && head.length < 1 << 20) return undefined;
      layout.separator = detectSeparator(head);
      tokenizer = new CsvTokenizer(layout.separator);
      text = head;
      head = '';
    }
    if (tokenizer.push(text, out)) return undefined;
    return tooLong(source.file, tokenizer.row);
  };
  /** Records from one decoded chunk, then the problem that stops reading, if any. */
  const take = (decoded: Decoded): (CsvRecord[] | ImportProblem)[] => {
    const out: CsvRecord[] = [];
    const split = decoded.at ?? decoded.text.length;
    const problem = feed(decoded.text.slice(0, split), out);
    const row = tokenizer?.row ?? 1;
    if (problem) return [trim.records(out), problem];
    if (decoded.switchedTo) onNote(switchNote(source.file, row, decoded.switchedTo));
    if (decoded.invalid) {
      const { byteOffset, bytes, expected } = decoded.invalid;
      return [
        trim.records(out),
        { file: source.file, row, text: bytes, expected, byteOffset, kind: 'bad-encoding' },
      ];
    }
    const late = feed(decoded.text.slice(split), out);
    return late ? [trim.records(out), late] : [trim.records(out)];
  };
  for await (const chunk of bytesOf(source)) {
    const got = take(decoding.decode(chunk));
    yield* got;
    if (got.length > 1) return;
  }
  const last = take(decoding.end());
  yield* last;
  if (last.length > 1) return;
  const out: CsvRecord[] = [];
  if (tokenizer === undefined) {
    if (head === '') return;
    layout.separator = detectSeparator(head);
    tokenizer = new CsvTokenizer(layout.separator);
    tokenizer.push(head, out);
  }
  const unclosed = tokenizer.end(out);
  yield trim.records(out);
  if (unclosed) {
    const text = unclosed.text.length > 40 ? `${unclosed.text.slice(0, 40)}…` : unclosed.text;
    yield {
      file: source.file,
      row: unclosed.row,
      column: trim.columnName(unclosed.cell),
      text,
      expected: 'a closing quote (") before the end of the file: the file seems cut off',
      kind: 'truncated',
    };
  }
  const note = trim.note(source.file);
  if (note) onNote(note);
}

/**
 * The separator of a header line: whichever of `,` `;` and tab occurs most outside quotes,
 * comma on a tie or when there is none.
 */
export function detectSeparator(text: string): string {
  const line = text.split(/\r\n|\r|\n/).find((l) => l.trim() !== '') ?? '';
  const counts = new Map<string, number>([
    [',', 0],
    [';', 0],
    ['\t', 0],
  ]);
  let quoted = false;
  for (const char of line) {
    if (char === '"') quoted = !quoted;
    else if (!quoted && counts.has(char)) counts.set(char, (counts.get(char) ?? 0) + 1);
  }
  let best = ',';
  for (const [sep, count] of counts) if (count > (counts.get(best) ?? 0)) best = sep;
  return best;
}

/** A non-blank line and its end: enough text to see the header. */
const HEADER_LINE = /\S[^\r\n]*[\r\n]/;

function tooLong(file: string, row: number): ImportProblem {
  return {
    file,
    row,
    expected: 'a record shorter than 1 MB: most likely a quote (") opened here is never closed',
    kind: 'bad-row',
  };
}

function switchNote(
  file: string,
  row: number,
  encoding: NonNullable<Decoded['switchedTo']>,
): ImportNote {
  if (encoding === 'windows-1252') {
    return {
      file,
      row,
      message:
        'This file is not UTF-8; it was read as Windows-1252 (Western European "latin1"). Check the accented letters.',
      kind: 'decoded-as-windows-1252',
    };
  }
  return {
    file,
    row: 0,
    message: 'This file is UTF-16 ("Unicode text"); it was read as such.',
    kind: 'decoded-as-utf-16',
  };
}
