import { PEER_GROUP_KINDS } from '@frontrunner/domain';
import { z } from 'zod';
import { codebookEntrySchema, codebookVersionSchema, versionQuery } from './codebook.schema';

const colourSchema = z
  .enum(['green', 'yellow', 'orange', 'red', 'grey'])
  .describe('Dashboard colour (METHODS §2); grey = insufficient data');
const trendSchema = z
  .enum(['↑', '➚', '→', '↓', '•'])
  .describe('SDSN trend arrow (METHODS §3); • = not enough data');
const observationRef = z
  .object({
    id: z.string().describe('Observation id (see GET /observations/:id/history)'),
    version: z.number().int().describe('The approved version used'),
  })
  .describe('The approved value used');

export const goalScoreSchema = z.object({
  goal: z.number().int().describe('SDG 1–17'),
  score: z.number().nullable().describe('Mean of its indicator scores, 0–100; null without any'),
  colour: colourSchema,
  colourLabel: z.string().describe('SDSN’s words for the colour, e.g. “Challenges remain”'),
  trend: trendSchema,
  trendLabel: z.string().describe('The arrow in words'),
  distance: z.number().nullable().describe('Mean distance to target of its indicators, 0–100'),
  scored: z.number().int().describe('Indicators with a value'),
  indicators: z.number().int().describe('Indicators of the goal in the codebook'),
});

export const indicatorScoreSchema = z.object({
  series: z.string().describe('Series code'),
  name: z.string().describe('Series name'),
  unit: z.string().describe('Unit of value, optimum and bounds'),
  goal: z.number().int().describe('SDG it is scored under'),
  score: z.number().nullable().describe('0–100 (METHODS §1); null without a value'),
  colour: colourSchema,
  colourLabel: z.string().describe('The colour in words'),
  trend: trendSchema,
  trendLabel: z.string().describe('The arrow in words'),
  year: z.number().int().nullable().describe('Year of the latest approved value'),
  value: z.number().nullable().describe('The latest approved value, in the unit'),
  observation: observationRef.nullable(),
  base: z
    .object({
      year: z.number().int().describe('Year of the first value in the trend window'),
      observation: observationRef,
    })
    .nullable()
    .describe('Start of the trend, when there is one'),
  entry: codebookEntrySchema.describe('The codebook entry as applied (lower bound included)'),
  lowerBoundFrom: z
    .object({
      kind: z.enum(['codebook', 'peer_group']).describe('Whose lower bound applied'),
      group: z
        .object({
          kind: z.enum(PEER_GROUP_KINDS).describe('Group kind'),
          key: z.string().describe('Group key'),
        })
        .optional()
        .describe('The peer group, when it is its bound'),
      percentile: z.number().optional().describe('Percentile from the worst end'),
      cities: z.number().int().optional().describe('Cities it was computed from'),
      computedAt: z.string().optional().describe('When it was computed'),
    })
    .describe('Where the lower bound comes from'),
  target: z
    .object({
      value: z.number().describe('The city’s target value'),
      year: z.number().int().describe('The year it aims for'),
    })
    .nullable()
    .describe('The city’s own target, if set'),
  distance: z
    .object({
      score: z.number().describe('0–100 from the lower bound to the end value'),
      distance: z.number().describe('100 − score: what is left'),
      endValue: z.number().describe('The city’s target, else the optimum'),
    })
    .nullable()
    .describe('Distance to the 2030 end value (METHODS §4)'),
});

export const cityScoresSchema = z.object({
  city: z
    .object({
      slug: z.string().describe('City slug'),
      name: z.string().describe('City name'),
      country: z.string().describe('ISO3 of its country'),
    })
    .describe('The city'),
  codebook: codebookVersionSchema.describe('The codebook version the scores are under'),
  computedAt: z.string().describe('When the stored scores were computed, ISO 8601 UTC'),
  fingerprint: z.string().describe('SHA-256 of the inputs: codebook, bounds, values, targets'),
  index: z.number().nullable().describe('Mean of the goal scores; null when > 20% missing'),
  missingShare: z.number().describe('Share of indicators without a value, 0–1'),
  maxMissingShare: z.number().describe('The most that may be missing for an index (0.2)'),
  goals: z.array(goalScoreSchema).describe('One per goal of the codebook, ascending'),
  indicators: z.array(indicatorScoreSchema).describe('One per codebook entry, in order'),
});

export const peersQuery = versionQuery.extend({
  group: z.enum(PEER_GROUP_KINDS).describe('country, population_class or cohort'),
});

export const peersSchema = z.object({
  group: z
    .object({
      kind: z.enum(PEER_GROUP_KINDS).describe('Group kind'),
      key: z.string().describe('Group key'),
      label: z.string().describe('The group in words'),
    })
    .describe('The city’s group of this kind'),
  city: z.string().describe('Slug of the city asked about'),
  codebook: z
    .object({
      version: z.number().int().describe('Codebook version'),
      current: z.boolean().describe('Whether it is the newest'),
    })
    .describe('The codebook version of the scores'),
  peers: z
    .array(
      z.object({
        slug: z.string().describe('City slug'),
        name: z.string().describe('City name'),
        country: z.string().describe('ISO3'),
        index: z.number().nullable().describe('Index, 0–100, or null'),
        missingShare: z.number().describe('Share of indicators without a value'),
        goals: z
          .array(
            z.object({
              goal: z.number().int().describe('SDG'),
              score: z.number().nullable().describe('Goal score'),
              colour: colourSchema,
            }),
          )
          .describe('Goal scores and colours'),
      }),
    )
    .describe('The city and the peers with data, best index first'),
});

export const rollUpSchema = z.object({
  unit: z
    .object({
      kind: z.enum(['country', 'asean']).describe('A country or ASEAN'),
      iso3: z.string().optional().describe('ISO3 of the country'),
      name: z.string().describe('Name'),
    })
    .describe('What is rolled up'),
  codebook: codebookVersionSchema.describe('The codebook version'),
  computedAt: z.string().describe('When the roll-up was computed'),
  rule: z.string().describe('The roll-up rule in plain words (Frontrunner’s own)'),
  index: z.number().nullable().describe('Mean of the members’ indexes'),
  indexMembers: z.number().int().describe('Members with an index'),
  goals: z
    .array(
      z.object({
        goal: z.number().int().describe('SDG'),
        score: z.number().nullable().describe('Mean of the members’ goal scores'),
        members: z.number().int().describe('Members with a score on it'),
        colours: z
          .object({
            green: z.number().int().describe('Cities green on it'),
            yellow: z.number().int().describe('Cities yellow on it'),
            orange: z.number().int().describe('Cities orange on it'),
            red: z.number().int().describe('Cities red on it'),
            grey: z.number().int().describe('Cities without data on it'),
          })
          .describe('The cities behind it by colour'),
      }),
    )
    .describe('One per goal'),
  members: z
    .array(
      z.object({
        key: z.string().describe('City slug or ISO3'),
        name: z.string().describe('Name'),
        index: z.number().nullable().describe('Its index'),
      }),
    )
    .describe('Cities of the country, or countries of ASEAN'),
});

export const iso3Params = z.object({
  iso3: z
    .string()
    .regex(/^[A-Za-z]{3}$/, 'must be an ISO 3166-1 alpha-3 code')
    .describe('ISO3 of an ASEAN country'),
});

export const methodSchema = z.object({
  steps: z
    .array(
      z.object({
        title: z.string().describe('Short heading'),
        text: z.string().describe('What is computed, in plain words'),
        source: z.string().describe('Whose method: a publication, or Frontrunner’s own rule'),
      }),
    )
    .describe('The method, step by step, in the order numbers are computed'),
  colours: z.record(z.string(), z.string()).describe('Each dashboard colour in words'),
  trends: z.record(z.string(), z.string()).describe('Each trend arrow in words'),
  populationClasses: z
    .array(
      z.object({
        key: z.string().describe('Key'),
        label: z.string().describe('In words'),
        min: z.number().describe('Inhabitants, inclusive'),
        max: z.number().nullable().describe('Inhabitants, exclusive; null = no limit'),
      }),
    )
    .describe('City-size classes of the population_class peer groups'),
  peerGroupPrecedence: z.array(z.enum(PEER_GROUP_KINDS)).describe('Which group’s bounds win'),
  peerPercentile: z.number().describe('Default percentile for peer-group lower bounds'),
  minPeerCities: z.number().int().describe('Fewest cities with a value for a group bound'),
  maxMissingShare: z.number().describe('No index above this share of missing indicators'),
});
