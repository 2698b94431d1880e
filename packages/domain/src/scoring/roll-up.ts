import type { DashboardColour } from './types';

/** How many of a roll-up's cities are of each dashboard colour on one goal. */
export type ColourCounts = Readonly<Record<DashboardColour, number>>;

/** One goal of a member of a roll-up: a city (one colour) or a rolled-up country. */
export interface RollUpMemberGoal {
  /** SDG number, 1–17. */
  readonly goal: number;
  /** The member's goal score, 0–100, or null when it has none. */
  readonly score: number | null;
  /** The member's cities by colour on this goal (a city: one of them, counted once). */
  readonly colours: Partial<ColourCounts>;
}

/** A city, or a country that is itself a roll-up, as a member of a larger roll-up. */
export interface RollUpMember {
  /** The member's index, 0–100, or null when it has none. */
  readonly index: number | null;
  readonly goals: readonly RollUpMemberGoal[];
}

/** One goal of a roll-up. */
export interface RolledUpGoal {
  readonly goal: number;
  /** Mean of the members' goal scores, 0–100; null when no member has one. */
  readonly score: number | null;
  /** Members with a score on this goal (cities for a country, countries for ASEAN). */
  readonly members: number;
  /** The cities behind the roll-up by their colour on this goal (grey: no data). */
  readonly colours: ColourCounts;
}

/** A country's or ASEAN's scores, rolled up from its members by Frontrunner's own rule. */
export interface RollUp {
  /** Mean of the members' indexes, 0–100; null when no member has one. */
  readonly index: number | null;
  /** Members with an index. */
  readonly indexMembers: number;
  /** One entry per goal that any member has, ascending. */
  readonly goals: readonly RolledUpGoal[];
}

const COLOURS: readonly DashboardColour[] = ['green', 'yellow', 'orange', 'red', 'grey'];

/**
 * Rolls members up, Frontrunner's own rule (the SDSN publishes none for cities): a goal's score
 * is the plain mean of the members' scores on it, with the number of members behind it; the
 * index is the plain mean of the members' indexes. Each member weighs the same, whatever its
 * size. Colours are not averaged: the roll-up counts its cities of each colour. A country is
 * rolled up from its cities, ASEAN from its countries (so each country weighs the same).
 * @example rollUp([{ index: 60, goals: [{ goal: 1, score: 50, colours: { red: 1 } }] }, { index: null, goals: [{ goal: 1, score: 70, colours: { green: 1 } }] }]).goals[0] // { goal: 1, score: 60, members: 2, colours: { green: 1, yellow: 0, orange: 0, red: 1, grey: 0 } }
 */
export function rollUp(members: readonly RollUpMember[]): RollUp {
  const goals = new Map<
    number,
    { sum: number; count: number; colours: Record<DashboardColour, number> }
  >();
  let indexSum = 0;
  let indexMembers = 0;
  for (const member of members) {
    if (member.index !== null) {
      indexSum += member.index;
      indexMembers += 1;
    }
    for (const g of member.goals) {
      let acc = goals.get(g.goal);
      if (acc === undefined) {
        acc = { sum: 0, count: 0, colours: { green: 0, yellow: 0, orange: 0, red: 0, grey: 0 } };
        goals.set(g.goal, acc);
      }
      if (g.score !== null) {
        acc.sum += g.score;
        acc.count += 1;
      }
      for (const colour of COLOURS) acc.colours[colour] += g.colours[colour] ?? 0;
    }
  }
  return {
    index: indexMembers === 0 ? null : indexSum / indexMembers,
    indexMembers,
    goals: [...goals.entries()]
      .sort(([a], [b]) => a - b)
      .map(([goal, acc]) => ({
        goal,
        score: acc.count === 0 ? null : acc.sum / acc.count,
        members: acc.count,
        colours: acc.colours,
      })),
  };
}
