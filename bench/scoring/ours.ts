/**
 * Our engine, run as its own process by run.ts (so that its peak memory is its own): loads the
 * synthetic CSVs into columns, runs the domain `scoreUnits` over the in-memory data three times,
 * writes the results and prints one JSON line: load and compute times (median), maxRSS.
 */
import {
  scoreUnits,
  type CodebookEntry,
  type ScoringObservation,
  type UnitScore,
} from '@frontrunner/domain';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { COLOUR_CODE, emptyResults, writeResults } from './results';
import { SHAPE } from './generate';

const dir = process.argv[2] ?? '';
const REPEATS = 3;

/** The codebook CSV as domain entries. */
function readCodebook(): CodebookEntry[] {
  const [, ...lines] = readFileSync(join(dir, 'codebook.csv'), 'utf8').trim().split('\n');
  return lines.map((line) => {
    const [series = '', goal, optimum, green, red, lowerBound] = line.split(',');
    return {
      series,
      goal: Number(goal),
      optimum: Number(optimum),
      green: Number(green),
      red: Number(red),
      lowerBound: Number(lowerBound),
    };
  });
}

/** The observations CSV as columns (one pass over the bytes). */
function readObservations() {
  const text = readFileSync(join(dir, 'observations.csv'), 'latin1');
  const capacity = text.length / 16;
  const unit = new Int32Array(capacity);
  const series = new Int32Array(capacity);
  const year = new Int16Array(capacity);
  const value = new Float64Array(capacity);
  let n = 0;
  let at = text.indexOf('\n') + 1;
  while (at < text.length) {
    const c1 = text.indexOf(',', at);
    const c2 = text.indexOf(',', c1 + 1);
    const c3 = text.indexOf(',', c2 + 1);
    let end = text.indexOf('\n', c3 + 1);
    if (end < 0) end = text.length;
    unit[n] = Number(text.slice(at, c1));
    series[n] = Number(text.slice(c1 + 1, c2));
    year[n] = Number(text.slice(c2 + 1, c3));
    value[n] = Number(text.slice(c3 + 1, end));
    n += 1;
    at = end + 1;
  }
  return { n, unit, series, year, value };
}

/** The columns as the scorer's observations: one reused object, as a database cursor would. */
function* observations(data: ReturnType<typeof readObservations>): Generator<ScoringObservation> {
  const units = Array.from({ length: SHAPE.units }, (_, u) => String(u));
  const codes = Array.from({ length: SHAPE.series }, (_, s) => String(s));
  const row = { unit: '', series: '', year: 0, value: 0 };
  for (let i = 0; i < data.n; i++) {
    row.unit = units[data.unit[i] as number] as string;
    row.series = codes[data.series[i] as number] as string;
    row.year = data.year[i] as number;
    row.value = data.value[i] as number;
    yield row;
  }
}

function layOut(units: readonly UnitScore[]) {
  const results = emptyResults();
  for (const u of units) {
    const id = Number(u.unit);
    results.index[id] = u.index ?? Number.NaN;
    for (const g of u.goals) {
      const at = id * SHAPE.goals + g.goal - 1;
      results.goalScores[at] = g.score ?? Number.NaN;
      results.goalColours[at] = COLOUR_CODE[g.colour] ?? -1;
    }
    u.indicators.forEach((ind, s) => {
      results.scores[id * SHAPE.series + s] = ind.score ?? Number.NaN;
      results.colours[id * SHAPE.series + s] = COLOUR_CODE[ind.colour] ?? -1;
    });
  }
  return results;
}

let started = performance.now();
const codebook = readCodebook();
const data = readObservations();
const loadMs = performance.now() - started;
const times: number[] = [];
let units: UnitScore[] = [];
for (let r = 0; r < REPEATS; r++) {
  started = performance.now();
  units = scoreUnits(codebook, observations(data));
  times.push(performance.now() - started);
}
writeResults(dir, 'ours', layOut(units));
times.sort((a, b) => a - b);
console.log(
  JSON.stringify({
    load_ms: loadMs,
    compute_ms: times[Math.floor(REPEATS / 2)],
    observations: data.n,
    max_rss_kb: process.resourceUsage().maxRSS,
  }),
);
