import { NotFoundError, type DashboardColour } from '@frontrunner/domain';
import type { Executor } from '@frontrunner/db';
import type { Clock } from '../clock';
import type { RolledUpGoalView } from '../scoring/score-views';
import {
  getAseanScores,
  getCityScores,
  getCountryScores,
  type RollUpView,
} from '../scoring/scores.service';
import type { ReportScoresPort, ScoredRollUp } from './scores-port';

const orUndefined = async <T>(read: () => Promise<T>): Promise<T | undefined> => {
  try {
    return await read();
  } catch (error) {
    // No codebook or no stored scores yet: the dashboard says it is not available.
    if (error instanceof NotFoundError) return undefined;
    throw error;
  }
};

const COLOUR_ORDER: readonly DashboardColour[] = ['green', 'yellow', 'orange', 'red', 'grey'];

/**
 * A roll-up goal as a report row. Roll-ups count their cities' colours rather than average them
 * (the project's own rule), so the row is grey and its label spells out the counts.
 */
function rolledUpGoal(g: RolledUpGoalView): ScoredRollUp['goals'][number] {
  const counts = COLOUR_ORDER.filter((c) => g.colours[c] > 0).map((c) => `${g.colours[c]} ${c}`);
  return {
    goal: g.goal,
    score: g.score,
    colour: 'grey',
    colourLabel: `Cities by colour: ${counts.join(', ') || 'none'} (counted, not averaged)`,
    trend: '•',
    trendLabel: 'Roll-ups have no trend',
  };
}

function rollUp(view: RollUpView): ScoredRollUp {
  return {
    index: view.index,
    rule: view.rule,
    codebook: { version: view.codebook.version },
    goals: view.goals.map(rolledUpGoal),
    members: view.members,
  };
}

/** The stored scores (current codebook version), as a report reads them. */
export function storedScores(db: Executor, clock: Clock): ReportScoresPort {
  return {
    city: (slug) => orUndefined(() => getCityScores(db, slug, {}, clock)),
    country: async (iso3) => {
      const view = await orUndefined(() => getCountryScores(db, iso3, {}, clock));
      return view && rollUp(view);
    },
    asean: async () => {
      const view = await orUndefined(() => getAseanScores(db, {}, clock));
      return view && rollUp(view);
    },
  };
}
