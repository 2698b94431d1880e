/** A competency of a city's SDG team (the programme's competency framework). */
export interface Competency {
  readonly key: CompetencyKey;
  readonly title: string;
}

/** The keys of the competency framework. */
export type CompetencyKey =
  | 'localising_targets'
  | 'data_and_indicators'
  | 'project_design'
  | 'reporting'
  | 'stakeholder_engagement';

/**
 * The competency framework for city SDG teams. Each competency is self-assessed 1–5
 * (1 new to it … 5 could teach it) before and after trainings.
 */
export const COMPETENCIES: readonly Competency[] = [
  { key: 'localising_targets', title: 'Localising SDG targets' },
  { key: 'data_and_indicators', title: 'Data and indicators' },
  { key: 'project_design', title: 'Project design for co-benefits' },
  { key: 'reporting', title: 'Reporting (city SDG reports and VLRs)' },
  { key: 'stakeholder_engagement', title: 'Stakeholder engagement' },
];

/** Whether a string is a competency key. */
export function isCompetencyKey(value: string): value is CompetencyKey {
  return COMPETENCIES.some((c) => c.key === value);
}

/** Before or after a training. */
export type AssessmentPhase = 'before' | 'after';

/** One self-assessment: the levels 1–5 one person (or team) gave, with who they belong to. */
export interface CompetencySelfAssessment {
  readonly cityId: string;
  readonly cohort: string | null;
  readonly phase: AssessmentPhase;
  readonly levels: Readonly<Partial<Record<CompetencyKey, number>>>;
}

/** The change of one competency in one group (a city or a cohort). */
export interface CompetencyChange {
  readonly competency: CompetencyKey;
  /** Mean level 1–5 before; null without assessments. */
  readonly before: number | null;
  readonly after: number | null;
  /** after − before, in levels; null unless both exist. */
  readonly change: number | null;
  readonly nBefore: number;
  readonly nAfter: number;
}

/**
 * Mean level before and after, per competency, of the assessments of one group; the caller
 * chooses the group (a city's assessments, or a cohort's).
 * @example competencyChange([{ phase: 'before', levels: { reporting: 2 } , …}, { phase: 'after', levels: { reporting: 4 }, …}])
 */
export function competencyChange(
  assessments: readonly CompetencySelfAssessment[],
): CompetencyChange[] {
  return COMPETENCIES.map(({ key }) => {
    const levels = (phase: AssessmentPhase) =>
      assessments
        .filter((a) => a.phase === phase)
        .map((a) => a.levels[key])
        .filter((l): l is number => typeof l === 'number');
    const b = levels('before');
    const a = levels('after');
    const before = mean(b);
    const after = mean(a);
    return {
      competency: key,
      before,
      after,
      change: before !== null && after !== null ? round2(after - before) : null,
      nBefore: b.length,
      nAfter: a.length,
    };
  });
}

/** Competency change per group key (e.g. city id or cohort), for a table of groups. */
export function competencyChangeBy(
  assessments: readonly CompetencySelfAssessment[],
  groupOf: (a: CompetencySelfAssessment) => string | null,
): Map<string, CompetencyChange[]> {
  const groups = new Map<string, CompetencySelfAssessment[]>();
  for (const a of assessments) {
    const g = groupOf(a);
    if (g === null) continue;
    groups.set(g, [...(groups.get(g) ?? []), a]);
  }
  return new Map([...groups].map(([g, list]) => [g, competencyChange(list)]));
}

function mean(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  return round2(values.reduce((s, v) => s + v, 0) / values.length);
}

function round2(x: number): number {
  return Math.round(x * 100) / 100;
}
