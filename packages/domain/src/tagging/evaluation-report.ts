import { evaluateGoalTagger, type LabelledText, type TaggerEvaluation } from './evaluation';

/** The columns of the framework file that the labelled set uses. */
export interface FrameworkTextRecord {
  readonly SDGNumber: string;
  readonly Targets: string;
  readonly Indicators: string;
}

/**
 * The UN framework's own target and indicator texts, each labelled with its goal. A text that
 * appears under several goals (a repeated indicator such as 1.5.1 = 11.5.1 = 13.1.1) has no
 * single label and is left out; each remaining text is kept once.
 */
export function labelledFrameworkTexts(records: readonly FrameworkTextRecord[]): LabelledText[] {
  const goalsOf = new Map<string, Set<number>>();
  for (const r of records) {
    const goal = Number(r.SDGNumber);
    for (const raw of [r.Targets, r.Indicators]) {
      const text = raw.trim();
      if (text === '') continue;
      goalsOf.set(text, (goalsOf.get(text) ?? new Set()).add(goal));
    }
  }
  return [...goalsOf].flatMap(([text, goals]) =>
    goals.size === 1 ? [{ text, goal: [...goals][0] ?? 0 }] : [],
  );
}

const pct = (x: number | null): string => (x === null ? '—' : (100 * x).toFixed(1));

/** A named evaluation for {@link renderEvaluationTable}. */
export interface NamedEvaluation {
  readonly name: string;
  readonly evaluation: TaggerEvaluation;
}

/**
 * A Markdown table: one row per goal with precision and recall (percent) of each evaluation,
 * then micro and macro averages and the share of texts left untagged.
 */
export function renderEvaluationTable(runs: readonly NamedEvaluation[]): string {
  const head = ['goal', 'texts', ...runs.flatMap((r) => [`${r.name} P`, `${r.name} R`])];
  const lines = [`| ${head.join(' | ')} |`, `|${head.map(() => '---').join('|')}|`];
  for (let goal = 1; goal <= 17; goal += 1) {
    const cells = runs.flatMap((r) => {
      const g = r.evaluation.perGoal[goal - 1];
      return [pct(g?.precision ?? null), pct(g?.recall ?? null)];
    });
    const support = runs[0]?.evaluation.perGoal[goal - 1]?.support ?? 0;
    lines.push(`| ${goal} | ${support} | ${cells.join(' | ')} |`);
  }
  const total = runs[0]?.evaluation.texts ?? 0;
  const row = (label: string, f: (e: TaggerEvaluation) => [number, number]) =>
    `| ${label} | ${total} | ${runs.flatMap((r) => f(r.evaluation).map(pct)).join(' | ')} |`;
  lines.push(row('**micro**', (e) => [e.micro.precision, e.micro.recall]));
  lines.push(row('**macro**', (e) => [e.macro.precision, e.macro.recall]));
  const untagged = runs.flatMap((r) => [String(r.evaluation.untagged), '']);
  lines.push(`| untagged texts | ${total} | ${untagged.join(' | ')} |`);
  return lines.join('\n');
}

/**
 * The evaluations reported in docs/tagger-evaluation.md, from the framework file's records and
 * compiled taggers: each goal-level system alone, the two together (what the product suggests
 * at goal level), and JRC for reference only (its keywords were built from these very texts).
 */
export function frameworkEvaluations(
  records: readonly FrameworkTextRecord[],
  taggers: readonly {
    readonly name: string;
    readonly predict: (text: string) => ReadonlySet<number>;
  }[],
): NamedEvaluation[] {
  const items = labelledFrameworkTexts(records);
  return taggers.map((t) => ({ name: t.name, evaluation: evaluateGoalTagger(items, t.predict) }));
}
