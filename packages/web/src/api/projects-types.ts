/**
 * Shapes of the projects API (issue 7) as the web app reads them: a mirror of
 * `packages/server/src/routes/projects/projects-views.schema.ts` and `project-suggestions.schema.ts`.
 */
import type {
  ClaimKind,
  ClaimSize,
  Dimension,
  PartnerRole,
  ProjectStatus,
} from '@frontrunner/domain';

/** A project as the API answers it. */
export interface Project {
  /** UUID */
  readonly id: string;
  readonly city: { readonly slug: string; readonly name: string; readonly country: string };
  readonly title: string;
  readonly summary: string | null;
  readonly description: string | null;
  readonly themes: readonly string[];
  readonly status: ProjectStatus;
  /** YYYY-MM-DD */
  readonly startDate: string | null;
  /** YYYY-MM-DD */
  readonly endDate: string | null;
  /** Total budget in `currency`. */
  readonly budget: number | null;
  /** ISO 4217 */
  readonly currency: string | null;
  /** Shares in percent, summing to 100. */
  readonly fundingSources: readonly { readonly name: string; readonly sharePercent: number }[];
  readonly budgetSplit: readonly { readonly target: string; readonly percent: number }[];
  readonly partners: readonly {
    readonly name: string;
    readonly role: PartnerRole;
    readonly ref: string | null;
  }[];
  /** WGS84; null when not given. */
  readonly location: { readonly latitude: number; readonly longitude: number } | null;
  readonly stakeholders: readonly string[];
  readonly links: readonly { readonly title: string; readonly url: string }[];
  readonly replicatesCaseId: string | null;
  /** Seeded demo content, not a real project. */
  readonly demo: boolean;
}

/** A benefit claim: the project's expected effect on one SDG target. */
export interface BenefitClaim {
  readonly id: string;
  /** SDG target code, e.g. `11.6` */
  readonly target: string;
  readonly kind: ClaimKind;
  readonly size: ClaimSize;
  readonly quantified: {
    readonly indicator: string;
    readonly baseline: number;
    readonly target: number;
    readonly unit: string | null;
  } | null;
  readonly evidence: string | null;
  /** editor, tagger, network or demo */
  readonly origin: string;
}

/** The multi-dimensional benefit profile (METHODS §6): size weights per dimension, trade-offs negative. */
export interface BenefitProfile {
  readonly environment: number;
  readonly society: number;
  readonly economy: number;
  /** At least two dimensions are net positive. */
  readonly multiDimensional: boolean;
  readonly contributions: readonly {
    readonly claimId: string;
    readonly target: string;
    readonly goal: number;
    readonly dimension: Dimension | null;
    readonly weight: number;
    readonly ignored: 'no_dimension' | 'counted_elsewhere' | null;
  }[];
}

/** One indicator of the results framework with its targets and actuals per period. */
export interface ResultIndicator {
  readonly id: string;
  readonly name: string;
  readonly unit: string;
  readonly sdgIndicator: string | null;
  readonly baselineValue: number | null;
  readonly baselinePeriod: string | null;
  readonly periods: readonly {
    readonly period: string;
    readonly disaggregation: string;
    readonly target: number | null;
    readonly actual: number | null;
  }[];
}

/** A node of the results framework: objective → output → outcome. */
export interface ResultNode {
  readonly id: string;
  readonly level: 'objective' | 'output' | 'outcome';
  readonly title: string;
  readonly indicators: readonly ResultIndicator[];
  readonly children: readonly ResultNode[];
}

/** A progress update of the project. */
export interface ProgressUpdate {
  readonly id: string;
  readonly period: string;
  readonly narrative: string;
  readonly status: 'draft' | 'submitted' | 'approved' | 'returned';
}

/** What GET /projects/:id answers. */
export interface ProjectPage {
  readonly project: Project;
  readonly claims: readonly BenefitClaim[];
  readonly profile: BenefitProfile;
  readonly results: readonly ResultNode[];
  readonly progressUpdates: readonly ProgressUpdate[];
}

/** One project of the portfolio with its goals and profile. */
export interface PortfolioItem {
  readonly project: Project;
  /** Goals the project claims. */
  readonly goals: readonly number[];
  readonly profile: BenefitProfile;
}

/** A page of the portfolio. */
export interface Portfolio {
  /** Projects matching the filter. */
  readonly total: number;
  readonly items: readonly PortfolioItem[];
}

/** A suggestion found in the project's own words by a keyword system. */
export interface TextSuggestion {
  readonly goal: number;
  /** null for a goal-level system (SIRIS). */
  readonly target: string | null;
  /** jrc (targets) or siris (goals) */
  readonly system: string;
  readonly matches: readonly { readonly term: string; readonly with?: string }[];
  readonly claimed: boolean;
}

/** A target linked to a primary target in the country's data (weak evidence). */
export interface DataSuggestion {
  readonly target: string;
  readonly from: string;
  /** Mean Spearman's ρ of the target link. */
  readonly rho: number;
  readonly pairs: number;
  readonly seriesPairs: readonly {
    readonly a: string;
    readonly b: string;
    readonly rho: number | null;
    /** Overlapping years */
    readonly n: number;
  }[];
  readonly claimed: boolean;
}

/** A target linked to a primary target by a curated, cited link. */
export interface CuratedSuggestion {
  readonly target: string;
  readonly from: string;
  readonly link: { readonly citation: string; readonly note: string | null };
  readonly claimed: boolean;
}

/** What GET /projects/:id/suggestions answers. */
export interface ProjectSuggestions {
  readonly text: readonly TextSuggestion[];
  readonly network: {
    readonly available: boolean;
    readonly targets: readonly string[];
    readonly dataDerived: {
      readonly coBenefits: readonly DataSuggestion[];
      readonly risks: readonly DataSuggestion[];
    };
    readonly curated: {
      readonly coBenefits: readonly CuratedSuggestion[];
      readonly risks: readonly CuratedSuggestion[];
    };
  };
}

/** Accepting one suggestion as a new benefit claim. */
export interface AcceptSuggestionInput {
  readonly source: 'tagger' | 'network';
  readonly target: string;
  readonly kind: ClaimKind;
  readonly size: ClaimSize;
}

/** The fields an editor writes when planning a project. */
export interface ProjectInput {
  readonly title: string;
  readonly summary?: string | null;
  readonly description?: string | null;
  readonly themes: readonly string[];
  readonly status: ProjectStatus;
  readonly startDate?: string | null;
  readonly endDate?: string | null;
  readonly budget?: number | null;
  readonly currency?: string | null;
  readonly fundingSources: readonly { readonly name: string; readonly sharePercent: number }[];
  readonly partners: readonly { readonly name: string; readonly role: PartnerRole }[];
  readonly latitude?: number | null;
  readonly longitude?: number | null;
}

/** Filters and paging of the portfolio. */
export interface PortfolioQuery {
  readonly city?: string;
  /** ISO3 */
  readonly country?: string;
  /** 1–17 */
  readonly goal?: number;
  readonly dimension?: Dimension;
  readonly status?: ProjectStatus;
  readonly limit: number;
  readonly offset: number;
}
