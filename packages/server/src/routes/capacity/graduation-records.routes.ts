import {
  certificateText,
  graduationCertificatePagePath,
  graduationCertificateService as certificates,
  renderGraduationCertificateHtml,
  type GraduationCertificateView,
} from '@frontrunner/services';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { actionContext, routePolicy } from '../../auth/route-policy';
import { policyErrors } from '../common/auth.schema';
import { pdfUnavailableError, sendPdf } from '../common/pdf-reply';
import type { PublicLinkRouteDeps } from '../route-deps';
import { certificateParams, certificateQuery, idParams, slugParams } from './capacity.schema';
import { itemsOf } from './capacity-views.schema';
import { assessmentStepSchema, graduationCertificateSchema } from './graduation-views.schema';

/** Where a program verifies a certificate's reference (people use its web page). */
const verifyPath = (id: string) => `/api/v1/graduation-certificates/${id}`;

/** A graduation certificate: public facts only. */
function presentCertificate(c: GraduationCertificateView) {
  return {
    id: c.id,
    assessmentId: c.assessmentId,
    city: { slug: c.city.slug, name: c.city.name, country: c.city.country },
    fromStage: c.fromStage,
    stage: c.stage,
    title: c.title,
    rubricVersion: c.rubricVersion,
    decidedAt: c.decidedAt,
    issuedAt: c.issuedAt,
    pdf: `/api/v1/assessments/${c.assessmentId}/certificate.pdf`,
    verify: verifyPath(c.id),
    page: graduationCertificatePagePath(c.id),
  };
}

/**
 * What graduation leaves behind: the certificates (public: a PDF, a verification by reference, a
 * city's list) and the history of each assessment (who started, filled in, submitted, scored and
 * decided it, and when; for the readers of the assessment).
 */
export function graduationRecordRoutes({
  db,
  publicUrl,
}: PublicLinkRouteDeps): FastifyPluginAsyncZod {
  return async (app) => {
    const tags = ['Graduation'];
    const certificate = { 200: graduationCertificateSchema, ...policyErrors };
    app.get(
      '/assessments/:id/certificate.pdf',
      {
        config: routePolicy('graduation_certificate.read'),
        schema: {
          tags,
          summary: 'The graduation certificate of a decided assessment, as an A4 PDF (public)',
          description:
            'In the language asked for (the city’s name as entered). 404 while the assessment is undecided or when the decision was "not yet"; 501 on a server without Chromium.',
          params: idParams,
          querystring: certificateQuery,
          response: { ...policyErrors, ...pdfUnavailableError },
        },
      },
      async (request, reply) => {
        const c = await certificates.getAssessmentCertificate(
          db,
          actionContext(request),
          request.params.id,
        );
        const { lang } = request.query;
        const page = renderGraduationCertificateHtml(c, {
          lang,
          publicUrl,
        });
        return sendPdf(request, reply, page, {
          filename: `${c.city.slug}-graduation-certificate.pdf`,
          footerText: certificateText(lang, 'graduationFooter', { reference: c.id }),
          pageLabel: certificateText(lang, 'page'),
        });
      },
    );
    app.get(
      '/graduation-certificates/:id',
      {
        config: routePolicy('graduation_certificate.read'),
        schema: {
          tags,
          summary: 'Verify a graduation certificate by the reference printed on it (public)',
          description:
            'The same facts as the web page printed on the certificate (`page`). 400 for a reference that is not a UUID, 404 for one no certificate has.',
          params: certificateParams,
          response: certificate,
        },
      },
      async (request) =>
        presentCertificate(
          await certificates.getGraduationCertificate(
            db,
            actionContext(request),
            request.params.id,
          ),
        ),
    );
    app.get(
      '/cities/:slug/graduation-certificates',
      {
        config: routePolicy('graduation_certificate.read'),
        schema: {
          tags,
          summary: 'A city’s graduation certificates, newest first (public)',
          params: slugParams,
          response: { 200: itemsOf(graduationCertificateSchema, 'Newest first'), ...policyErrors },
        },
      },
      async (request) => ({
        items: (
          await certificates.listCityCertificates(db, actionContext(request), request.params.slug)
        ).map(presentCertificate),
      }),
    );
    app.get(
      '/assessments/:id/steps',
      {
        config: routePolicy('assessment.read'),
        schema: {
          tags,
          summary: 'Who did what to an assessment and when, oldest first (from the audit trail)',
          params: idParams,
          response: { 200: itemsOf(assessmentStepSchema, 'Oldest first'), ...policyErrors },
        },
      },
      async (request) => ({
        items: (
          await certificates.listAssessmentSteps(db, actionContext(request), request.params.id)
        ).map((s) => ({ at: s.at, kind: s.kind, by: s.by, decision: s.decision })),
      }),
    );
  };
}
