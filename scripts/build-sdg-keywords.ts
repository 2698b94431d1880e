/**
 * Builds the SDG tagger's keyword modules from the copies in packages/db/seed-data/sdg-keywords/
 * (see the README there for sources and licences). Run by a developer when the sources change:
 *
 *   npx tsx scripts/build-sdg-keywords.ts
 *
 * Writes packages/domain/src/tagging/data/{jrc,sdsn,siris}.json, each a {@link KeywordSystemData}:
 * one entry per keyword as `[goal, target | null, term, extra terms (any of)]`.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { KeywordSystemData } from '../packages/domain/src/tagging/keyword-system';
import { readCsv } from './prepare-indicator-seed/csv-io';

const SOURCE = 'packages/db/seed-data/sdg-keywords';
const OUT = 'packages/domain/src/tagging/data';

/** `SDG-07` or `SDG 7` → 7. */
function goalNumber(text: string): number {
  const n = Number(/(\d+)/.exec(text)?.[1]);
  if (!Number.isInteger(n) || n < 1 || n > 17) throw new Error(`Not a goal: ${text}`);
  return n;
}

/** `"poverty" OR "vulnerability"` → ['poverty', 'vulnerability']. */
function quotedTerms(text: string): string[] {
  return [...text.matchAll(/"([^"]+)"/g)].map((m) => (m[1] ?? '').trim()).filter(Boolean);
}

function jrc(): KeywordSystemData {
  const entries = readCsv(join(SOURCE, 'jrc_sdg_mapper_keywords_long.csv')).map((r) => {
    const target = (r['target'] ?? '').trim();
    const term = (r['keyword'] ?? '').replace(/\s+/g, ' ').trim();
    // The JRC file marks goal-level terms with target `N.0` (or an empty target).
    const code = target === '' || target.endsWith('.0') ? null : target;
    return [goalNumber(r['goal'] ?? ''), code, term, []] as const;
  });
  return {
    system: 'jrc',
    name: 'JRC SDG Mapper keywords (2022-01-20)',
    level: 'target',
    entries: entries.filter((e) => e[2] !== ''),
  };
}

function sdsn(): KeywordSystemData {
  const entries = readCsv(join(SOURCE, 'text2sdg-sdsn_queries.csv.gz')).map(
    (r) => [goalNumber(r['sdg'] ?? ''), null, (r['keyword'] ?? '').trim(), []] as const,
  );
  return { system: 'sdsn', name: 'SDSN SDG keywords (text2sdg)', level: 'goal', entries };
}

function siris(): KeywordSystemData {
  const entries = readCsv(join(SOURCE, 'text2sdg-siris_queries.csv.gz')).map(
    (r) =>
      [
        goalNumber(r['sdg'] ?? ''),
        null,
        (r['keyword'] ?? '').trim(),
        quotedTerms(r['extra'] ?? ''),
      ] as const,
  );
  return { system: 'siris', name: 'SIRIS SDG keywords (text2sdg)', level: 'goal', entries };
}

for (const data of [jrc(), sdsn(), siris()]) {
  writeFileSync(join(OUT, `${data.system}.json`), JSON.stringify(data) + '\n');
  process.stdout.write(
    JSON.stringify({ system: data.system, entries: data.entries.length }) + '\n',
  );
}
