/**
 * One run of our import, in its own process so that its peak memory is its own: the project CSV
 * reader with every check on, into a fresh SQLite table through better-sqlite3, in one
 * transaction with prepared statements of 100 rows each — standing in for the import service.
 * All or nothing: any problem rolls back.
 * Prints `{"ms":…,"cpu_ms":…,"rows":…,"problems":…,"max_rss_mb":…}`.
 * Usage: npx tsx bench/import/ours.ts FILE.csv DB.sqlite
 */
import { createReadStream } from 'node:fs';
import { basename } from 'node:path';
import Database from 'better-sqlite3';
import { disaggregationKey, flagLetters, type Disaggregation } from '@frontrunner/domain';
import { readBatches } from '../../packages/services/src/importers/frontrunner-csv/read';

const [file, dbPath] = process.argv.slice(2);
if (file === undefined || dbPath === undefined)
  throw new Error('Usage: ours.ts FILE.csv DB.sqlite');

const started = performance.now();
const db = new Database(dbPath);
db.exec(`create table observations (
  indicator text, series text, geo_code text, year integer not null, value real not null, unit text,
  disaggregation text not null, flags text not null, footnote text, source text, nature text)`);
/** Rows per insert statement: one call into SQLite per 100 rows instead of per row. */
const PER_STATEMENT = 100;
const COLUMNS = 11;
const statement = (n: number): Database.Statement =>
  db.prepare(
    `insert into observations values ${Array(n)
      .fill(`(${Array(COLUMNS).fill('?').join(',')})`)
      .join(',')}`,
  );
const full = statement(PER_STATEMENT);
const keys = new WeakMap<Disaggregation, string>();
const keyOf = (d: Disaggregation): string => {
  let key = keys.get(d);
  if (key === undefined) keys.set(d, (key = disaggregationKey(d)));
  return key;
};
let rows = 0;
let problems = 0;
let values: unknown[] = [];
db.exec('begin');
const source = {
  file: basename(file),
  stream: () => createReadStream(file, { highWaterMark: 1 << 16 }),
};
for await (const batch of readBatches(source, { years: { min: 1990, max: 2030 } })) {
  for (const item of batch) {
    if (!item.ok) {
      problems += 1;
      continue;
    }
    const o = item.input;
    values.push(
      o.indicator ?? null,
      o.series ?? null,
      o.geoCode ?? null,
      o.year,
      o.value,
      o.unit ?? null,
      keyOf(o.disaggregation),
      flagLetters(o.flags),
      o.footnote ?? null,
      o.source ?? null,
      o.nature ?? null,
    );
    rows += 1;
    if (values.length === PER_STATEMENT * COLUMNS) {
      full.run(values);
      values = [];
    }
  }
}
if (values.length > 0) statement(values.length / COLUMNS).run(values);
db.exec(problems === 0 ? 'commit' : 'rollback');
db.close();
const ms = performance.now() - started;
const maxRssMb = process.resourceUsage().maxRSS / 1024;
const cpu = process.cpuUsage();
console.log(
  JSON.stringify({
    ms,
    cpu_ms: (cpu.user + cpu.system) / 1000,
    rows,
    problems,
    max_rss_mb: maxRssMb,
  }),
);
