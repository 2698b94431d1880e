import { SDMX_ATTRIBUTES, SDMX_KEY_DIMENSIONS, type ImportProblem } from '@frontrunner/domain';
import type { HeaderContext } from '../csv-format';

/** Where things are in an SDMX-CSV header. */
export interface SdmxLayout {
  readonly version: '1.0' | '2.0';
  /** Column codes: the header without labels (`SEX: Sex` → `SEX`). */
  readonly names: readonly string[];
  /** Whether the header had labels, so coded cells have them too. */
  readonly labelled: boolean;
  /** Column index of each code we read by name. */
  readonly at: ReadonlyMap<string, number>;
  /** Indexes of the disaggregation columns. */
  readonly dimensions: readonly number[];
}

const PREFIX_1 = ['DATAFLOW'];
const PREFIX_2 = ['STRUCTURE', 'STRUCTURE_ID', 'ACTION'];
/** Read by name wherever they are. */
const NAMED = new Set<string>([
  ...SDMX_KEY_DIMENSIONS,
  'TIME_PERIOD',
  'OBS_VALUE',
  ...SDMX_ATTRIBUTES,
  'ACTION',
]);

/**
 * The version (from the first columns), the named columns, and the disaggregations: every other
 * column before TIME_PERIOD (SDMX-CSV writes dimensions, then the measure, then attributes).
 * Other columns after TIME_PERIOD are attributes we do not keep: one note each.
 */
export function readSdmxLayout(
  header: readonly string[],
  context: HeaderContext,
  problems: ImportProblem[],
): SdmxLayout | undefined {
  const { file } = context;
  const labelled = header.some((name) => name.includes(': '));
  const names = header.map((name) => {
    const colon = name.indexOf(': ');
    return (colon < 0 ? name : name.slice(0, colon)).toUpperCase();
  });
  const version =
    names[0] === 'DATAFLOW' ? '1.0' : PREFIX_2.every((p, i) => names[i] === p) ? '2.0' : undefined;
  if (version === undefined) {
    const expected = 'SDMX-CSV: DATAFLOW (1.0) or STRUCTURE,STRUCTURE_ID,ACTION (2.0) first';
    problems.push({
      file,
      row: 1,
      column: header[0],
      text: header.slice(0, 3).join(','),
      expected,
      kind: 'bad-header',
    });
    return undefined;
  }
  const at = new Map<string, number>();
  names.forEach((name, i) => {
    if (!NAMED.has(name)) return;
    if (at.has(name))
      problems.push({
        file,
        row: 1,
        column: header[i],
        text: header[i],
        expected: 'each column once',
        kind: 'bad-header',
      });
    at.set(name, i);
  });
  for (const required of ['SERIES', 'TIME_PERIOD', 'OBS_VALUE']) {
    if (!at.has(required))
      problems.push({ file, row: 1, expected: `a column named ${required}`, kind: 'bad-header' });
  }
  if (problems.length > 0) return undefined;
  const time = at.get('TIME_PERIOD') as number;
  const first = (version === '1.0' ? PREFIX_1 : PREFIX_2).length;
  const dimensions: number[] = [];
  names.forEach((name, i) => {
    if (i < first || NAMED.has(name)) return;
    if (i < time) dimensions.push(i);
    else {
      const message = `Column ${header[i]} is not one we keep; it was ignored.`;
      context.note({
        file,
        row: 1,
        column: header[i],
        text: header[i],
        message,
        kind: 'ignored-column',
      });
    }
  });
  return { version, names, labelled, at, dimensions };
}
