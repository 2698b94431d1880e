import { requiredProblem, ValidationError, type FieldProblem } from '../errors';

/** What a model project works on (the ASEAN ESC clean air / water / land themes and more). */
export const PROJECT_THEMES = [
  'clean_air',
  'clean_water',
  'clean_land',
  'waste_3r',
  'energy',
  'mobility',
  'green_space',
  'climate_resilience',
  'biodiversity',
  'food',
  'health',
  'livelihoods',
  'governance',
] as const;
export type ProjectTheme = (typeof PROJECT_THEMES)[number];

/** Where a project is: an idea, planned, being implemented, completed, or suspended. */
export const PROJECT_STATUSES = [
  'idea',
  'planned',
  'implementing',
  'completed',
  'suspended',
] as const;
export type ProjectStatus = (typeof PROJECT_STATUSES)[number];

/** A partner's role in IATI terms, with its OrganisationRole code. */
export const IATI_ROLES = { funding: 1, accountable: 2, extending: 3, implementing: 4 } as const;
export type PartnerRole = keyof typeof IATI_ROLES;

/** One funder of a project and its share of the budget. */
export interface FundingSource {
  readonly name: string;
  /** Percent of the budget, 0–100; the shares of a project sum to 100. */
  readonly sharePercent: number;
}

/** An organisation taking part, with its IATI role. */
export interface Partner {
  readonly name: string;
  readonly role: PartnerRole;
  /** IATI organisation identifier, when it has one (e.g. `XM-DAC-41114`). */
  readonly ref?: string | null | undefined;
}

/** The budget split over SDG targets (IATI sector vocabulary 8; goals are summed for 7). */
export interface BudgetShare {
  /** Target code, e.g. `11.6`. */
  readonly target: string;
  /** Percent, 0–100; the split sums to 100. */
  readonly percent: number;
}

/** The fields of a project that its editor writes. */
export interface ProjectDraft {
  readonly title: string;
  readonly summary?: string | null | undefined;
  readonly description?: string | null | undefined;
  readonly themes: readonly string[];
  readonly status: string;
  /** ISO date `YYYY-MM-DD`. */
  readonly startDate?: string | null | undefined;
  /** ISO date `YYYY-MM-DD`, not before the start. */
  readonly endDate?: string | null | undefined;
  /** Total budget in `currency`, ≥ 0. */
  readonly budget?: number | null | undefined;
  /** ISO 4217 code, e.g. `USD`. */
  readonly currency?: string | null | undefined;
  readonly fundingSources: readonly FundingSource[];
  readonly budgetSplit: readonly BudgetShare[];
  readonly partners: readonly Partner[];
  /** WGS84 degrees. */
  readonly latitude?: number | null | undefined;
  readonly longitude?: number | null | undefined;
  readonly stakeholders: readonly string[];
  readonly links: readonly { readonly title: string; readonly url: string }[];
  /** The case the project replicates, if any. */
  readonly replicatesCaseId?: string | null | undefined;
}

/** Shares must sum to 100 within this many percentage points (rounding in spreadsheets). */
export const SHARE_TOLERANCE = 0.01;

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const isDate = (d: string) => ISO_DATE.test(d) && !Number.isNaN(Date.parse(`${d}T00:00:00Z`));

function sharesProblems(field: string, shares: readonly number[], problems: FieldProblem[]): void {
  shares.forEach((s, i) => {
    if (!Number.isFinite(s) || s <= 0 || s > 100)
      problems.push({ field: `${field}.${i}`, message: 'share must be above 0 and at most 100' });
  });
  const sum = shares.reduce((a, b) => a + b, 0);
  if (shares.length > 0 && Math.abs(sum - 100) > SHARE_TOLERANCE)
    problems.push({ field, message: `shares sum to ${sum}, not 100` });
}

/** Every problem with a project draft, each naming its field; none when it is valid. */
export function projectProblems(
  draft: ProjectDraft,
  knownTargets?: ReadonlySet<string>,
): FieldProblem[] {
  const problems: FieldProblem[] = [];
  if (draft.title.trim() === '') problems.push(requiredProblem('title'));
  if (!(PROJECT_STATUSES as readonly string[]).includes(draft.status))
    problems.push({ field: 'status', message: `must be one of ${PROJECT_STATUSES.join(', ')}` });
  draft.themes.forEach((t, i) => {
    if (!(PROJECT_THEMES as readonly string[]).includes(t))
      problems.push({ field: `themes.${i}`, message: `unknown theme "${t}"` });
  });
  for (const key of ['startDate', 'endDate'] as const) {
    const d = draft[key];
    if (d != null && !isDate(d))
      problems.push({ field: key, message: 'must be a date YYYY-MM-DD' });
  }
  if (draft.startDate && draft.endDate && isDate(draft.startDate) && isDate(draft.endDate)) {
    if (draft.endDate < draft.startDate)
      problems.push({ field: 'endDate', message: 'must not be before the start date' });
  }
  if (draft.budget != null && (!Number.isFinite(draft.budget) || draft.budget < 0))
    problems.push({ field: 'budget', message: 'must be zero or more' });
  if (draft.budget != null && !draft.currency)
    problems.push({ field: 'currency', message: 'is required with a budget' });
  sharesProblems(
    'fundingSources',
    draft.fundingSources.map((f) => f.sharePercent),
    problems,
  );
  sharesProblems(
    'budgetSplit',
    draft.budgetSplit.map((b) => b.percent),
    problems,
  );
  draft.budgetSplit.forEach((b, i) => {
    if (knownTargets && !knownTargets.has(b.target))
      problems.push({ field: `budgetSplit.${i}.target`, message: `unknown target "${b.target}"` });
  });
  draft.partners.forEach((p, i) => {
    if (!(p.role in IATI_ROLES))
      problems.push({ field: `partners.${i}.role`, message: `unknown IATI role "${p.role}"` });
  });
  const lat = draft.latitude;
  const lng = draft.longitude;
  if ((lat == null) !== (lng == null))
    problems.push({ field: 'longitude', message: 'a location needs both latitude and longitude' });
  if (lat != null && (lat < -90 || lat > 90))
    problems.push({ field: 'latitude', message: 'must be within −90…90' });
  if (lng != null && (lng < -180 || lng > 180))
    problems.push({ field: 'longitude', message: 'must be within −180…180' });
  return problems;
}

/** Throws a {@link ValidationError} listing every problem of a project draft. */
export function assertValidProject(draft: ProjectDraft, knownTargets?: ReadonlySet<string>): void {
  const problems = projectProblems(draft, knownTargets);
  if (problems.length > 0) throw new ValidationError('Invalid project', problems);
}
