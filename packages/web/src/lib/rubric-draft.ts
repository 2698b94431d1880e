import { checkRubric } from '@frontrunner/domain';
import type { TargetStage } from '../api/capacity-types.ts';
import type { EvidenceKind } from '@frontrunner/domain';
import type { RubricCriterionBody, RubricLevel, RubricVersion } from '../api/rubric.api.ts';

/** A criterion being edited. */
export interface CriterionDraft {
  /** Stable React key of the row, never sent. */
  readonly rowId: string;
  readonly key: string;
  readonly title: string;
  readonly levels: readonly [string, string, string, string];
  readonly evidence: readonly EvidenceKind[];
  /** Overrides of the rubric's minimum for this criterion; absent means the rubric's own. */
  readonly minimum: Partial<Record<TargetStage, RubricLevel>>;
  /**
   * True for a criterion of the version being edited: its key stays, so assessments made with
   * earlier versions keep meaning the same criterion.
   */
  readonly existing: boolean;
}

/** The rubric being edited, from the version it started from. */
export interface RubricDraft {
  readonly basedOn: number;
  readonly minimum: Readonly<Record<TargetStage, RubricLevel>>;
  readonly criteria: readonly CriterionDraft[];
}

/** What is wrong with a field, as a key of the `rubricEditor.problems` translations. */
export type RubricProblem =
  | 'noCriteria'
  | 'keyFormat'
  | 'keyTwice'
  | 'titleEmpty'
  | 'levelsEmpty'
  | 'evidenceUnknown'
  | 'level'
  | 'minimumOrder';

/** Problems by field path (`criteria.0.key`, `minimum.frontrunner`, `criteria`). */
export type RubricProblems = ReadonlyMap<string, readonly RubricProblem[]>;

/** A draft of a published version, unchanged. */
export function draftFromRubric(rubric: RubricVersion): RubricDraft {
  return {
    basedOn: rubric.version,
    minimum: { ...rubric.minimum },
    criteria: rubric.criteria.map((c) => ({
      rowId: c.key,
      key: c.key,
      title: c.title,
      levels: [...c.levels] as unknown as CriterionDraft['levels'],
      evidence: [...c.evidence],
      minimum: { ...c.minimum },
      existing: true,
    })),
  };
}

/** An empty criterion to fill in, with a row id unique in the draft. */
export function blankCriterion(rowId: string): CriterionDraft {
  return {
    rowId,
    key: '',
    title: '',
    levels: ['', '', '', ''],
    evidence: ['link'],
    minimum: {},
    existing: false,
  };
}

/** The request body of a draft: text trimmed, empty overrides left out. */
export function toRubricBody(draft: RubricDraft): Omit<RubricVersion, 'version'> {
  return {
    minimum: { ...draft.minimum },
    criteria: draft.criteria.map((c): RubricCriterionBody => {
      const minimum = Object.fromEntries(
        Object.entries(c.minimum).filter(([, level]) => level !== undefined),
      );
      return {
        key: c.key.trim(),
        title: c.title.trim(),
        levels: c.levels.map((l) => l.trim()) as unknown as RubricCriterionBody['levels'],
        evidence: [...c.evidence],
        ...(Object.keys(minimum).length > 0 ? { minimum } : {}),
      };
    }),
  };
}

function problemOf(field: string, message: string): RubricProblem {
  if (field === 'criteria') return 'noCriteria';
  if (field.endsWith('.key')) return /twice/.test(message) ? 'keyTwice' : 'keyFormat';
  if (field.endsWith('.title')) return 'titleEmpty';
  if (field.endsWith('.levels')) return 'levelsEmpty';
  if (field.endsWith('.evidence')) return 'evidenceUnknown';
  if (field === 'minimum.frontrunner' && /at least/.test(message)) return 'minimumOrder';
  return 'level';
}

/**
 * Every problem of a draft, by field, with the platform's own rubric rules (the server checks
 * the same again).
 *
 * @example
 * rubricProblems({ ...draft, criteria: [] }).get('criteria') // ['noCriteria']
 */
export function rubricProblems(draft: RubricDraft): RubricProblems {
  const found = new Map<string, RubricProblem[]>();
  for (const { field, message } of checkRubric(toRubricBody(draft))) {
    const path = field.replace(/\[(\d+)\]/g, '.$1');
    found.set(path, [...(found.get(path) ?? []), problemOf(path, message)]);
  }
  return found;
}

/** Whether a draft would publish something other than the version it started from. */
export function draftChanged(draft: RubricDraft, rubric: RubricVersion): boolean {
  const before = toRubricBody(draftFromRubric(rubric));
  return JSON.stringify(toRubricBody(draft)) !== JSON.stringify(before);
}
