import { parse } from 'csv-parse/sync';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { taggerEvaluationRuns } from './data/evaluation-runs';
import { renderEvaluationTable, type FrameworkTextRecord } from './evaluation-report';

const root = new URL('../../../../', import.meta.url);
const records = parse(
  readFileSync(
    new URL('packages/db/seed-data/sdg-framework/sdg-targets-indicators-2023.csv', root),
    'utf8',
  ),
  { columns: true, delimiter: ';' },
) as FrameworkTextRecord[];
const runs = taggerEvaluationRuns(records);

describe('the tagger evaluation on the UN framework texts', () => {
  it('publishes in docs/tagger-evaluation.md exactly the table computed now', () => {
    const doc = readFileSync(new URL('docs/tagger-evaluation.md', root), 'utf8');
    const table = /<!-- table:[^>]*-->\n([\s\S]*?)\n<!-- end table -->/.exec(doc)?.[1];
    expect(table).toBe(renderEvaluationTable(runs));
  });

  it('labels every distinct target and indicator text with a single goal once', () => {
    const texts = runs[0]?.evaluation.texts ?? 0;
    expect(texts).toBeGreaterThan(169);
    expect(runs.every((r) => r.evaluation.texts === texts)).toBe(true);
  });

  it('finds goals with SIRIS above the justified floor (precision 60%, recall 35%)', () => {
    const siris = runs.find((r) => r.name === 'SIRIS')?.evaluation;
    expect(siris?.micro.precision).toBeGreaterThanOrEqual(0.6);
    expect(siris?.micro.recall).toBeGreaterThanOrEqual(0.35);
  });
});
