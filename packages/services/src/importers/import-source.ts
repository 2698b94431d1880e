import type { ImportItem, ImportNote, YearRange } from '@frontrunner/domain';

/** A file to import: a display name and a way to open its bytes. */
export interface ImportSource {
  /** The name shown in problems, e.g. `indicator_11-6-1.csv` — a file name, never a server path. */
  readonly file: string;
  /** Opens the bytes from the start; may be called twice (`--format auto` peeks first). */
  readonly stream: () => NodeJS.ReadableStream | AsyncIterable<Uint8Array>;
}

/** Options every reader takes. */
export interface ReadOptions {
  /** Years a value may have; others are `year-out-of-range`. */
  readonly years: YearRange;
  /**
   * Indicator number (`11.6.1`) for files that do not name it. Open SDG files otherwise take it
   * from a name like `indicator_11-6-1.csv`; in the project's CSV it fills blank `indicator` cells.
   */
  readonly indicator?: string | undefined;
  /** Told about things done to the file that do not stop the import (e.g. decoded as latin1). */
  readonly onNote?: ((note: ImportNote) => void) | undefined;
  /** Longest footnote or source, in characters. Default 2,000. */
  readonly maxTextLength?: number | undefined;
  /**
   * Report repeated rows (`duplicate-row`). Default true. Costs about 12–24 bytes a row outside
   * the JavaScript heap (a table of 64-bit key hashes), so stays on for files of millions of rows.
   */
  readonly checkDuplicates?: boolean | undefined;
}

/**
 * A reader of one format: yields every observation and every problem in file order, streaming
 * in constant memory (but for the duplicate check). It never throws for a bad file — a bad file
 * is problems — only for a failing stream.
 */
export type Reader = (source: ImportSource, options: ReadOptions) => AsyncGenerator<ImportItem>;

/** The same items as a {@link Reader}, a batch per chunk of the file: one promise a batch. */
export type BatchReader = (
  source: ImportSource,
  options: ReadOptions,
) => AsyncGenerator<ImportItem[]>;

/** The bytes of a source as Uint8Array chunks, whatever kind of stream it opens. */
export async function* bytesOf(source: ImportSource): AsyncGenerator<Uint8Array> {
  for await (const chunk of source.stream() as AsyncIterable<Uint8Array | string>) {
    yield typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : chunk;
  }
}
