import {
  CLAIM_KINDS,
  CLAIM_SIZES,
  DIMENSIONS,
  IATI_ROLES,
  PROJECT_STATUSES,
  PROJECT_THEMES,
} from '@frontrunner/domain';
import { z } from 'zod';
import { pageQuery } from '../common/common.schema';

const text = (max: number) => z.string().max(max);
const sizes = Object.keys(CLAIM_SIZES) as [
  keyof typeof CLAIM_SIZES,
  ...(keyof typeof CLAIM_SIZES)[],
];
const roles = Object.keys(IATI_ROLES) as [keyof typeof IATI_ROLES, ...(keyof typeof IATI_ROLES)[]];

export const projectParams = z.object({
  id: z.string().min(1).max(64).describe('Project id (UUID)'),
});
export const claimParams = projectParams.extend({
  claimId: z.string().min(1).max(64).describe('Benefit claim id'),
});
export const updateParams = projectParams.extend({
  updateId: z.string().min(1).max(64).describe('Progress update id'),
});

/** The fields an editor writes (POST creates, PUT replaces). Validation rules: METHODS §6. */
export const projectBody = z.object({
  title: text(300).describe('Title'),
  summary: text(1000).nullish().describe('One-paragraph summary'),
  description: text(20000).nullish().describe('Full description (tagged for SDG suggestions)'),
  themes: z
    .array(z.enum(PROJECT_THEMES))
    .max(20)
    .default([])
    .describe(
      'Themes: clean_air, clean_water, clean_land, waste_3r, energy, mobility, green_space, …',
    ),
  status: z
    .enum(PROJECT_STATUSES)
    .describe('idea (private to the city team), planned, implementing, completed, suspended'),
  startDate: z.string().nullish().describe('Start, YYYY-MM-DD'),
  endDate: z.string().nullish().describe('End, YYYY-MM-DD, not before the start'),
  budget: z.number().nullish().describe('Total budget in `currency`, ≥ 0'),
  currency: z
    .string()
    .regex(/^[A-Z]{3}$/)
    .nullish()
    .describe('ISO 4217 currency code'),
  fundingSources: z
    .array(
      z.object({
        name: text(200).describe('Funder'),
        sharePercent: z.number().describe('Percent of the budget; the shares sum to 100 (± 0.01)'),
      }),
    )
    .max(50)
    .default([])
    .describe('Funding sources and their shares'),
  budgetSplit: z
    .array(
      z.object({
        target: text(10).describe('SDG target code, e.g. 11.6'),
        percent: z.number().describe('Percent; the split sums to 100 (± 0.01)'),
      }),
    )
    .max(50)
    .default([])
    .describe('Budget split over SDG targets (IATI sectors vocabulary 8; goals summed for 7)'),
  partners: z
    .array(
      z.object({
        name: text(200).describe('Organisation'),
        role: z.enum(roles).describe('IATI role: funding, accountable, extending, implementing'),
        ref: text(100).nullish().describe('IATI organisation identifier'),
      }),
    )
    .max(50)
    .default([])
    .describe('Partners with their IATI roles'),
  latitude: z.number().nullish().describe('WGS84 latitude'),
  longitude: z.number().nullish().describe('WGS84 longitude'),
  stakeholders: z.array(text(200)).max(50).default([]).describe('Stakeholders, as named groups'),
  links: z
    .array(
      z.object({
        title: text(200).describe('Document title'),
        url: z.string().url().describe('Address'),
      }),
    )
    .max(50)
    .default([])
    .describe('Links to documents'),
  replicatesCaseId: text(64).nullish().describe('The case this project replicates, if any'),
});

export const portfolioQuery = z.object({
  city: z.string().max(100).optional().describe('City slug'),
  country: z
    .string()
    .regex(/^[A-Z]{3}$/)
    .optional()
    .describe('ISO3 of the country'),
  goal: z.coerce
    .number()
    .int()
    .min(1)
    .max(17)
    .optional()
    .describe('Projects with a claim on this goal'),
  dimension: z.enum(DIMENSIONS).optional().describe('Projects net positive in this dimension'),
  status: z.enum(PROJECT_STATUSES).optional().describe('Project status'),
  ...pageQuery,
});

export const quantifiedSchema = z.object({
  indicator: text(20).describe(
    'SDG indicator number (e.g. 11.6.1) listed under the claim’s target; one indicator counts once',
  ),
  baseline: z.number().describe('Baseline value'),
  target: z.number().describe('Target value'),
  unit: text(50).nullish().describe('Unit'),
});

export const claimBody = z.object({
  target: text(10).describe('SDG target code, e.g. 11.6'),
  kind: z.enum(CLAIM_KINDS).describe('primary, co_benefit, or trade_off (counts against)'),
  size: z.enum(sizes).describe('Expected size: low (1), medium (2), high (3)'),
  quantified: quantifiedSchema.nullish().describe('A quantified change of one indicator'),
  evidence: text(5000).nullish().describe('Evidence for the claim'),
});

const periodSchema = z.object({
  period: text(20).describe('Period, e.g. 2025'),
  disaggregation: text(200).default('').describe('Canonical key=value;…, empty for all'),
  target: z.number().nullable().describe('Target for the period'),
  actual: z.number().nullable().describe('Actual (set when a progress update is approved)'),
});
const indicatorSchema = z.object({
  id: z.string().max(64).optional().describe('Keep to preserve approved actuals'),
  name: text(300).describe('Indicator name'),
  unit: text(50).describe('Unit'),
  seriesCode: text(80).nullish().describe('City series code, when it is one'),
  sdgIndicator: text(20).nullish().describe('SDG indicator number, for IATI vocabulary 9'),
  baselineValue: z.number().nullish().describe('Baseline value'),
  baselinePeriod: text(20).nullish().describe('Baseline period'),
  periods: z.array(periodSchema).max(100).default([]).describe('Targets and actuals per period'),
});
type Node = {
  id?: string | undefined;
  level: 'objective' | 'output' | 'outcome';
  title: string;
  indicators: z.infer<typeof indicatorSchema>[];
  children: Node[];
};
export const resultNodeSchema: z.ZodType<Node> = z.lazy(() =>
  z.object({
    id: z.string().max(64).optional().describe('Ignored on write'),
    level: z.enum(['objective', 'output', 'outcome']).describe('objective → output → outcome'),
    title: text(500).describe('Title'),
    indicators: z.array(indicatorSchema).max(50).default([]).describe('Indicators'),
    children: z
      .array(resultNodeSchema)
      .max(50)
      .default([])
      .describe('Outputs of an objective, outcomes of an output'),
  }),
) as z.ZodType<Node>;
export const resultsBody = z.object({
  results: z.array(resultNodeSchema).max(50).describe('Objectives'),
});

export const progressBody = z.object({
  period: text(20).describe('Period reported, e.g. 2025'),
  narrative: text(20000).describe('What happened'),
  values: z
    .array(
      z.object({
        indicatorId: text(64).describe('Indicator of the results framework'),
        period: text(20).describe('Period'),
        disaggregation: text(200).default('').describe('Empty for all'),
        value: z.number().describe('Value'),
      }),
    )
    .max(500)
    .default([])
    .describe('Values reported'),
  evidence: z
    .array(
      z.object({ title: text(200).describe('Title'), url: z.string().url().describe('Address') }),
    )
    .max(50)
    .default([])
    .describe('Evidence'),
});
export const reviewBody = z.object({
  action: z
    .enum(['submit', 'approve', 'return'])
    .describe('submit (editor), approve or return (focal point, secretariat)'),
  comment: text(2000).optional().describe('Required when returning'),
});
export const acceptBody = z.object({
  source: z.enum(['tagger', 'network']).describe('Which suggestion list the target comes from'),
  target: text(10).describe('Target code to claim'),
  kind: z.enum(CLAIM_KINDS).describe('Kind of the new claim'),
  size: z.enum(sizes).describe('Size of the new claim'),
  evidence: text(5000).nullish().describe('Evidence'),
});
export const cityIatiParams = z.object({ slug: z.string().max(100).describe('City slug') });
