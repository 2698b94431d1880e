/**
 * Measures the SDG tagger on the UN framework's own target and indicator texts (labelled by
 * goal) and prints the Markdown table kept in docs/tagger-evaluation.md:
 *
 *   npx tsx scripts/evaluate-sdg-tagger.ts
 *
 * packages/domain/src/tagging/tagger-evaluation.test.ts recomputes it and fails when the doc
 * differs, so the published numbers are always the computed ones.
 */
import { parse } from 'csv-parse/sync';
import { readFileSync } from 'node:fs';
import type { FrameworkTextRecord } from '../packages/domain/src/tagging/evaluation-report';
import { renderEvaluationTable } from '../packages/domain/src/tagging/evaluation-report';
import { taggerEvaluationRuns } from '../packages/domain/src/tagging/data/evaluation-runs';

const FILE = 'packages/db/seed-data/sdg-framework/sdg-targets-indicators-2023.csv';
const records = parse(readFileSync(FILE, 'utf8'), {
  columns: true,
  delimiter: ';',
}) as FrameworkTextRecord[];
process.stdout.write(renderEvaluationTable(taggerEvaluationRuns(records)) + '\n');
