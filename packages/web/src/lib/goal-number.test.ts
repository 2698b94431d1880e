import { describe, expect, it } from 'vitest';
import { parseGoalNumber } from './goal-number.ts';

describe('parseGoalNumber', () => {
  it('reads the goal numbers 1 to 17', () => {
    expect(parseGoalNumber('1')).toBe(1);
    expect(parseGoalNumber('11')).toBe(11);
    expect(parseGoalNumber('17')).toBe(17);
  });

  it.each(['0', '18', '99', '011', '11.0', '-1', 'eleven', '', ' 11'])(
    'rejects "%s" as no goal',
    (segment) => {
      expect(parseGoalNumber(segment)).toBeUndefined();
    },
  );
});
