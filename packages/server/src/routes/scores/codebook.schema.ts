import { PEER_GROUP_KINDS } from '@frontrunner/domain';
import { z } from 'zod';

/** `?version=`: a codebook version number; the newest when absent. */
export const versionQuery = z.object({
  version: z.coerce
    .number()
    .int()
    .min(1)
    .optional()
    .describe('Codebook version number; the newest when absent'),
});

export const codebookVersionSchema = z.object({
  version: z.number().int().describe('Version number: 1, 2, 3… in order of creation'),
  createdAt: z.string().describe('ISO 8601 UTC time it was written'),
  createdBy: z.string().describe('Who wrote it: a user id, cli:local-operator or system:seed'),
  note: z.string().nullable().describe('Why this version exists'),
  current: z
    .boolean()
    .describe('Whether it is the newest version (scores are kept fresh under it)'),
});

export const codebookEntrySchema = z.object({
  series: z.string().describe('Series code, e.g. FR_AIR_PM25 or EN_REF_WASCOL'),
  name: z.string().describe('Name of the series'),
  unit: z.string().describe('Unit of the series; optimum, thresholds and bounds are in it'),
  goal: z.number().int().describe('SDG the indicator is scored under, 1–17'),
  targets: z.array(z.string()).describe('SDG target codes the indicator maps to'),
  optimum: z.number().describe('Value that scores 100'),
  green: z.number().describe('Green threshold: at or beyond it the indicator is green'),
  red: z.number().describe('Red threshold: at or beyond it (away from the optimum) it is red'),
  lowerBound: z.number().describe('Value that scores 0'),
  direction: z.enum(['higher', 'lower']).describe('Which way is better'),
  trendFrom: z.number().int().nullable().describe('First year of the trend window; null = 2015'),
  justification: z.string().describe('Why these numbers'),
  source: z.string().describe('Where the numbers come from (SDR codebook row, WHO, SDG target…)'),
});

const groupSchema = z.object({
  kind: z.enum(PEER_GROUP_KINDS).describe('country, population_class or cohort'),
  key: z.string().describe('ISO3, population class key or cohort name'),
});

export const peerBoundSchema = z.object({
  group: groupSchema.describe('The peer group'),
  series: z.string().describe('Series code'),
  lowerBound: z.number().describe('The group’s lower bound, in the series’ unit'),
  percentile: z.number().describe('Percentile used, counted from the worst end (SDSN: 2.5)'),
  cities: z.number().int().describe('Cities with a value it was computed from'),
  computedAt: z.string().describe('ISO 8601 UTC'),
  computedBy: z.string().describe('Who set it'),
});

export const codebookSchema = z.object({
  codebook: codebookVersionSchema.describe('The version shown'),
  entries: z.array(codebookEntrySchema).describe('Its indicators, in codebook order'),
  peerGroupBounds: z.array(peerBoundSchema).describe('Peer groups’ own lower bounds in it'),
  versions: z.array(codebookVersionSchema).describe('Every version, newest first'),
});

export const seriesParams = z.object({
  series: z.string().min(1).max(80).describe('Series code of the entry'),
});

export const entryBody = z.object({
  goal: z
    .number()
    .int()
    .min(1)
    .max(17)
    .optional()
    .describe('SDG 1–17; required for a series not yet in the codebook'),
  targets: z
    .array(z.string().regex(/^\d{1,2}\.[0-9a-z]{1,2}$/, 'must be a target code like 11.6'))
    .min(1)
    .max(20)
    .optional()
    .describe('SDG target codes; required for a series not yet in the codebook'),
  optimum: z.number().finite().describe('Value that scores 100'),
  green: z.number().finite().describe('Green threshold'),
  red: z.number().finite().describe('Red threshold'),
  lowerBound: z.number().finite().describe('Value that scores 0 (the direction follows from it)'),
  trendFrom: z
    .number()
    .int()
    .min(1990)
    .max(2029)
    .nullable()
    .optional()
    .describe('First year of the trend window; null = 2015; absent = unchanged'),
  justification: z.string().trim().min(1).max(4000).describe('Why these numbers'),
  source: z.string().trim().min(1).max(4000).describe('Where the numbers come from'),
  note: z.string().trim().min(1).max(500).describe('Why the change: the new version’s note'),
});

export const peerGroupParams = z.object({
  kind: z.enum(PEER_GROUP_KINDS).describe('country, population_class or cohort'),
  key: z
    .string()
    .min(1)
    .max(80)
    .describe('ISO3 (country), small | medium | metropolitan | large_metropolitan, or a cohort'),
});

export const lowerBoundsBody = z.object({
  percentile: z
    .number()
    .gt(0)
    .lt(50)
    .default(2.5)
    .describe('Percentile counted from the worst end; SDSN uses 2.5'),
  series: z
    .array(z.string().min(1).max(80))
    .min(1)
    .max(500)
    .optional()
    .describe('Series codes to set; every codebook series when absent'),
});

export const lowerBoundsResultSchema = z.object({
  group: groupSchema
    .extend({ label: z.string().describe('The group in words') })
    .describe('The peer group'),
  version: z.number().int().describe('The codebook version written'),
  percentile: z.number().describe('Percentile used, from the worst end'),
  bounds: z
    .array(
      z.object({
        series: z.string().describe('Series code'),
        lowerBound: z.number().describe('The group’s new lower bound'),
        cities: z.number().int().describe('Cities with a value'),
        codebookLowerBound: z.number().describe('The codebook’s own lower bound, for comparison'),
      }),
    )
    .describe('Series whose lower bound the group now sets'),
  skipped: z
    .array(
      z.object({
        series: z.string().describe('Series code'),
        cities: z.number().int().describe('Cities with a value'),
        reason: z.string().describe('Why the codebook’s lower bound stays'),
      }),
    )
    .describe('Series left at the codebook’s lower bound'),
});
