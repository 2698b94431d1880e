import type { projectsRepository as repo } from '@frontrunner/db';
import type {
  BenefitClaim,
  BudgetShare,
  FundingSource,
  Partner,
  ProjectDraft,
  ProjectStatus,
} from '@frontrunner/domain';

/** A project as services return it (camelCase, lists parsed). */
export interface ProjectView {
  id: string;
  city: { id: string; slug: string; name: string; country: string };
  title: string;
  summary: string | null;
  description: string | null;
  themes: string[];
  status: ProjectStatus;
  startDate: string | null;
  endDate: string | null;
  budget: number | null;
  currency: string | null;
  fundingSources: FundingSource[];
  budgetSplit: BudgetShare[];
  partners: Partner[];
  location: { latitude: number; longitude: number } | null;
  stakeholders: string[];
  links: { title: string; url: string }[];
  replicatesCaseId: string | null;
  demo: boolean;
  createdAt: string;
  updatedAt: string;
}

const json = <T>(text: string): T => JSON.parse(text) as T;

/** Maps a project row and its city to a {@link ProjectView}. */
export function toProjectView(row: repo.ProjectRow, city: ProjectView['city']): ProjectView {
  return {
    id: row.id,
    city,
    title: row.title,
    summary: row.summary,
    description: row.description,
    themes: json(row.themes),
    status: row.status as ProjectStatus,
    startDate: row.start_date,
    endDate: row.end_date,
    budget: row.budget === null ? null : Number(row.budget),
    currency: row.currency,
    fundingSources: json(row.funding_sources),
    budgetSplit: json(row.budget_split),
    partners: json(row.partners),
    location:
      row.latitude === null || row.longitude === null
        ? null
        : { latitude: Number(row.latitude), longitude: Number(row.longitude) },
    stakeholders: json(row.stakeholders),
    links: json(row.links),
    replicatesCaseId: row.replicates_case_id,
    demo: Number(row.demo) === 1,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

/** The columns a draft writes. */
export function draftColumns(draft: ProjectDraft) {
  return {
    title: draft.title.trim(),
    summary: draft.summary?.trim() || null,
    description: draft.description?.trim() || null,
    themes: JSON.stringify(draft.themes),
    status: draft.status,
    start_date: draft.startDate ?? null,
    end_date: draft.endDate ?? null,
    budget: draft.budget ?? null,
    currency: draft.currency ?? null,
    funding_sources: JSON.stringify(draft.fundingSources),
    budget_split: JSON.stringify(draft.budgetSplit),
    partners: JSON.stringify(draft.partners.map((p) => ({ ...p, ref: p.ref ?? null }))),
    latitude: draft.latitude ?? null,
    longitude: draft.longitude ?? null,
    stakeholders: JSON.stringify(draft.stakeholders),
    links: JSON.stringify(draft.links),
    replicates_case_id: draft.replicatesCaseId ?? null,
  };
}

/** A benefit claim as services return it. */
export type ClaimView = BenefitClaim & { origin: string; createdAt: string };

/** Maps a claim row to a {@link ClaimView}. */
export function toClaimView(row: repo.BenefitClaimRow): ClaimView {
  const quantified =
    row.indicator_number === null
      ? null
      : {
          indicator: row.indicator_number,
          baseline: Number(row.baseline_value),
          target: Number(row.target_value),
          unit: row.unit,
        };
  return {
    id: row.id,
    target: row.target_code,
    kind: row.kind,
    size: row.size,
    quantified,
    evidence: row.evidence,
    origin: row.origin,
    createdAt: row.created_at,
  };
}
