import { describe, expect, it } from 'vitest';
import { ValidationError } from '../errors';
import { DEFAULT_RUBRIC } from './default-rubric';
import { readiness } from './readiness';
import { checkRubric, newRubricVersion, nextStage, type RubricLevel } from './rubric';

const all = (level: RubricLevel) =>
  Object.fromEntries(DEFAULT_RUBRIC.criteria.map((c) => [c.key, level]));

describe('the default rubric', () => {
  it('has the six criteria of METHODS §7 and no problems', () => {
    expect(DEFAULT_RUBRIC.criteria.map((c) => c.key)).toEqual([
      'sdgs_localised',
      'data',
      'model_project',
      'capacity',
      'reporting',
      'sharing',
    ]);
    expect(checkRubric(DEFAULT_RUBRIC)).toEqual([]);
  });
});

describe('readiness', () => {
  it('is ready for Model City when every criterion is at 2 or more', () => {
    const r = readiness(DEFAULT_RUBRIC, 'model_city', { ...all(2), data: 3 });
    expect(r.ready).toBe(true);
    expect(r.missing).toEqual([]);
    expect(r.met).toHaveLength(6);
  });

  it('lists as missing a criterion below the minimum and one nobody scored', () => {
    const levels: Record<string, RubricLevel | null> = { ...all(2), reporting: 1, sharing: null };
    const r = readiness(DEFAULT_RUBRIC, 'model_city', levels);
    expect(r.ready).toBe(false);
    expect(r.missing.map((c) => [c.key, c.level, c.needed])).toEqual([
      ['reporting', 1, 2],
      ['sharing', null, 2],
    ]);
  });

  it('needs every criterion at 3 for Frontrunner', () => {
    expect(readiness(DEFAULT_RUBRIC, 'frontrunner', all(2)).missing).toHaveLength(6);
    expect(readiness(DEFAULT_RUBRIC, 'frontrunner', all(3)).ready).toBe(true);
  });

  it('follows a criterion’s own minimum over the rubric’s', () => {
    const rubric = {
      ...DEFAULT_RUBRIC,
      criteria: DEFAULT_RUBRIC.criteria.map((c) =>
        c.key === 'sharing' ? { ...c, minimum: { model_city: 1 as const } } : c,
      ),
    };
    expect(readiness(rubric, 'model_city', { ...all(2), sharing: 1 }).ready).toBe(true);
  });
});

describe('rubric versions', () => {
  it('numbers a new version after the previous one', () => {
    expect(newRubricVersion(DEFAULT_RUBRIC, DEFAULT_RUBRIC).version).toBe(2);
    expect(newRubricVersion(DEFAULT_RUBRIC, undefined).version).toBe(1);
  });

  it('refuses duplicate keys, missing level texts and a Frontrunner minimum below Model City', () => {
    const [first] = DEFAULT_RUBRIC.criteria;
    const bad = {
      minimum: { model_city: 3 as const, frontrunner: 2 as const },
      criteria: [first!, { ...first!, levels: ['a', 'b', '', 'd'] as const }],
    };
    const error = (() => {
      try {
        newRubricVersion(bad, undefined);
      } catch (e) {
        return e;
      }
    })();
    expect(error).toBeInstanceOf(ValidationError);
    expect((error as ValidationError).problems.map((p) => p.field)).toEqual([
      'criteria[1].key',
      'criteria[1].levels',
      'minimum.frontrunner',
    ]);
  });

  it('knows the stage after candidate and model city, and none after frontrunner', () => {
    expect(['none', 'candidate', 'model_city', 'frontrunner'].map(nextStage)).toEqual([
      undefined,
      'model_city',
      'frontrunner',
      undefined,
    ]);
  });
});
