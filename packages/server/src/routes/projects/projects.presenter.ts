import type { BenefitProfile } from '@frontrunner/domain';
import type { projectService } from '@frontrunner/services';

type ProjectView = projectService.ProjectView;

/** A project for the API: an explicit allow-list of its fields. */
export function presentProject(p: ProjectView) {
  return {
    id: p.id,
    city: { slug: p.city.slug, name: p.city.name, country: p.city.country },
    title: p.title,
    summary: p.summary,
    description: p.description,
    themes: p.themes,
    status: p.status,
    startDate: p.startDate,
    endDate: p.endDate,
    budget: p.budget,
    currency: p.currency,
    fundingSources: p.fundingSources.map((f) => ({ name: f.name, sharePercent: f.sharePercent })),
    budgetSplit: p.budgetSplit.map((b) => ({ target: b.target, percent: b.percent })),
    partners: p.partners.map((x) => ({ name: x.name, role: x.role, ref: x.ref ?? null })),
    location: p.location,
    stakeholders: p.stakeholders,
    links: p.links.map((l) => ({ title: l.title, url: l.url })),
    replicatesCaseId: p.replicatesCaseId,
    demo: p.demo,
    createdAt: p.createdAt,
    updatedAt: p.updatedAt,
  };
}

/** A benefit claim for the API. */
export function presentClaim(c: projectService.ClaimView) {
  return {
    id: c.id,
    target: c.target,
    kind: c.kind,
    size: c.size,
    quantified: c.quantified
      ? {
          indicator: c.quantified.indicator,
          baseline: c.quantified.baseline,
          target: c.quantified.target,
          unit: c.quantified.unit ?? null,
        }
      : null,
    evidence: c.evidence ?? null,
    origin: c.origin,
    createdAt: c.createdAt,
  };
}

/** The benefit profile with its explanation, one line per claim. */
export function presentProfile(p: BenefitProfile) {
  return {
    environment: p.environment,
    society: p.society,
    economy: p.economy,
    multiDimensional: p.multiDimensional,
    contributions: p.contributions.map((c) => ({
      claimId: c.claimId,
      target: c.target,
      goal: c.goal,
      dimension: c.dimension,
      weight: c.weight,
      ignored: c.ignored ?? null,
    })),
  };
}

type ResultNode = projectService.ResultNode;
type ResultOut = Omit<ResultNode, 'id' | 'children' | 'indicators'> & {
  id: string;
  indicators: ReturnType<typeof presentIndicator>[];
  children: ResultOut[];
};

function presentIndicator(i: ResultNode['indicators'][number]) {
  return {
    id: i.id ?? '',
    name: i.name,
    unit: i.unit,
    seriesCode: i.seriesCode ?? null,
    sdgIndicator: i.sdgIndicator ?? null,
    baselineValue: i.baselineValue ?? null,
    baselinePeriod: i.baselinePeriod ?? null,
    periods: i.periods.map((p) => ({
      period: p.period,
      disaggregation: p.disaggregation,
      target: p.target,
      actual: p.actual,
    })),
  };
}

/** The results framework as a tree (stored nodes always have ids). */
export function presentResults(nodes: readonly ResultNode[]): ResultOut[] {
  return nodes.map((n) => ({
    id: n.id ?? '',
    level: n.level,
    title: n.title,
    indicators: n.indicators.map(presentIndicator),
    children: presentResults(n.children),
  }));
}

/** A progress update. */
export function presentProgressUpdate(u: projectService.ProgressUpdateView) {
  return {
    id: u.id,
    period: u.period,
    narrative: u.narrative,
    values: u.values.map((v) => ({
      indicatorId: v.indicatorId,
      period: v.period,
      disaggregation: v.disaggregation,
      value: v.value,
    })),
    evidence: u.evidence.map((e) => ({ title: e.title, url: e.url })),
    status: u.status,
    reviewComment: u.reviewComment,
    createdAt: u.createdAt,
    updatedAt: u.updatedAt,
  };
}
