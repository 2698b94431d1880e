import { describe, expect, it } from 'vitest';
import {
  AWARENESS_QUESTIONNAIRE,
  awarenessOverTime,
  checkAnswers,
  isAware,
  proportion,
} from './awareness';

describe('proportion', () => {
  it('gives the Wilson 95% interval of 8 of 10', () => {
    const p = proportion(8, 10);
    expect(p.share).toBe(0.8);
    expect(p.low).toBeCloseTo(0.4902, 4);
    expect(p.high).toBeCloseTo(0.9433, 4);
  });

  it('keeps the interval inside 0–1 at 0 of 5 and 5 of 5', () => {
    expect(proportion(0, 5).low).toBeCloseTo(0, 12);
    expect(proportion(0, 5).high).toBeCloseTo(0.4345, 4);
    expect(proportion(5, 5).high).toBeCloseTo(1, 12);
  });

  it('has no share without respondents', () => {
    expect(proportion(0, 0)).toEqual({ n: 0, count: 0, share: null, low: null, high: null });
  });
});

describe('awareness answers', () => {
  const ok = { heard_of_sdgs: 'yes', understanding: 3, knows_city_priorities: 'no' };

  it('counts as aware who heard of the SDGs and understands them at 3 or more', () => {
    expect(isAware(ok)).toBe(true);
    expect(isAware({ ...ok, understanding: 2 })).toBe(false);
    expect(isAware({ ...ok, heard_of_sdgs: 'no' })).toBe(false);
  });

  it('names every wrong, missing and unknown answer', () => {
    expect(checkAnswers(AWARENESS_QUESTIONNAIRE, ok)).toEqual([]);
    const problems = checkAnswers(AWARENESS_QUESTIONNAIRE, {
      heard_of_sdgs: 'maybe',
      understanding: 7,
      group: 'aliens',
      extra: 1,
    });
    expect(problems.map((p) => p.field)).toEqual([
      'answers.extra',
      'answers.heard_of_sdgs',
      'answers.understanding',
      'answers.knows_city_priorities',
      'answers.group',
    ]);
  });
});

describe('awarenessOverTime', () => {
  it('orders each city’s surveys in time and gives the change from the first to the last', () => {
    const [city] = awarenessOverTime([
      {
        surveyId: 'b',
        cityId: 'c',
        round: 'follow_up',
        opensOn: '2026-01-01',
        responses: 10,
        aware: 8,
      },
      {
        surveyId: 'a',
        cityId: 'c',
        round: 'baseline',
        opensOn: '2025-01-01',
        responses: 10,
        aware: 2,
      },
    ]);
    expect(city?.points.map((p) => [p.round, p.share, p.n])).toEqual([
      ['baseline', 0.2, 10],
      ['follow_up', 0.8, 10],
    ]);
    expect(city?.change).toBeCloseTo(0.6, 10);
  });
});
