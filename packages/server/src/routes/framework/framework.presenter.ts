import type { GoalDetailView, GoalView, IndicatorView, TargetView } from '@frontrunner/services';

/** The public fields of a goal. */
export function presentGoal(goal: GoalView) {
  return {
    number: goal.number,
    code: goal.code,
    title: goal.title,
    shortTitle: goal.shortTitle,
    colour: goal.colour,
    targetCount: goal.targetCount,
    indicatorCount: goal.indicatorCount,
  };
}

/** The public fields of a target. */
export function presentTarget(target: TargetView) {
  return {
    code: target.code,
    goal: target.goal,
    title: target.title,
    indicatorCount: target.indicatorCount,
  };
}

/** The public fields of an indicator. */
export function presentIndicator(indicator: IndicatorView) {
  return {
    id: indicator.id,
    code: indicator.code,
    title: indicator.title,
    targets: indicator.links.map((l) => l.target),
    links: indicator.links.map((l) => ({ target: l.target, code: l.code })),
  };
}

/** A goal page: the goal, its targets and their indicators. */
export function presentGoalDetail(goal: GoalDetailView) {
  return {
    ...presentGoal(goal),
    targets: goal.targets.map((t) => ({
      ...presentTarget(t),
      indicators: t.indicators.map((i) => ({
        ...presentIndicator(i),
        listedAs: i.listedAs,
        alsoUnder: i.alsoUnder,
      })),
    })),
  };
}
