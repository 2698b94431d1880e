import { CLAIM_KINDS, DIMENSIONS, IATI_ROLES, PROJECT_STATUSES } from '@frontrunner/domain';
import { z } from 'zod';

const nullableText = (what: string) => z.string().nullable().describe(what);

/** A project as the API answers it. */
export const projectSchema = z.object({
  id: z.string().describe('Project id (UUID)'),
  city: z
    .object({
      slug: z.string().describe('City slug'),
      name: z.string().describe('City name'),
      country: z.string().describe('ISO3 of the country'),
    })
    .describe('The city that runs the project'),
  title: z.string().describe('Title'),
  summary: nullableText('One-paragraph summary'),
  description: nullableText('Full description'),
  themes: z.array(z.string()).describe('Themes (clean_air, waste_3r, …)'),
  status: z.enum(PROJECT_STATUSES).describe('idea, planned, implementing, completed, suspended'),
  startDate: nullableText('Start, YYYY-MM-DD'),
  endDate: nullableText('End, YYYY-MM-DD'),
  budget: z.number().nullable().describe('Total budget in `currency`'),
  currency: nullableText('ISO 4217 currency code'),
  fundingSources: z
    .array(
      z.object({
        name: z.string().describe('Funder'),
        sharePercent: z.number().describe('Percent of the budget'),
      }),
    )
    .describe('Funding sources; the shares sum to 100'),
  budgetSplit: z
    .array(
      z.object({
        target: z.string().describe('SDG target code'),
        percent: z.number().describe('Percent of the budget'),
      }),
    )
    .describe('Budget split over SDG targets'),
  partners: z
    .array(
      z.object({
        name: z.string().describe('Organisation'),
        role: z
          .enum(Object.keys(IATI_ROLES) as [keyof typeof IATI_ROLES])
          .describe('IATI role: funding, accountable, extending, implementing'),
        ref: nullableText('IATI organisation identifier'),
      }),
    )
    .describe('Partners with their IATI roles'),
  location: z
    .object({
      latitude: z.number().describe('WGS84 latitude'),
      longitude: z.number().describe('WGS84 longitude'),
    })
    .nullable()
    .describe('Where the project is; null when not given'),
  stakeholders: z.array(z.string()).describe('Stakeholders, as named groups'),
  links: z
    .array(z.object({ title: z.string().describe('Title'), url: z.string().describe('Address') }))
    .describe('Links to documents'),
  replicatesCaseId: nullableText('The case this project replicates'),
  demo: z.boolean().describe('Demo data, seeded in demo mode: not a real project'),
  createdAt: z.string().describe('ISO 8601 UTC'),
  updatedAt: z.string().describe('ISO 8601 UTC'),
});

/** A benefit claim. */
export const claimSchema = z.object({
  id: z.string().describe('Claim id'),
  target: z.string().describe('SDG target code'),
  kind: z.enum(CLAIM_KINDS).describe('primary, co_benefit, or trade_off'),
  size: z.enum(['low', 'medium', 'high']).describe('Expected size: low 1, medium 2, high 3'),
  quantified: z
    .object({
      indicator: z.string().describe('SDG indicator number, counted once'),
      baseline: z.number().describe('Baseline value'),
      target: z.number().describe('Target value'),
      unit: z.string().nullable().describe('Unit'),
    })
    .nullable()
    .describe('A quantified change of one indicator; null when not quantified'),
  evidence: nullableText('Evidence for the claim'),
  origin: z
    .string()
    .describe('editor (written by hand), tagger or network (an accepted suggestion), demo'),
  createdAt: z.string().describe('ISO 8601 UTC'),
});

/** The multi-dimensional benefit profile (METHODS §6). */
export const profileSchema = z.object({
  environment: z.number().describe('Sum of size weights of environment claims (trade-offs −)'),
  society: z.number().describe('Sum of size weights of society claims (trade-offs −)'),
  economy: z.number().describe('Sum of size weights of economy claims (trade-offs −)'),
  multiDimensional: z.boolean().describe('At least two dimensions are net positive'),
  contributions: z
    .array(
      z.object({
        claimId: z.string().describe('Claim'),
        target: z.string().describe('Its target'),
        goal: z.number().int().describe('Its goal'),
        dimension: z.enum(DIMENSIONS).nullable().describe('Its dimension; null for goal 17'),
        weight: z.number().describe('What it added; negative for a trade-off, 0 when ignored'),
        ignored: z
          .enum(['no_dimension', 'counted_elsewhere'])
          .nullable()
          .describe('Why it adds nothing, when it does not'),
      }),
    )
    .describe('One line per claim: the explanation'),
});

const indicatorSchema = z.object({
  id: z.string().describe('Indicator id (progress values name it)'),
  name: z.string().describe('Indicator name'),
  unit: z.string().describe('Unit'),
  seriesCode: nullableText('City series code, when it is one'),
  sdgIndicator: nullableText('SDG indicator number'),
  baselineValue: z.number().nullable().describe('Baseline value'),
  baselinePeriod: nullableText('Baseline period'),
  periods: z
    .array(
      z.object({
        period: z.string().describe('Period, e.g. 2025'),
        disaggregation: z.string().describe('Canonical key=value;…, empty for all'),
        target: z.number().nullable().describe('Target for the period'),
        actual: z.number().nullable().describe('Actual, from approved progress updates'),
      }),
    )
    .describe('Targets and actuals per period'),
});
type ResultNodeOut = {
  id: string;
  level: 'objective' | 'output' | 'outcome';
  title: string;
  indicators: z.infer<typeof indicatorSchema>[];
  children: ResultNodeOut[];
};
const resultNodeOut: z.ZodType<ResultNodeOut> = z.lazy(() =>
  z.object({
    id: z.string().describe('Result id'),
    level: z.enum(['objective', 'output', 'outcome']).describe('objective → output → outcome'),
    title: z.string().describe('Title'),
    indicators: z.array(indicatorSchema).describe('Indicators'),
    children: z.array(resultNodeOut).describe('Outputs of an objective, outcomes of an output'),
  }),
);
/** The results framework. */
export const resultsSchema = z.array(resultNodeOut).describe('Objectives, with their tree');

/** A progress update. */
export const progressUpdateSchema = z.object({
  id: z.string().describe('Progress update id'),
  period: z.string().describe('Period reported'),
  narrative: z.string().describe('What happened'),
  values: z
    .array(
      z.object({
        indicatorId: z.string().describe('Indicator of the results framework'),
        period: z.string().describe('Period'),
        disaggregation: z.string().describe('Empty for all'),
        value: z.number().describe('Value'),
      }),
    )
    .describe('Values reported'),
  evidence: z
    .array(z.object({ title: z.string().describe('Title'), url: z.string().describe('Address') }))
    .describe('Evidence'),
  status: z
    .enum(['draft', 'submitted', 'approved', 'returned'])
    .describe('draft → submitted → approved (values become actuals) or returned'),
  reviewComment: nullableText('The reviewer’s comment when returned'),
  createdAt: z.string().describe('ISO 8601 UTC'),
  updatedAt: z.string().describe('ISO 8601 UTC'),
});

/** A page of the portfolio. */
export const portfolioSchema = z.object({
  total: z.number().int().describe('Projects matching the filter'),
  items: z
    .array(
      z.object({
        project: projectSchema,
        goals: z.array(z.number().int()).describe('Goals the project claims'),
        profile: profileSchema,
      }),
    )
    .describe('This page'),
});

/** The project page. */
export const projectPageSchema = z.object({
  project: projectSchema,
  claims: z.array(claimSchema).describe('Benefit claims'),
  profile: profileSchema,
  results: resultsSchema,
  progressUpdates: z
    .array(progressUpdateSchema)
    .describe('Progress updates: approved ones for the public, all for the city team'),
});
