import { z } from 'zod';
import { pageQuery } from '../common/common.schema';

/** Which values to see. */
export const viewQuery = z
  .enum(['public', 'working'])
  .default('public')
  .describe(
    'public: last approved values; working: drafts included (needs the right to read the city’s drafts, else public)',
  );

export const disaggregationSchema = z
  .record(
    z.string().regex(/^[a-z][a-z0-9_]{0,39}$/, 'must be a lower-case dimension name'),
    z.string().min(1).max(80),
  )
  .describe(
    'Dimension → value, e.g. {"sex":"female"}; an absent dimension means all; {} is the headline',
  );

export const flagsSchema = z.object({
  estimated: z.boolean().describe('The value is an estimate'),
  provisional: z.boolean().describe('The value is provisional'),
  breakInSeries: z.boolean().describe('Not comparable with earlier years'),
});

export const observationSchema = z.object({
  id: z.string().describe('Observation id: the slot of one area, series, year and disaggregation'),
  series: z.string().describe('Series code'),
  year: z.number().int(),
  disaggregation: z.record(z.string(), z.string()),
  value: z.number(),
  flags: flagsSchema,
  footnote: z.string().nullable(),
  source: z.string().nullable(),
  nature: z
    .string()
    .nullable()
    .describe(
      'SDMX NATURE: C country data, CA adjusted, E estimated, M modelled, G global, N non-relevant',
    ),
  status: z.enum(['draft', 'submitted', 'approved', 'returned']),
  version: z.number().int().describe('The version shown'),
  approvedVersion: z.number().int().nullable().describe('The last approved version'),
  updatedAt: z.string().describe('ISO 8601 time of the version shown'),
});

export const observationListSchema = z.object({
  view: z.enum(['public', 'working']).describe('The view actually served'),
  items: z.array(observationSchema),
});

export const observationListQuery = z.object({
  series: z
    .string()
    .max(2000)
    .optional()
    .transform((s) =>
      s
        ? s
            .split(',')
            .map((c) => c.trim())
            .filter(Boolean)
        : undefined,
    )
    .describe('Comma-separated series codes'),
  year: z.coerce.number().int().min(1900).max(2100).optional(),
  view: viewQuery,
});

const entrySchema = z.object({
  series: z.string().min(1).max(80).describe('Series code'),
  year: z.number().int().min(1990).max(2100),
  disaggregation: disaggregationSchema.default({}),
  value: z
    .number()
    .finite()
    .nullable()
    .describe('The value; null marks the value deleted (reversible)'),
  estimated: z.boolean().optional(),
  provisional: z.boolean().optional(),
  breakInSeries: z.boolean().optional(),
  footnote: z.string().max(2000).nullable().optional(),
  source: z.string().max(2000).nullable().optional(),
  nature: z.enum(['C', 'CA', 'E', 'M', 'G', 'N']).nullable().optional(),
});

export const saveBody = z.object({
  entries: z.array(entrySchema).min(1).max(5000).describe('Values to save, all or nothing'),
  reason: z
    .string()
    .max(500)
    .optional()
    .describe('Why: kept in the history of every changed value'),
});

export const writeSummarySchema = z.object({
  inserted: z.number().int(),
  changed: z.number().int(),
  unchanged: z.number().int(),
  deleted: z.number().int(),
});

export const idsBody = z.object({
  ids: z.array(z.string().uuid()).min(1).max(5000).describe('Observation ids'),
});

export const reviewBody = idsBody.extend({
  decision: z
    .enum(['approve', 'return'])
    .describe('approve: publish; return: send back with a comment'),
  comment: z.string().max(2000).optional().describe('Required when returning: what to fix'),
});

export const reviewResultSchema = z.object({
  action: z.enum(['submit', 'approve', 'return']),
  ids: z.array(z.string()),
});

export const versionSchema = z.object({
  version: z.number().int(),
  value: z.number(),
  flags: flagsSchema,
  footnote: z.string().nullable(),
  source: z.string().nullable(),
  nature: z.string().nullable(),
  status: z.string(),
  deleted: z.boolean(),
  change: z.string().describe('created, changed, deleted, restored, submitted, approved, returned'),
  reason: z.string().nullable().describe('Why, or the reviewer’s comment'),
  changedBy: z.string().describe('Who (an account id, token:…, cli:local-operator, system:seed)'),
  changedAt: z.string(),
});

export const observationParams = z.object({ id: z.string().uuid() });

export const queueQuery = z.object({ ...pageQuery });

export const queueItemSchema = z.object({
  id: z.string(),
  city: z.string().describe('City slug'),
  cityName: z.string(),
  series: z.string(),
  year: z.number().int(),
  disaggregation: z.record(z.string(), z.string()),
  value: z.number(),
  approvedValue: z.number().nullable().describe('The value the public sees now, if any'),
  footnote: z.string().nullable(),
  submittedAt: z.string(),
  submittedBy: z.string(),
});

export const seriesSchema = z.object({
  code: z.string(),
  name: z.string(),
  unit: z.string(),
  direction: z.enum(['higher', 'lower']).nullable(),
  decimals: z.number().int(),
  source: z.string().nullable(),
  indicatorId: z.string().nullable().describe('UNSD code of the global indicator it measures'),
});

export const seriesListQuery = z.object({
  indicator: z.string().max(20).optional().describe('Indicator number (11.6.1) or UNSD code'),
  q: z.string().trim().min(1).max(100).optional(),
  ...pageQuery,
});
