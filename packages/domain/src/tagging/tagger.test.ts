import { describe, expect, it } from 'vitest';
import { evaluateGoalTagger } from './evaluation';
import type { KeywordSystemData } from './keyword-system';
import { normaliseForTagging } from './normalise';
import { compileTagger, tagText, taggedGoals } from './tagger';

function buildSystem(overrides: Partial<KeywordSystemData> = {}): KeywordSystemData {
  return {
    system: 'test',
    name: 'Test keywords',
    level: 'goal',
    entries: [
      [11, null, 'air quality', []],
      [12, null, 'composting', []],
      [1, null, 'basic needs', ['poverty', 'vulnerability']],
      [6, '6.3', 'wastewater', []],
    ],
    ...overrides,
  };
}

const tagger = compileTagger([buildSystem()]);

describe('normaliseForTagging', () => {
  it('folds case and diacritics and turns punctuation into single spaces', () => {
    expect(normaliseForTagging('Clean-Air  Plan, Đà Nẵng!')).toBe('clean air plan da nang');
  });
});

describe('tagText', () => {
  it('matches a multi-word term whatever its case and hyphenation', () => {
    const [suggestion] = tagText(tagger, 'Monitoring AIR-Quality in Hanoi');
    expect(suggestion).toEqual({
      goal: 11,
      target: null,
      system: 'test',
      matches: [{ term: 'air quality' }],
    });
  });

  it('matches whole words only', () => {
    expect(tagText(tagger, 'Precomposting and airquality')).toEqual([]);
  });

  it('needs one of the extra terms for a keyword written "kw" AND "extra"', () => {
    expect(tagText(tagger, 'Basic needs of families')).toEqual([]);
    expect(tagText(tagger, 'Basic needs of families in vulnerability')[0]?.matches).toEqual([
      { term: 'basic needs', with: 'vulnerability' },
    ]);
  });

  it('returns target-level suggestions with their target and the system that said so', () => {
    const suggestions = tagText(tagger, 'Wastewater reuse and composting');
    expect(suggestions.map((s) => [s.goal, s.target, s.system])).toEqual([
      [6, '6.3', 'test'],
      [12, null, 'test'],
    ]);
  });

  it('lists a term once however often it occurs', () => {
    expect(tagText(tagger, 'composting, composting')[0]?.matches).toHaveLength(1);
  });
});

describe('evaluateGoalTagger', () => {
  it('counts a hit for the label and a false positive for every other goal given', () => {
    const items = [
      { text: 'air quality and composting', goal: 11 },
      { text: 'composting', goal: 12 },
      { text: 'nothing here', goal: 12 },
    ];
    const result = evaluateGoalTagger(items, (t) => taggedGoals(tagger, t));
    const goal12 = result.perGoal[11];
    expect(goal12).toMatchObject({ support: 2, predicted: 2, truePositives: 1 });
    expect(goal12?.precision).toBe(1 / 2);
    expect(goal12?.recall).toBe(1 / 2);
    expect(result.micro.precision).toBe(2 / 3);
    expect(result.untagged).toBe(1);
  });
});
