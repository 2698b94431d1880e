import { z } from 'zod';

const nullableText = (what: string) => z.string().nullable().describe(what);
const city = z
  .object({
    slug: z.string().describe('City slug'),
    name: z.string().describe('City name'),
    country: z.string().describe('ISO3 of the country'),
  })
  .describe('The city');

/** The texts of a case in one language, as the API answers them. */
export const caseTextSchema = z.object({
  lang: z.string().describe('BCP 47 language tag'),
  title: z.string().describe('Title'),
  summary: nullableText('One-paragraph summary'),
  problem: nullableText('The problem the city faced'),
  actions: nullableText('What was done'),
  resultsText: nullableText('The results told in words'),
  costsText: nullableText('The costs told in words'),
  whatWorked: nullableText('What made it work'),
  whatDidNot: nullableText('What did not work'),
  howToReplicate: nullableText('How another city can replicate it'),
});

/** A case as the API answers it: its facts and every language version. */
export const caseSchema = z.object({
  id: z.string().describe('Case id (UUID)'),
  city,
  projectId: nullableText('The project the case grew from'),
  status: z.enum(['draft', 'submitted', 'published', 'returned']).describe('Review status'),
  originalLang: z.string().describe('Language the case was first written in'),
  theme: nullableText('Theme (a project theme)'),
  targets: z.array(z.string()).describe('SDG target codes'),
  goals: z.array(z.number()).describe('Goals of the targets'),
  dimensions: z.array(z.string()).describe('environment, society, economy'),
  results: z
    .array(
      z.object({
        label: z.string().describe('What was measured'),
        value: z.number().describe('The result'),
        unit: z.string().describe('Unit of the value'),
        baseline: z.number().nullish().describe('The value before'),
        year: z.number().nullish().describe('Year of the result'),
        seriesCode: z.string().nullish().describe('Series or SDG indicator of the number'),
      }),
    )
    .describe('Results with numbers (from the monitored indicators of its project)'),
  cost: z.number().nullable().describe('Total cost, in currency'),
  currency: nullableText('ISO 4217 code'),
  partners: z.array(z.string()).describe('Partner names'),
  contacts: z
    .array(
      z.object({
        name: z.string().describe('Name'),
        role: z.string().nullish().describe('Role'),
        email: z.string().nullish().describe('Email'),
      }),
    )
    .describe('People to contact'),
  photos: z
    .array(z.object({ url: z.string(), caption: z.string().nullish() }))
    .describe('Photos, as URLs with captions'),
  links: z
    .array(z.object({ url: z.string(), label: z.string().nullish() }))
    .describe('Links, as URLs with labels'),
  reviewComment: nullableText('What the secretariat asked to change'),
  publishedAt: nullableText('When first published (ISO 8601)'),
  createdAt: z.string().describe('ISO 8601'),
  updatedAt: z.string().describe('ISO 8601'),
  texts: z.array(caseTextSchema).describe('Every language version'),
});

/** A project that replicates a case, with its headline results. */
export const replicationSchema = z.object({
  projectId: z.string().describe('Project id (UUID)'),
  title: z.string().describe('Project title'),
  status: z.string().describe('Project status: planned, implementing, completed, suspended'),
  city,
  results: z
    .array(
      z.object({
        indicatorId: z.string().describe('Indicator id in the project’s results framework'),
        name: z.string().describe('Indicator name'),
        unit: z.string().describe('Unit'),
        sdgIndicator: nullableText('SDG indicator it maps to'),
        baseline: z.number().nullable().describe('Baseline value'),
        period: nullableText('Period of the target and actual (a year, usually)'),
        target: z.number().nullable().describe('Target for the period'),
        actual: z
          .number()
          .nullable()
          .describe('Actual from an approved progress update; null until reported'),
      }),
    )
    .describe('Newest reported actual against its target, per monitored indicator'),
});

/** A case with where it was replicated. */
export const casePageSchema = z.object({
  case: caseSchema,
  replications: z.array(replicationSchema).describe('Projects that replicate the case'),
});
