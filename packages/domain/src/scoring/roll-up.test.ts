import { describe, expect, it } from 'vitest';
import { rollUp, type RollUpMember } from './roll-up';

const city = (index: number | null, goals: [number, number | null, string][]): RollUpMember => ({
  index,
  goals: goals.map(([goal, score, colour]) => ({ goal, score, colours: { [colour]: 1 } })),
});

describe('rollUp', () => {
  it('averages the members’ goal scores and counts the members behind each goal', () => {
    const result = rollUp([
      city(60, [
        [1, 40, 'red'],
        [6, 90, 'green'],
      ]),
      city(80, [
        [1, 70, 'yellow'],
        [6, null, 'grey'],
      ]),
    ]);
    expect(result.goals).toEqual([
      {
        goal: 1,
        score: 55,
        members: 2,
        colours: { green: 0, yellow: 1, orange: 0, red: 1, grey: 0 },
      },
      {
        goal: 6,
        score: 90,
        members: 1,
        colours: { green: 1, yellow: 0, orange: 0, red: 0, grey: 1 },
      },
    ]);
    expect(result.index).toBe(70);
    expect(result.indexMembers).toBe(2);
  });

  it('leaves out members without an index, and gives no index when none has one', () => {
    expect(rollUp([city(null, [[1, 50, 'orange']]), city(30, [])]).index).toBe(30);
    expect(rollUp([city(null, [[1, 50, 'orange']])])).toMatchObject({
      index: null,
      indexMembers: 0,
    });
  });

  it('weighs each country the same in a roll-up of roll-ups, and adds up their cities’ colours', () => {
    const big = rollUp([
      city(50, [[3, 50, 'red']]),
      city(50, [[3, 50, 'red']]),
      city(50, [[3, 50, 'red']]),
    ]);
    const small = rollUp([city(90, [[3, 90, 'green']])]);
    const asean = rollUp([big, small].map((c) => ({ index: c.index, goals: c.goals })));
    expect(asean.goals[0]).toEqual({
      goal: 3,
      score: 70,
      members: 2,
      colours: { green: 1, yellow: 0, orange: 0, red: 3, grey: 0 },
    });
    expect(asean.index).toBe(70);
  });
});
