import type { ImportNote, ImportProblem, ObservationInput } from '@frontrunner/domain';
import type { ImportSource, ReadOptions, Reader } from './import-source';

/** Years tests accept. */
export const TEST_YEARS = { min: 1990, max: 2030 } as const;

/**
 * A source over bytes in memory, cut into chunks of `chunkSize` bytes — small sizes split
 * characters, quotes and line ends across chunks, as a network stream may.
 */
export function sourceOf(
  file: string,
  content: string | Uint8Array,
  chunkSize = 64 * 1024,
): ImportSource {
  const bytes = typeof content === 'string' ? new TextEncoder().encode(content) : content;
  return {
    file,
    stream: async function* () {
      for (let at = 0; at < bytes.length; at += chunkSize) yield bytes.subarray(at, at + chunkSize);
    },
  };
}

/** Everything a reader yields, sorted by kind. */
export interface ReadResult {
  inputs: ObservationInput[];
  problems: ImportProblem[];
  notes: ImportNote[];
}

/** Runs a reader to the end. */
export async function readAll(
  reader: Reader,
  source: ImportSource,
  options: Partial<ReadOptions> = {},
): Promise<ReadResult> {
  const result: ReadResult = { inputs: [], problems: [], notes: [] };
  const onNote = (note: ImportNote): void => void result.notes.push(note);
  for await (const item of reader(source, { years: TEST_YEARS, onNote, ...options })) {
    if (item.ok) result.inputs.push(item.input);
    else result.problems.push(item.problem);
  }
  return result;
}
