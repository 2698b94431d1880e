import { reportService as s, systemClock } from '@frontrunner/services';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { actionContext, routePolicy } from '../../auth/route-policy';
import { readErrors } from '../common/common.schema';
import { cityParams } from '../geo/geo.schema';
import type { RouteDeps } from '../route-deps';
import { sendReportDocument } from './reports.routes';
import { REPORT_FORMATS, type ReportFormat } from './reports.schema';
import { presentSavedReport } from './saved-reports.presenter';
import {
  consultationBody,
  createReportBody,
  reportReviewBody,
  savedReportParams,
  savedReportPrintQuery,
  updateReportBody,
} from './saved-reports.schema';

/**
 * Saved reports: a city's Voluntary Local Review written in the platform (narratives, the
 * consultation log), submitted, approved by the country's focal point or the secretariat (which
 * publishes a frozen version) or returned. The public sees published versions only.
 */
export function savedReportRoutes({ db, clock = systemClock }: RouteDeps): FastifyPluginAsyncZod {
  return async (app) => {
    const tags = ['Reports'];
    app.post(
      '/cities/:slug/reports',
      {
        config: routePolicy('report.write', { cityParam: 'slug' }),
        schema: {
          tags,
          summary: 'Start a city’s Voluntary Local Review, as a draft',
          params: cityParams,
          body: createReportBody,
        },
      },
      async (request, reply) => {
        const view = await s.createCityReport(
          db,
          actionContext(request),
          { citySlug: request.params.slug, ...request.body },
          clock,
        );
        return reply.status(201).send(presentSavedReport(view));
      },
    );
    app.get(
      '/cities/:slug/reports',
      {
        config: routePolicy('report.read'),
        schema: {
          tags,
          summary: 'A city’s reports: published ones for the public, all for the city’s team',
          params: cityParams,
        },
      },
      async (request) => ({
        items: (await s.listCityReports(db, actionContext(request), request.params.slug)).map(
          presentSavedReport,
        ),
      }),
    );
    app.get(
      '/reports/:id',
      {
        config: routePolicy('report.read'),
        schema: {
          tags,
          summary: 'A report: the working copy for its team, the latest published for the public',
          params: savedReportParams,
        },
      },
      async (request) =>
        presentSavedReport(await s.getReport(db, actionContext(request), request.params.id)),
    );
    app.patch(
      '/reports/:id',
      {
        config: routePolicy('report.write'),
        schema: {
          tags,
          summary:
            'Change a report’s title and narratives (editing a published one starts a new version)',
          params: savedReportParams,
          body: updateReportBody,
        },
      },
      async (request) =>
        presentSavedReport(
          await s.updateReport(db, actionContext(request), request.params.id, request.body, clock),
        ),
    );
    app.post(
      '/reports/:id/consultations',
      {
        config: routePolicy('report.write'),
        schema: {
          tags,
          summary: 'Add an entry to a report’s stakeholder-consultation log',
          params: savedReportParams,
          body: consultationBody,
        },
      },
      async (request, reply) =>
        reply
          .status(201)
          .send(
            presentSavedReport(
              await s.addConsultation(
                db,
                actionContext(request),
                request.params.id,
                request.body,
                clock,
              ),
            ),
          ),
    );
    app.post(
      '/reports/:id/submit',
      {
        config: routePolicy('report.write'),
        schema: { tags, summary: 'Submit a report for approval', params: savedReportParams },
      },
      async (request) =>
        presentSavedReport(
          await s.reviewReport(
            db,
            actionContext(request),
            request.params.id,
            { action: 'submit' },
            clock,
          ),
        ),
    );
    app.post(
      '/reports/:id/review',
      {
        config: routePolicy('report.approve'),
        schema: {
          tags,
          summary: 'Approve a submitted report (publishes a frozen version) or return it',
          params: savedReportParams,
          body: reportReviewBody,
        },
      },
      async (request) =>
        presentSavedReport(
          await s.reviewReport(
            db,
            actionContext(request),
            request.params.id,
            { action: request.body.decision, comment: request.body.comment },
            clock,
          ),
        ),
    );
    for (const format of Object.keys(REPORT_FORMATS) as ReportFormat[]) {
      app.get(
        `/reports/:id.${format}`,
        {
          config: routePolicy('report.read'),
          schema: {
            tags,
            summary: `A saved report as a ${REPORT_FORMATS[format].label}: a published version is frozen`,
            params: savedReportParams,
            querystring: savedReportPrintQuery,
            response: readErrors,
          },
        },
        async (request, reply) => {
          const doc = await s.savedReportDocument(
            db,
            actionContext(request).actor,
            request.params.id,
            { version: request.query.version, clock },
          );
          const scope = doc.data.scope;
          const key =
            scope.kind === 'city' ? scope.slug : scope.kind === 'country' ? scope.iso3 : 'asean';
          return sendReportDocument(reply, doc, {
            format,
            name: `${key.toLowerCase()}-v${doc.version}`,
          });
        },
      );
    }
  };
}
