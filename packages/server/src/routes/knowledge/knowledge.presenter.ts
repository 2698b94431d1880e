import type { knowledgeService } from '@frontrunner/services';

/** A case for clients: an explicit allow-list of its view. */
export function presentCase(view: knowledgeService.CaseView) {
  return {
    id: view.id,
    city: { slug: view.city.slug, name: view.city.name, country: view.city.country },
    projectId: view.projectId,
    status: view.status,
    originalLang: view.originalLang,
    theme: view.theme,
    targets: view.targets,
    goals: view.goals,
    dimensions: view.dimensions,
    results: view.results,
    cost: view.cost,
    currency: view.currency,
    partners: view.partners,
    contacts: view.contacts,
    photos: view.photos,
    links: view.links,
    reviewComment: view.reviewComment,
    publishedAt: view.publishedAt,
    createdAt: view.createdAt,
    updatedAt: view.updatedAt,
    texts: view.texts.map((t) => ({
      lang: t.lang,
      title: t.title,
      summary: t.summary,
      problem: t.problem,
      actions: t.actions,
      resultsText: t.resultsText,
      costsText: t.costsText,
      whatWorked: t.whatWorked,
      whatDidNot: t.whatDidNot,
      howToReplicate: t.howToReplicate,
    })),
  };
}
