import { z } from 'zod';
import { featureCollection, pageQuery } from '../common/common.schema';

const ISO3 = ['BRN', 'KHM', 'IDN', 'LAO', 'MYS', 'MMR', 'PHL', 'SGP', 'THA', 'VNM'] as const;
const STAGES = ['none', 'candidate', 'model_city', 'frontrunner'] as const;

/** ISO 3166-1 alpha-3 code of an ASEAN member state. */
export const iso3Schema = z
  .string()
  .transform((s) => s.toUpperCase())
  .pipe(z.enum(ISO3))
  .describe('ISO 3166-1 alpha-3 code of an ASEAN member state, e.g. KHM');

export const stageSchema = z.enum(STAGES).describe('Programme stage');

export const countrySchema = z.object({
  iso3: z.string().describe('ISO 3166-1 alpha-3'),
  iso2: z.string().describe('ISO 3166-1 alpha-2'),
  m49: z.number().int().describe('UN M49 numeric code'),
  name: z.string().describe('Short English name'),
  cityCount: z.number().int().describe('Cities in the registry'),
});

export const citySchema = z.object({
  slug: z.string().describe('Stable URL-safe identifier'),
  name: z.string().describe('Name as written locally (Latin script)'),
  asciiName: z.string().describe('Name without diacritics'),
  country: z.string().describe('ISO3 of the country'),
  countryName: z.string(),
  province: z.string().nullable().describe('First-level administrative region'),
  latitude: z.number().describe('Degrees, WGS 84'),
  longitude: z.number().describe('Degrees, WGS 84'),
  population: z.number().int().nullable().describe('Inhabitants'),
  populationSource: z.string().nullable().describe('Which registry the population comes from'),
  capital: z
    .enum(['national', 'provincial'])
    .nullable()
    .describe('Capital of the country or of a province'),
  stage: stageSchema,
  cohort: z.string().nullable().describe('Programme cohort the city entered with'),
  priorityGoals: z.array(z.number().int()).describe('Goal numbers the city prioritises'),
  geonamesId: z.string().nullable().describe('GeoNames id'),
  wikidataId: z.string().nullable().describe('Wikidata id, e.g. Q1850'),
  sources: z.array(z.string()).describe('Registries the record was merged from'),
});

export const cityListQuery = z.object({
  q: z
    .string()
    .trim()
    .min(1)
    .max(100)
    .optional()
    .describe('Text in the name, province or country, accents ignored'),
  country: iso3Schema.optional(),
  stage: stageSchema.optional(),
  sort: z
    .enum(['population', 'name'])
    .default('population')
    .describe('Order: largest first, or by name'),
  ...pageQuery,
});

export const cityParams = z.object({
  slug: z
    .string()
    .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'must be a lower-case slug like phnom-penh')
    .max(120),
});

export const countryParams = z.object({ iso3: iso3Schema });
export const countryFilterQuery = z.object({ country: iso3Schema.optional() });

export const outlinesSchema = featureCollection(z.object({ iso3: z.string(), name: z.string() }));
export const pointsSchema = featureCollection(
  z.object({
    slug: z.string(),
    name: z.string(),
    country: z.string(),
    population: z.number().int().nullable(),
    stage: stageSchema,
  }),
);

/** Changes to a city's programme fields; every field optional, absent ones stay. */
export const cityProgrammeBody = z.object({
  stage: stageSchema.optional().describe('Programme stage; only the secretariat may change it'),
  cohort: z
    .string()
    .trim()
    .max(100)
    .nullable()
    .optional()
    .describe('Programme cohort, e.g. "2025"; null clears it; only the secretariat may change it'),
  priorityGoals: z
    .array(z.number().int().min(1).max(17))
    .max(17)
    .optional()
    .describe(
      'Goal numbers 1–17 the city prioritises (stored sorted, without repeats); the city’s editors, its focal point and the secretariat may change them',
    ),
});
