// Rebuilds the SDR conformance fixtures beside this file from the project's reference data
// (see README.md here). Not part of the product; run by hand when the sources change:
//   node packages/domain/test-fixtures/sdr/build-fixtures.mjs /work/shared/data/sdr
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';

const source = process.argv[2] ?? '/work/shared/data/sdr';
const here = new URL('.', import.meta.url).pathname;
const readJson = (name) => JSON.parse(readFileSync(join(source, name), 'utf8'));

/** One record a line: small diffs, still plain JSON. */
const writeLines = (name, records) =>
  writeFileSync(join(here, name), `[\n${records.map((r) => JSON.stringify(r)).join(',\n')}\n]\n`);

/** RFC 4180 CSV (quoted fields, doubled quotes), enough for the SDSN files. */
function parseCsv(text) {
  const rows = [];
  let row = [];
  let field = '';
  let quoted = false;
  const endField = () => {
    row.push(field);
    field = '';
  };
  const endRow = () => {
    endField();
    rows.push(row);
    row = [];
  };
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted && c === '"' && text[i + 1] === '"') {
      field += '"';
      i++;
    } else if (c === '"') {
      quoted = !quoted;
    } else if (quoted) {
      field += c;
    } else if (c === ',') {
      endField();
    } else if (c === '\n') {
      endRow();
    } else if (c !== '\r') {
      field += c;
    }
  }
  if (field !== '' || row.length > 0) endRow();
  const [header, ...body] = rows;
  return body
    .filter((r) => r.length > 1)
    .map((r) => Object.fromEntries(header.map((h, j) => [h, r[j]])));
}

const KEEP = [
  'IndCode',
  'SDG',
  'Global',
  'OECD',
  'Trend_Global',
  'Indicator',
  'Years used',
  'Reference year',
  'Optimum (= 100)',
  'Green threshold',
  'Red threshold',
  'Lower Bound (=0)',
  'Justification for Optimum',
  'Source',
];
const codebook = readJson('sdr2025_codebook.json');
writeLines(
  'sdr2025_codebook.json',
  codebook.map((e) => Object.fromEntries(KEEP.map((k) => [k, e[k]]))),
);

// Scores: only the indicators of the global index (Global = yes) are kept.
const global = new Set(codebook.filter((e) => e.Global === 'yes').map((e) => e.IndCode));
const scores = readJson('sdr2025_indicator_scores.json');
writeLines(
  'sdr2025_indicator_scores.json',
  scores.map(({ iso3, country, region, indicators }) => ({
    iso3,
    country,
    region,
    indicators: Object.fromEntries(Object.entries(indicators).filter(([k]) => global.has(k))),
  })),
);
// Overview: index, rank, region and goal dashboards (the goal trends are left out).
const OVERVIEW = [
  'Country',
  'SDG_Index_Score_2025',
  'SDG_Index_Rank_2025',
  'Region',
  ...Array.from({ length: 17 }, (_, i) => `Goal_${i + 1}_Dashboard`),
];
writeLines(
  'sdr2025_overview.json',
  readJson('sdr2025_overview.json').map((o) => Object.fromEntries(OVERVIEW.map((k) => [k, o[k]]))),
);

// SDR 2024 raw values: latest year per country and indicator, then the indicators whose every
// latest 2024-edition value reproduces the published 2025 score (|difference| ≤ 0.0005, the
// rounding of the published scores) under the 2025 bounds.
const raw = parseCsv(
  gunzipSync(readFileSync(join(source, 'sdr2024_full_database_raw_2000_2024.csv.gz'))).toString(
    'latin1',
  ),
);
const latest = new Map();
for (const row of raw) {
  for (const [key, text] of Object.entries(row)) {
    if (!key.startsWith('sdg') || text === '' || text === undefined) continue;
    const year = Number(row.year);
    const id = `${row.id}|${key}`;
    const seen = latest.get(id);
    if (!seen || year >= seen[0]) latest.set(id, [year, Number(text)]);
  }
}
const published = new Map(scores.map((s) => [s.iso3, s.indicators]));
const table = [];
const reproduced = {};
for (const e of codebook.filter((c) => c.Global === 'yes')) {
  const opt = e['Optimum (= 100)'];
  const lb = e['Lower Bound (=0)'];
  const pairs = [];
  let match = 0;
  for (const [iso3, indicators] of published) {
    const hit = latest.get(`${iso3}|${e.IndCode}`);
    const score = indicators[e.IndCode];
    if (!hit || score === undefined) continue;
    const mine = Math.min(100, Math.max(0, (100 * (hit[1] - lb)) / (opt - lb)));
    if (Math.abs(mine - score) <= 0.0005 + 1e-9) match++;
    pairs.push([iso3, hit[0], hit[1]]);
  }
  table.push(`| ${e.IndCode} | ${match} / ${pairs.length} |`);
  if (pairs.length > 0 && match === pairs.length) reproduced[e.IndCode] = pairs;
}
writeFileSync(
  join(here, 'sdr2024_raw_latest_unchanged.json'),
  `${JSON.stringify(reproduced, null, 0).replace(/\],"/g, '],\n"')}\n`,
);
console.log(`${Object.keys(reproduced).length} indicators reproduced in full\n${table.join('\n')}`);
