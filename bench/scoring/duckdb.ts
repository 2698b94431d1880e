/**
 * The DuckDB peer, run as its own process by run.ts: loads the synthetic CSVs into an in-memory
 * DuckDB, computes the same arithmetic in one SQL script (latest year per city × series,
 * normalise, clamp, the 0–4 dashboard scale, goal means, two-worst goal colours, the index with
 * the 20% rule) three times, writes the results and prints one JSON line.
 */
import { DuckDBInstance } from '@duckdb/node-api';
import { join } from 'node:path';
import { SHAPE } from './generate';
import { emptyResults, writeResults } from './results';

const dir = process.argv[2] ?? '';
const REPEATS = 3;

const clamp = (x: string) => `greatest(0.0, least(100.0, ${x}))`;
const normalise = (x: string) => clamp(`100 * (${x} - lower_bound) / (optimum - lower_bound)`);

const COMPUTE = `
CREATE OR REPLACE TABLE ind AS
WITH cbn AS (
  SELECT series, goal, optimum, lower_bound, ${normalise('green')} AS g, ${normalise('red')} AS r FROM cb
), latest AS (
  SELECT unit, series, arg_max(value, year) AS value FROM obs GROUP BY unit, series
), scored AS (
  SELECT l.unit, l.series, c.goal, c.g, c.r,
    ${clamp('100 * (l.value - c.lower_bound) / (c.optimum - c.lower_bound)')} AS score
  FROM latest l JOIN cbn c ON c.series = l.series
), dashboard AS (
  SELECT unit, series, goal, score,
    CASE WHEN score < r THEN score / r
         WHEN score < (r + g) / 2 THEN 1 + (score - r) / ((r + g) / 2 - r)
         WHEN score < g THEN 2 + (score - (r + g) / 2) / (g - (r + g) / 2)
         WHEN score < 100 THEN 3 + (score - g) / (100 - g)
         ELSE 4 END AS dv
  FROM scored
)
SELECT *, CASE WHEN dv < 1 THEN 1 WHEN dv < 2 THEN 2 WHEN dv < 3 THEN 3 ELSE 4 END AS colour
FROM dashboard;

CREATE OR REPLACE TABLE goals AS
WITH ranked AS (
  SELECT unit, goal, dv, row_number() OVER (PARTITION BY unit, goal ORDER BY dv) AS k FROM ind
), two AS (
  SELECT unit, goal, min(dv) AS lo, max(dv) AS hi, (min(dv) + max(dv)) / 2 AS a
  FROM ranked WHERE k <= 2 GROUP BY unit, goal
)
SELECT s.unit, s.goal, s.score,
  CASE WHEN a < 1 THEN (CASE WHEN hi >= 1 THEN 2 ELSE 1 END)
       WHEN a < 2 THEN 2
       WHEN a < 3 THEN 3
       ELSE (CASE WHEN lo < 3 THEN 3 ELSE 4 END) END AS colour
FROM (SELECT unit, goal, avg(score) AS score FROM ind GROUP BY unit, goal) s
JOIN two USING (unit, goal);

CREATE OR REPLACE TABLE idx AS
SELECT g.unit,
  CASE WHEN (${SHAPE.series} - any_value(c.n))::DOUBLE / ${SHAPE.series} > 0.2 THEN NULL
       ELSE avg(g.score) END AS idx
FROM goals g JOIN (SELECT unit, count(*) AS n FROM ind GROUP BY unit) c USING (unit)
GROUP BY g.unit;
`;

const instance = await DuckDBInstance.create(':memory:');
const connection = await instance.connect();
const csv = (file: string, columns: string) =>
  `read_csv('${join(dir, file)}', header = true, columns = {${columns}})`;
let started = performance.now();
await connection.run(
  `CREATE TABLE obs AS SELECT * FROM ${csv('observations.csv', "'unit': 'INTEGER', 'series': 'INTEGER', 'year': 'SMALLINT', 'value': 'DOUBLE'")};
   CREATE TABLE cb AS SELECT * FROM ${csv('codebook.csv', "'series': 'INTEGER', 'goal': 'INTEGER', 'optimum': 'DOUBLE', 'green': 'DOUBLE', 'red': 'DOUBLE', 'lower_bound': 'DOUBLE'")};`,
);
const loadMs = performance.now() - started;
const times: number[] = [];
for (let r = 0; r < REPEATS; r++) {
  started = performance.now();
  await connection.run(COMPUTE);
  times.push(performance.now() - started);
}
const results = emptyResults();
const rows = async (sql: string) => (await connection.runAndReadAll(sql)).getRowsJS();
for (const [unit, series, score, colour] of await rows(
  'SELECT unit, series, score, colour FROM ind',
)) {
  const at = Number(unit) * SHAPE.series + Number(series);
  results.scores[at] = Number(score);
  results.colours[at] = Number(colour);
}
for (const [unit, goal, score, colour] of await rows(
  'SELECT unit, goal, score, colour FROM goals',
)) {
  const at = Number(unit) * SHAPE.goals + Number(goal) - 1;
  results.goalScores[at] = Number(score);
  results.goalColours[at] = Number(colour);
}
for (const [unit, index] of await rows('SELECT unit, idx FROM idx'))
  results.index[Number(unit)] = index === null ? Number.NaN : Number(index);
writeResults(dir, 'duckdb', results);
const [[version, threads]] = (await rows("SELECT version(), current_setting('threads')")) as [
  [string, number],
];
times.sort((a, b) => a - b);
console.log(
  JSON.stringify({
    load_ms: loadMs,
    compute_ms: times[Math.floor(REPEATS / 2)],
    max_rss_kb: process.resourceUsage().maxRSS,
    version,
    threads: Number(threads),
  }),
);
