import {
  exporters,
  IMPORT_FORMATS,
  observationService,
  readImport,
  systemClock,
  type ImportSource,
} from '@frontrunner/services';
import { defaultYearRange, type ImportNote } from '@frontrunner/domain';
import type { FastifyReply } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { Readable } from 'node:stream';
import { z } from 'zod';
import { actionContext, routePolicy } from '../../auth/route-policy';
import { policyErrors } from '../common/auth.schema';
import { readErrors } from '../common/common.schema';
import { cityParams, countryParams } from '../geo/geo.schema';
import type { RouteDeps } from '../route-deps';
import { viewQuery } from './observations.schema';

const UPLOAD_TYPES = [
  'text/csv',
  'application/csv',
  'application/vnd.sdmx.data+csv',
  'application/octet-stream',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
];

/** Largest upload through the web, in bytes; the CLI streams files of any size. */
export const MAX_UPLOAD_BYTES = 100 * 1024 * 1024;

const exportFormat = z
  .enum(['open-sdg', 'sdmx-csv', 'csv', 'xlsx', 'json'])
  .default('csv')
  .describe('File format');

const problemSchema = z.object({
  file: z.string(),
  row: z
    .number()
    .int()
    .describe('Row as a spreadsheet shows it (header = 1), 0 for the whole file'),
  column: z.string().optional(),
  text: z.string().optional().describe('The offending text, as found'),
  expected: z.string().describe('What was expected instead'),
  kind: z.string(),
});

const importResultSchema = z.object({
  committed: z.boolean().describe('True when the values were written'),
  dryRun: z.boolean(),
  rows: z.number().int(),
  inserted: z.number().int(),
  changed: z.number().int(),
  unchanged: z.number().int(),
  problems: z.array(problemSchema),
  problemCount: z.number().int(),
  notes: z.array(
    z.object({
      file: z.string(),
      row: z.number().int(),
      column: z.string().optional(),
      text: z.string().optional(),
      message: z.string(),
      kind: z.string(),
    }),
  ),
});

/** Import (upload → preview → confirm), export in every format, templates and the bulk download. */
export function dataFileRoutes({ db, clock = systemClock }: RouteDeps): FastifyPluginAsyncZod {
  return async (app) => {
    const tags = ['Indicator data'];
    app.addContentTypeParser(
      UPLOAD_TYPES,
      { parseAs: 'buffer', bodyLimit: MAX_UPLOAD_BYTES },
      (_request, body, done) => done(null, body),
    );
    app.post(
      '/cities/:slug/imports',
      {
        config: routePolicy('observation.write', { cityParam: 'slug' }),
        bodyLimit: MAX_UPLOAD_BYTES,
        schema: {
          tags,
          summary:
            'Import a file of values: a dry run previews every problem; a real run writes all or nothing',
          description:
            'Send the file as the raw request body (Content-Type text/csv or the xlsx type). Formats: open-sdg (Open SDG tidy CSV), sdmx-csv (1.0 and 2.0), csv (the project template), xlsx.',
          params: cityParams,
          querystring: z.object({
            format: z.enum(['auto', ...IMPORT_FORMATS]).default('auto'),
            indicator: z
              .string()
              .regex(/^\d{1,2}\.[0-9a-z]{1,2}\.\d{1,2}$/)
              .optional()
              .describe('Indicator number for files that do not name it'),
            filename: z
              .string()
              .min(1)
              .max(200)
              .default('upload.csv')
              .describe('The file’s name, shown in problems; Open SDG takes the indicator from it'),
            dryRun: z
              .enum(['true', 'false'])
              .default('true')
              .transform((v) => v === 'true')
              .describe('true: check and count only'),
          }),
          response: { 200: importResultSchema, ...policyErrors },
        },
      },
      async (request) => {
        const area = await observationService.getCityArea(db, request.params.slug);
        const body = request.body as Buffer;
        const { format, indicator, filename, dryRun } = request.query;
        const source: ImportSource = {
          file: filename.replace(/[\\/]/g, '_'),
          stream: () => Readable.from([body]),
        };
        const notes: ImportNote[] = [];
        const years = defaultYearRange(clock().getUTCFullYear());
        const result = await observationService.importObservations(
          db,
          actionContext(request),
          {
            area,
            items: readImport(source, { format, indicator, years, onNote: (n) => notes.push(n) }),
            years,
            dryRun,
            reason: `Imported from ${source.file}`,
          },
          clock,
        );
        return { ...result, notes: notes.slice(0, 100) };
      },
    );
    app.get(
      '/cities/:slug/export',
      {
        config: routePolicy('observation.read', { cityParam: 'slug' }),
        schema: {
          tags,
          summary: 'Download a city’s values (approved; drafts too for its team with view=working)',
          params: cityParams,
          querystring: z.object({
            format: exportFormat,
            series: z.string().max(2000).optional().describe('Comma-separated series codes'),
            view: viewQuery,
          }),
          response: { ...readErrors },
        },
      },
      async (request, reply) => {
        const area = await observationService.getCityArea(db, request.params.slug);
        const series = request.query.series
          ?.split(',')
          .map((s) => s.trim())
          .filter(Boolean);
        const { records, view } = await observationService.exportRecords(db, request.auth.actor, {
          area,
          series,
          view: request.query.view,
        });
        return sendFile(
          reply,
          request.query.format,
          `${area.slug}${view === 'working' ? '-working' : ''}`,
          records,
        );
      },
    );
    app.get(
      '/countries/:iso3/export',
      {
        schema: {
          tags,
          summary: 'Download a country’s national comparison series',
          params: countryParams,
          querystring: z.object({ format: exportFormat }),
          response: { ...readErrors },
        },
      },
      async (request, reply) => {
        const area = observationService.getCountryArea(request.params.iso3);
        const { records } = await observationService.exportRecords(db, request.auth.actor, {
          area,
          view: 'public',
        });
        return sendFile(reply, request.query.format, area.iso3.toLowerCase(), records);
      },
    );
    app.get(
      '/export/public.zip',
      {
        schema: {
          tags,
          summary: 'Everything public, one CSV per city and country (the project format) in a zip',
        },
      },
      async (_request, reply) => {
        const byArea = await observationService.exportAllPublic(db);
        const entries = [...byArea.entries()].map(([code, records]) => ({
          name: `${code}.csv`,
          content: exporters.writeExport('csv', records),
        }));
        reply
          .header('content-type', 'application/zip')
          .header('content-disposition', 'attachment; filename="frontrunner-public-data.zip"');
        return reply.send(Readable.from(exporters.zipFiles(entries)));
      },
    );
    app.get(
      '/import-templates/:file',
      {
        schema: {
          tags,
          summary: 'The project’s import template, as CSV or Excel',
          params: z.object({
            file: z.enum(['frontrunner-template.csv', 'frontrunner-template.xlsx']),
          }),
        },
      },
      async (request, reply) => {
        const xlsx = request.params.file.endsWith('.xlsx');
        reply
          .header(
            'content-type',
            xlsx ? exporters.EXPORT_FILE_TYPES.xlsx.mediaType : 'text/csv; charset=utf-8',
          )
          .header('content-disposition', `attachment; filename="${request.params.file}"`);
        return reply.send(
          Buffer.from(xlsx ? await exporters.xlsxTemplate() : exporters.csvTemplate()),
        );
      },
    );
  };
}

function sendFile(
  reply: FastifyReply,
  format: exporters.ExportFormat,
  name: string,
  records: Parameters<typeof exporters.writeExport>[1],
) {
  const type = exporters.EXPORT_FILE_TYPES[format];
  reply
    .header('content-type', type.mediaType)
    .header('content-disposition', `attachment; filename="${name}-${format}.${type.extension}"`);
  return reply.send(Readable.from(exporters.writeExport(format, records)));
}
