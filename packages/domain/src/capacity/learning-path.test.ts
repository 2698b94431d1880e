import { describe, expect, it } from 'vitest';
import { competencyChange, type CompetencySelfAssessment } from './competency';
import { DEFAULT_RUBRIC } from './default-rubric';
import { learningPath, reasonSentence } from './learning-path';
import { readiness } from './readiness';
import type { RubricLevel } from './rubric';

const assessed = (levels: CompetencySelfAssessment['levels']): CompetencySelfAssessment => ({
  cityId: 'c1',
  cohort: '2025',
  phase: 'before',
  levels,
});

const missingFor = (levels: Record<string, RubricLevel>) =>
  readiness(DEFAULT_RUBRIC, 'model_city', levels).missing;

describe('learningPath why', () => {
  it('gives a low competency as its key and latest level', () => {
    const path = learningPath({
      competencies: competencyChange([assessed({ reporting: 2, project_design: 4 })]),
      dataCoverage: null,
      missingCriteria: [],
    });
    expect(path.map((s) => [s.module.key, s.why])).toEqual([
      ['vlr-guide', [{ kind: 'competency', competency: 'reporting', level: 2 }]],
    ]);
    expect(path[0]?.reasons).toEqual(['Competency reporting is at 2 of 5']);
  });

  it('keeps a mean level whole in why and writes it with one decimal', () => {
    const reason = { kind: 'competency', competency: 'reporting', level: 7 / 3 } as const;
    expect(reasonSentence(reason)).toBe('Competency reporting is at 2.3 of 5');
  });

  it('gives thin data as the share 0–1, unrounded, while the sentence rounds to a percent', () => {
    const [step] = learningPath({ competencies: [], dataCoverage: 0.333, missingCriteria: [] });
    expect(step?.module.key).toBe('indicator-data');
    expect(step?.why).toEqual([{ kind: 'data', coverage: 0.333 }]);
    expect(step?.reasons).toEqual(["33% of the city's series have an approved value"]);
  });

  it('gives a missing criterion with its key, title, level and the level needed', () => {
    const path = learningPath({
      competencies: [],
      dataCoverage: 0.9,
      missingCriteria: missingFor({ sdgs_localised: 1, data: 2, model_project: 2, reporting: 2 }),
    });
    expect(path.map((s) => s.module.key)).toEqual(['localising-targets', 'stakeholder-outreach']);
    expect(path[0]?.why).toEqual([
      {
        kind: 'criterion',
        criterion: 'sdgs_localised',
        title: 'SDGs localised',
        level: 1,
        needed: 2,
      },
    ]);
    expect(path[1]?.why.map((r) => (r.kind === 'criterion' ? r.criterion : r.kind))).toEqual([
      'capacity',
      'sharing',
    ]);
    expect(path[1]?.reasons).toEqual([
      'Criterion "Capacity and awareness" is not scored; 2 is needed',
      'Criterion "Sharing" is not scored; 2 is needed',
    ]);
  });

  it('keeps each English reason the sentence of its twin in why', () => {
    const path = learningPath({
      competencies: competencyChange([assessed({ data_and_indicators: 1 })]),
      dataCoverage: 0.1,
      missingCriteria: missingFor({}),
    });
    expect(path.length).toBeGreaterThan(0);
    for (const step of path) expect(step.reasons).toEqual(step.why.map(reasonSentence));
    expect(path[1]?.reasons).toEqual([
      'Competency data_and_indicators is at 1 of 5',
      "10% of the city's series have an approved value",
      'Criterion "Data and baselines" is not scored; 2 is needed',
    ]);
  });
});
