/** A text with the goal it belongs to (the labelled set of an evaluation). */
export interface LabelledText {
  readonly text: string;
  readonly goal: number;
}

/** Precision and recall of one goal. */
export interface GoalTaggingScore {
  readonly goal: number;
  /** Texts labelled with the goal. */
  readonly support: number;
  /** Texts the tagger gave the goal. */
  readonly predicted: number;
  /** Texts labelled with the goal that the tagger gave it. */
  readonly truePositives: number;
  /** truePositives / predicted, 0–1; null when the goal was never predicted. */
  readonly precision: number | null;
  /** truePositives / support, 0–1; null when no text is labelled with the goal. */
  readonly recall: number | null;
}

/** Per-goal scores and their averages. */
export interface TaggerEvaluation {
  readonly texts: number;
  readonly perGoal: readonly GoalTaggingScore[];
  /** Pooled over every (text, goal) decision, 0–1. */
  readonly micro: { readonly precision: number; readonly recall: number };
  /** Mean of the per-goal values, 0–1; a goal never predicted counts as precision 0. */
  readonly macro: { readonly precision: number; readonly recall: number };
  /** Texts given no goal at all. */
  readonly untagged: number;
}

const ratio = (a: number, b: number): number | null => (b === 0 ? null : a / b);
const mean = (xs: readonly number[]): number =>
  xs.length === 0 ? 0 : xs.reduce((s, x) => s + x, 0) / xs.length;

/**
 * Scores a multi-label goal tagger against single-label texts: a text counts as a true
 * positive for its own goal when the tagger gives it that goal, and as a false positive for
 * every other goal the tagger gives it. Goals 1–17.
 */
export function evaluateGoalTagger(
  items: readonly LabelledText[],
  predict: (text: string) => ReadonlySet<number>,
): TaggerEvaluation {
  const support = new Array<number>(18).fill(0);
  const predicted = new Array<number>(18).fill(0);
  const hits = new Array<number>(18).fill(0);
  let untagged = 0;
  for (const item of items) {
    const goals = predict(item.text);
    if (goals.size === 0) untagged += 1;
    support[item.goal] = (support[item.goal] ?? 0) + 1;
    for (const g of goals) {
      predicted[g] = (predicted[g] ?? 0) + 1;
      if (g === item.goal) hits[g] = (hits[g] ?? 0) + 1;
    }
  }
  const perGoal: GoalTaggingScore[] = [];
  for (let goal = 1; goal <= 17; goal += 1) {
    const s = support[goal] ?? 0;
    const p = predicted[goal] ?? 0;
    const tp = hits[goal] ?? 0;
    perGoal.push({
      goal,
      support: s,
      predicted: p,
      truePositives: tp,
      precision: ratio(tp, p),
      recall: ratio(tp, s),
    });
  }
  const sum = (f: (g: GoalTaggingScore) => number) => perGoal.reduce((acc, g) => acc + f(g), 0);
  const tp = sum((g) => g.truePositives);
  return {
    texts: items.length,
    perGoal,
    micro: {
      precision:
        ratio(
          tp,
          sum((g) => g.predicted),
        ) ?? 0,
      recall:
        ratio(
          tp,
          sum((g) => g.support),
        ) ?? 0,
    },
    macro: {
      precision: mean(perGoal.map((g) => g.precision ?? 0)),
      recall: mean(perGoal.filter((g) => g.support > 0).map((g) => g.recall ?? 0)),
    },
    untagged,
  };
}
