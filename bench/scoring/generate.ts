import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import { seededRandom } from '../interlinkages/generate';

/** Shape of the synthetic set: 2,000 cities × 200 indicators × 16 years (2010–2025). */
export const SHAPE = { units: 2000, series: 200, years: 16, firstYear: 2010, goals: 17 } as const;

/** One synthetic codebook row (the columns the file scorer reads). */
export interface BenchEntry {
  readonly series: string;
  readonly goal: number;
  readonly optimum: number;
  readonly green: number;
  readonly red: number;
  readonly lowerBound: number;
}

/** Rounds to 4 decimals, so that the CSV text and the number agree exactly. */
const round4 = (x: number): number => Math.round(x * 10_000) / 10_000;

/**
 * The codebook: series `0`…`199`, goal `1 + (k mod 17)` (every goal has 11 or 12), 30% lower
 * is better; thresholds between the bounds in random places.
 */
export function generateCodebook(seed = 20250501): BenchEntry[] {
  const random = seededRandom(seed);
  const between = (a: number, b: number) => a + (b - a) * random();
  return Array.from({ length: SHAPE.series }, (_, k) => {
    const low = round4(between(0, 30));
    const high = round4(between(70, 120));
    const lower = random() < 0.3;
    const optimum = lower ? low : high;
    const lowerBound = lower ? high : low;
    const at = (f: number) => round4(lowerBound + (optimum - lowerBound) * f);
    return {
      series: String(k),
      goal: 1 + (k % SHAPE.goals),
      optimum,
      green: at(between(0.7, 0.95)),
      red: at(between(0.2, 0.6)),
      lowerBound,
    };
  });
}

/**
 * Writes `codebook.csv` and `observations.csv` (`unit,series,year,value`, by unit, series and
 * year). Each city reports a share of the series drawn from [0.7, 0.98] (so about a third of
 * the cities miss more than 20% and get no index), each year with probability 0.75 (at least
 * one); values start anywhere from 20% below the lower bound to 20% beyond the optimum (so
 * clamping happens) and drift by year. Returns the number of observations.
 */
export async function writeSyntheticCsv(
  dir: string,
  entries: readonly BenchEntry[],
  seed = 20250502,
): Promise<number> {
  const random = seededRandom(seed);
  const codebook = createWriteStream(`${dir}/codebook.csv`);
  codebook.write('series,goal,optimum,green,red,lower_bound\n');
  for (const e of entries)
    codebook.write(`${e.series},${e.goal},${e.optimum},${e.green},${e.red},${e.lowerBound}\n`);
  codebook.end();
  await once(codebook, 'finish');
  const out = createWriteStream(`${dir}/observations.csv`);
  out.write('unit,series,year,value\n');
  let rows = 0;
  let chunk = '';
  for (let u = 0; u < SHAPE.units; u++) {
    const coverage = 0.7 + 0.28 * random();
    for (const e of entries) {
      if (random() >= coverage) continue;
      const span = e.optimum - e.lowerBound;
      let level = e.lowerBound + span * (-0.2 + 1.4 * random());
      const drift = (span * (random() - 0.4)) / 40;
      const years: number[] = [];
      for (let y = 0; y < SHAPE.years; y++) if (random() < 0.75) years.push(y);
      if (years.length === 0) years.push(Math.floor(random() * SHAPE.years));
      for (const y of years) {
        level += drift + (span * (random() - 0.5)) / 50;
        chunk += `${u},${e.series},${SHAPE.firstYear + y},${round4(level)}\n`;
        rows += 1;
      }
      if (chunk.length > 1 << 20) {
        if (!out.write(chunk)) await once(out, 'drain');
        chunk = '';
      }
    }
  }
  out.end(chunk);
  await once(out, 'finish');
  return rows;
}
