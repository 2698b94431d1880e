import type { reportService } from '@frontrunner/services';

/** A saved report for the API: an explicit allow-list of its fields. */
export function presentSavedReport(view: reportService.SavedReportView) {
  return {
    id: view.id,
    scope: { kind: view.scope.kind, key: view.scope.key },
    city: view.city
      ? { slug: view.city.slug, name: view.city.name, country: view.city.country }
      : null,
    title: view.title,
    lang: view.lang,
    status: view.status,
    version: view.version,
    publishedVersion: view.publishedVersion,
    reviewComment: view.reviewComment,
    narratives: view.narratives,
    consultations: view.consultations.map((c) => ({
      date: c.date,
      stakeholders: c.stakeholders,
      summary: c.summary,
    })),
    versions: view.versions.map((v) => ({ version: v.version, publishedAt: v.publishedAt })),
    updatedAt: view.updatedAt,
    links: {
      html: `/api/v1/reports/${view.id}.html`,
      pdf: `/api/v1/reports/${view.id}.pdf`,
      zip: `/api/v1/reports/${view.id}.zip`,
    },
  };
}
