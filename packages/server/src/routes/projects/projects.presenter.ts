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
    quantified: c.quantified ?? null,
    evidence: c.evidence ?? null,
    origin: c.origin,
    createdAt: c.createdAt,
  };
}
