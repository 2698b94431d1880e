import { reportService, systemClock, type Clock } from '@frontrunner/services';
import type { Executor } from '@frontrunner/db';
import type { ReportDocument } from '@frontrunner/domain';
import type { FastifyReply } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { Readable } from 'node:stream';
import { readErrors } from '../common/common.schema';
import { cityParams } from '../geo/geo.schema';
import type { RouteDeps } from '../route-deps';
import { iso3Params } from '../scores/scores.schema';
import { REPORT_FORMATS, reportQuery, type ReportFormat } from './reports.schema';

async function sendReport(
  db: Executor,
  clock: Clock,
  reply: FastifyReply,
  target: reportService.ReportTarget,
  options: { format: ReportFormat; lang: string; name: string },
) {
  const data = await reportService.assembleReportData(db, target, {
    lang: options.lang,
    scores: reportService.storedScores(db, clock),
    clock,
  });
  return sendReportDocument(reply, reportService.documentFor(data), options);
}

/** Sends a report document as a web page, a PDF or a data zip named `<name>-report.<format>`. */
export async function sendReportDocument(
  reply: FastifyReply,
  doc: ReportDocument,
  options: { format: ReportFormat; name: string },
) {
  const page = reportService.renderReportHtml(doc, {
    observationHref: (c) => `/api/v1/observations/${encodeURIComponent(c.observationId)}/history`,
  });
  reply.header('content-type', REPORT_FORMATS[options.format].type);
  if (options.format === 'html') return reply.send(page);
  reply.header(
    'content-disposition',
    `attachment; filename="${options.name}-report.${options.format}"`,
  );
  if (options.format === 'pdf')
    return reply.send(Buffer.from(await reportService.renderPdf(page, { footerText: doc.title })));
  return reply.send(Readable.from(reportService.reportDataZip(doc, page)));
}

/**
 * Printed reports of the public data: a city's VLR (its dashboard, indicators, projects,
 * capacity, annex), a country's and ASEAN's syntheses, each as a web page, a PDF or a data zip.
 * These are the URLs of the web's print buttons.
 */
export function reportRoutes({ db, clock = systemClock }: RouteDeps): FastifyPluginAsyncZod {
  return async (app) => {
    const tags = ['Reports'];
    for (const format of Object.keys(REPORT_FORMATS) as ReportFormat[]) {
      const what = REPORT_FORMATS[format].label;
      app.get(
        `/cities/:slug/report.${format}`,
        {
          schema: {
            tags,
            summary: `A city’s Voluntary Local Review of its public data, as a ${what}`,
            params: cityParams,
            querystring: reportQuery,
            response: readErrors,
          },
        },
        async (request, reply) =>
          sendReport(
            db,
            clock,
            reply,
            { kind: 'city', slug: request.params.slug },
            {
              format,
              lang: request.query.lang,
              name: request.params.slug,
            },
          ),
      );
      app.get(
        `/countries/:iso3/report.${format}`,
        {
          schema: {
            tags,
            summary: `A national synthesis of a country’s cities, as a ${what}`,
            params: iso3Params,
            querystring: reportQuery,
            response: readErrors,
          },
        },
        async (request, reply) =>
          sendReport(
            db,
            clock,
            reply,
            { kind: 'country', iso3: request.params.iso3 },
            {
              format,
              lang: request.query.lang,
              name: request.params.iso3.toLowerCase(),
            },
          ),
      );
      app.get(
        `/asean/report.${format}`,
        {
          schema: {
            tags,
            summary: `The ASEAN synthesis of every country, as a ${what}`,
            querystring: reportQuery,
            response: readErrors,
          },
        },
        async (request, reply) =>
          sendReport(
            db,
            clock,
            reply,
            { kind: 'asean' },
            {
              format,
              lang: request.query.lang,
              name: 'asean',
            },
          ),
      );
    }
  };
}
