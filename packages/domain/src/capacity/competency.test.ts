import { describe, expect, it } from 'vitest';
import { competencyChange, competencyChangeBy, type CompetencySelfAssessment } from './competency';
import { DEFAULT_RUBRIC } from './default-rubric';
import { learningPath } from './learning-path';
import { readiness } from './readiness';

const build = (o: Partial<CompetencySelfAssessment>): CompetencySelfAssessment => ({
  cityId: 'c1',
  cohort: '2025',
  phase: 'before',
  levels: {},
  ...o,
});

describe('competencyChange', () => {
  it('gives the mean before and after per competency, and the change', () => {
    const change = competencyChange([
      build({ levels: { reporting: 2 } }),
      build({ levels: { reporting: 1 } }),
      build({ phase: 'after', levels: { reporting: 4 } }),
    ]);
    expect(change.find((c) => c.competency === 'reporting')).toEqual({
      competency: 'reporting',
      before: 1.5,
      after: 4,
      change: 2.5,
      nBefore: 2,
      nAfter: 1,
    });
    expect(change.find((c) => c.competency === 'project_design')?.change).toBeNull();
  });

  it('groups by city (or cohort) as asked', () => {
    const by = competencyChangeBy(
      [
        build({ cityId: 'a', levels: { reporting: 1 } }),
        build({ cityId: 'b', levels: { reporting: 5 } }),
      ],
      (a) => a.cityId,
    );
    expect([...by.keys()]).toEqual(['a', 'b']);
    expect(by.get('b')?.find((c) => c.competency === 'reporting')?.before).toBe(5);
  });
});

describe('learningPath', () => {
  it('recommends modules for low competencies, thin data and missing criteria, with reasons', () => {
    const competencies = competencyChange([build({ levels: { reporting: 2, project_design: 4 } })]);
    const missing = readiness(DEFAULT_RUBRIC, 'model_city', {
      sdgs_localised: 2,
      data: 1,
      model_project: 2,
      capacity: 2,
      reporting: 2,
      sharing: 2,
    }).missing;
    const path = learningPath({ competencies, dataCoverage: 0.25, missingCriteria: missing });
    expect(path.map((s) => s.module.key)).toEqual(['indicator-data', 'vlr-guide']);
    expect(path[0]?.reasons).toEqual([
      "25% of the city's series have an approved value",
      'Criterion "Data and baselines" is at level 1; 2 is needed',
    ]);
    expect(path[1]?.reasons).toEqual(['Competency reporting is at 2 of 5']);
  });

  it('is empty when nothing is lacking', () => {
    expect(learningPath({ competencies: [], dataCoverage: 0.9, missingCriteria: [] })).toEqual([]);
  });
});
