import { DIMENSIONS, PROJECT_THEMES, SEARCH_KINDS } from '@frontrunner/domain';
import { z } from 'zod';
import { pageQuery } from '../common/common.schema';

const text = (max: number) => z.string().max(max);
const url = z
  .string()
  .max(2000)
  .regex(/^https?:\/\//, 'must be an http(s) URL')
  .describe('http(s) URL');
const lang = z
  .string()
  .regex(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/, 'must be a language tag such as th or en')
  .describe('BCP 47 language tag: en, th, km, lo, my, vi, id, ms, tl, …');

export const caseParams = z.object({ id: z.string().min(1).max(64).describe('Case id (UUID)') });
export const citySlugParams = z.object({
  slug: z.string().min(1).max(120).describe('City slug'),
});
export const pairingParams = z.object({
  id: z.string().min(1).max(64).describe('Pairing id (UUID)'),
});

/** The written parts of a case in one language. */
export const caseText = z.object({
  title: text(300).min(1, 'is required').describe('Title'),
  summary: text(2000).nullish().describe('One-paragraph summary'),
  problem: text(10000).nullish().describe('The problem the city faced'),
  actions: text(20000).nullish().describe('What was done'),
  resultsText: text(10000).nullish().describe('The results told in words'),
  costsText: text(5000).nullish().describe('The costs told in words'),
  whatWorked: text(10000).nullish().describe('What made it work'),
  whatDidNot: text(10000).nullish().describe('What did not work'),
  howToReplicate: text(10000).nullish().describe('How another city can replicate it'),
});

/** The language-neutral facts of a case. */
export const caseFacts = z.object({
  theme: z.enum(PROJECT_THEMES).nullish().describe('Theme (a project theme)'),
  targets: z.array(text(8)).max(50).optional().describe('SDG target codes, e.g. 11.6'),
  dimensions: z
    .array(z.enum(DIMENSIONS))
    .max(3)
    .optional()
    .describe('environment, society, economy'),
  results: z
    .array(
      z.object({
        label: text(300).describe('What was measured'),
        value: z.number().describe('The result'),
        unit: text(50).describe('Unit of the value'),
        baseline: z.number().nullish().describe('The value before'),
        year: z.number().int().min(1900).max(2100).nullish().describe('Year of the result'),
        seriesCode: text(64).nullish().describe('Series or SDG indicator the number comes from'),
      }),
    )
    .max(50)
    .optional()
    .describe('Results with numbers'),
  cost: z.number().min(0).nullish().describe('Total cost, in currency'),
  currency: z
    .string()
    .regex(/^[A-Z]{3}$/)
    .nullish()
    .describe('ISO 4217 code'),
  partners: z.array(text(200)).max(50).optional().describe('Partner names'),
  contacts: z
    .array(
      z.object({
        name: text(200).describe('Name'),
        role: text(200).nullish().describe('Role'),
        email: z.email().nullish().describe('Email'),
      }),
    )
    .max(20)
    .optional()
    .describe('People to contact'),
  photos: z
    .array(z.object({ url, caption: text(300).nullish().describe('Caption') }))
    .max(30)
    .optional()
    .describe('Photos, as URLs'),
  links: z
    .array(z.object({ url, label: text(300).nullish().describe('Label') }))
    .max(30)
    .optional()
    .describe('Links'),
});

export const createCaseBody = z.object({
  projectId: z
    .string()
    .max(64)
    .optional()
    .describe('A completed project of the city to start from'),
  lang,
  text: caseText
    .partial()
    .optional()
    .describe('Texts in `lang` (title required without a project)'),
  facts: caseFacts.optional().describe('Facts (override what the project pre-filled)'),
});

export const updateCaseBody = z.object({
  facts: caseFacts.optional().describe('Facts to change'),
  lang: lang.optional(),
  text: caseText.optional().describe('Texts in `lang`: added as a new version or replaced'),
  versions: z
    .record(lang, caseText)
    .refine((v) => Object.keys(v).length <= 20, 'at most 20 language versions at once')
    .optional()
    .describe(
      'Texts of several languages by tag (instead of `lang` and `text`), e.g. { "km": {…}, "en": {…} }: ' +
        'each added or replaced, saved with the facts all together or not at all; ' +
        'problems are named by language and field, e.g. body.versions.km.problem',
    ),
});

export const reviewCaseBody = z.object({
  action: z
    .enum(['submit', 'publish', 'return'])
    .describe('submit (city), publish or return (secretariat)'),
  comment: text(2000).optional().describe('What to change (required to return)'),
});

export const caseListQuery = z.object({
  city: z.string().max(120).optional().describe('Only cases of this city (slug)'),
  project: z.string().max(64).optional().describe('Only cases grown from this project'),
  status: z
    .enum(['draft', 'submitted', 'published', 'returned'])
    .optional()
    .describe('Only cases in this status (e.g. submitted: the review queue)'),
  ...pageQuery,
});

const list = <T extends z.ZodType>(item: T) =>
  z.preprocess((v) => (typeof v === 'string' ? v.split(',').filter(Boolean) : v), z.array(item));

export const searchQuery = z.object({
  q: z.string().max(500).default('').describe('What to look for, in any language'),
  lang: lang.optional().describe('Language of the query, for word segmentation'),
  kind: list(z.enum(SEARCH_KINDS))
    .optional()
    .describe('case, project, city, indicator (comma-separated)'),
  country: list(z.string().regex(/^[A-Z]{3}$/))
    .optional()
    .describe('ISO3 codes (comma-separated)'),
  goal: list(z.coerce.number().int().min(1).max(17))
    .optional()
    .describe('Goal numbers (comma-separated)'),
  theme: list(z.enum(PROJECT_THEMES)).optional().describe('Themes (comma-separated)'),
  dimension: list(z.enum(DIMENSIONS)).optional().describe('Dimensions (comma-separated)'),
  citySize: list(z.enum(['small', 'medium', 'metropolitan', 'large_metropolitan']))
    .optional()
    .describe('City size classes (comma-separated)'),
  limit: z.coerce.number().int().min(1).max(100).default(20).describe('Results per page, 1–100'),
  offset: pageQuery.offset,
});

export const recommendQuery = z.object({
  limit: z.coerce.number().int().min(1).max(50).default(10).describe('How many, 1–50'),
});

export const createPairingBody = z.object({
  kind: z
    .enum(['mentoring', 'exchange', 'study_visit'])
    .describe('mentoring, exchange or study_visit'),
  mentor: z.string().min(1).max(120).describe('Slug of the city that shares its experience'),
  mentee: z.string().min(1).max(120).describe('Slug of the city that learns'),
  title: text(300).nullish().describe('Title'),
  startsOn: z.iso.date().nullish().describe('Start date, YYYY-MM-DD'),
  endsOn: z.iso.date().nullish().describe('End date, YYYY-MM-DD'),
  goals: z.array(z.number().int().min(1).max(17)).max(17).optional().describe('Goals worked on'),
});

export const pairingListQuery = z.object({
  city: z.string().max(120).optional().describe('Only pairings of this city (slug)'),
});

export const messageBody = z.object({
  body: text(5000).min(1).describe('The message'),
});
