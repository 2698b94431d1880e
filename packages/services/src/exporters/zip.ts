import { Zip, ZipDeflate } from 'fflate';

/** One file of a bulk export. */
export interface ZipEntry {
  /** Path inside the zip, with `/` between folders, e.g. `th-bangkok/indicator_11-6-1.csv`. */
  readonly name: string;
  readonly content: AsyncIterable<Uint8Array> | Uint8Array;
}

/** Options of {@link zipFiles}. */
export interface ZipOptions {
  /** Modification time written for every entry. Default now; pass one for identical bytes. */
  readonly modified?: Date;
}

/**
 * A zip of several exported files, streamed: each entry is deflated as its chunks arrive, so the
 * whole export is never held in memory (fflate's `Zip` with `ZipDeflate`).
 */
export async function* zipFiles(
  entries: AsyncIterable<ZipEntry> | Iterable<ZipEntry>,
  options: ZipOptions = {},
): AsyncGenerator<Uint8Array> {
  const ready: Uint8Array[] = [];
  let failure: Error | undefined;
  const zip = new Zip((error, chunk) => {
    if (error) failure = error;
    else ready.push(chunk);
  });
  const drain = function* (): Generator<Uint8Array> {
    if (failure) throw failure;
    while (ready.length > 0) yield ready.shift() as Uint8Array;
  };
  const mtime = options.modified ?? new Date();
  for await (const entry of entries) {
    const file = new ZipDeflate(entry.name, { level: 6 });
    file.mtime = mtime;
    zip.add(file);
    const content = entry.content instanceof Uint8Array ? [entry.content] : entry.content;
    for await (const chunk of content) {
      file.push(chunk);
      yield* drain();
    }
    file.push(new Uint8Array(0), true);
    yield* drain();
  }
  zip.end();
  yield* drain();
}
