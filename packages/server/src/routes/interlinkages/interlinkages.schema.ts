import { z } from 'zod';

/** A target code such as `11.6` or `6.a`. */
const TARGET = /^\d{1,2}\.[0-9a-z]{1,2}$/;
/** A target or series code. */
const CODE = /^[A-Za-z0-9_.]{1,60}$/;

const target = z.string().regex(TARGET, 'must be a target code like 11.6');

const kindSchema = z
  .enum(['synergy', 'trade-off', 'none'])
  .describe('synergy: ρ ≥ threshold; trade-off: ρ ≤ −threshold; none: no clear link');

/** A data-derived or curated link kind. */
export const strongKindSchema = z
  .enum(['synergy', 'trade-off'])
  .describe('synergy (likely co-benefit) or trade-off (risk to manage)');

/** `:iso3` of an ASEAN member state (unknown members answer 404). */
export const countryPathParams = z.object({
  iso3: z
    .string()
    .regex(/^[A-Za-z]{3}$/, 'must be a three-letter ISO code')
    .describe('ISO 3166-1 alpha-3 code of an ASEAN member state, e.g. KHM'),
});

/** A curated link id in a path. */
export const curatedIdParams = z.object({
  id: z.string().uuid().describe('Id of the curated link'),
});

/** `?a=&b=`: the two sides of a link. */
export const linkQuery = z.object({
  a: z
    .string()
    .regex(CODE, 'must be a target code like 11.6 or a series code')
    .describe('A target code (e.g. 11.6) or a series code (e.g. SH_STA_MMR)'),
  b: z
    .string()
    .regex(CODE, 'must be a target code like 11.6 or a series code')
    .describe('The other target, or the other series: the same level as a'),
});

/** `?targets=&scope=` of the suggestions. */
export const suggestionsQuery = z.object({
  targets: z
    .string()
    .max(400)
    .transform((s) =>
      s
        .split(',')
        .map((c) => c.trim())
        .filter(Boolean),
    )
    .pipe(z.array(target).min(1).max(30))
    .describe('Comma-separated primary target codes of a project, e.g. 11.6,6.3'),
  scope: z
    .string()
    .regex(/^[A-Za-z0-9-]{1,120}$/, 'must be asean, an ISO3 code or a city slug')
    .default('asean')
    .describe('asean (default), an ASEAN ISO3 code such as KHM, or a city slug'),
});

/** `?target=` of the curated list. */
export const curatedListQuery = z.object({
  target: target.optional().describe('Only links touching this target'),
});

/** A curated link as the secretariat writes it. */
export const curatedBody = z.object({
  a: target.describe('One target, e.g. 7.2'),
  b: target.describe('The other target, e.g. 13.2'),
  kind: strongKindSchema,
  citation: z
    .string()
    .min(1)
    .max(2000)
    .describe('Where the link comes from: a reference readers can find'),
  note: z.string().max(4000).nullable().optional().describe('Context, conditions, caveats'),
});

/** A change to a curated link: any of its fields. */
export const curatedPatchBody = curatedBody.partial();

export const scopeSchema = z.object({
  kind: z.enum(['country', 'city', 'asean']).describe('What the network covers'),
  key: z.string().describe('country:KHM, city:<slug> or asean'),
  code: z.string().describe('ISO3, city slug or ASEAN'),
  country: z.string().nullable().describe('ISO3 of a city’s country; null otherwise'),
});

export const runSchema = z.object({
  id: z.string().describe('Id of the stored run'),
  computedAt: z.string().describe('ISO 8601 UTC: when it was computed'),
  fingerprint: z
    .string()
    .describe('SHA-256 of the inputs; it changes when approved data in the scope changes'),
  method: z
    .enum(['spearman', 'pooled-spearman'])
    .describe('spearman per unit; pooled-spearman: per-country ranks pooled (ASEAN)'),
  minYears: z.number().int().describe('Fewest overlapping years of a correlated pair'),
  threshold: z.number().describe('|ρ| at or above which a pair is a link'),
  counts: z
    .object({
      series: z.number().int().describe('Series with a known direction and values in the scope'),
      observations: z.number().int().describe('Approved values read'),
      seriesPairs: z.number().int().describe('Series pairs correlated'),
      seriesSynergies: z.number().int().describe('Series pairs with ρ ≥ threshold'),
      seriesTradeOffs: z.number().int().describe('Series pairs with ρ ≤ −threshold'),
      targetPairs: z
        .number()
        .int()
        .describe('Target pairs with at least one correlated series pair'),
      targetSynergies: z.number().int().describe('Target pairs whose mean ρ ≥ threshold'),
      targetTradeOffs: z.number().int().describe('Target pairs whose mean ρ ≤ −threshold'),
    })
    .describe('What the run found'),
});

export const seriesPairSchema = z.object({
  a: z.string().describe('Series code that sorts first'),
  b: z.string().describe('The other series code'),
  targetA: z.string().describe('Target series a is mapped to'),
  targetB: z.string().describe('Target series b is mapped to'),
  rho: z.number().nullable().describe('Spearman’s ρ of the aligned values; null when undefined'),
  n: z.number().int().describe('Overlapping years (ASEAN: country-years)'),
  units: z.number().int().nullable().describe('Countries pooled (ASEAN); null otherwise'),
  kind: kindSchema,
});

export const curatedLinkSchema = z.object({
  id: z.string().describe('Id of the curated link'),
  a: z.string().describe('Target code that sorts first'),
  b: z.string().describe('The other target code'),
  kind: strongKindSchema,
  citation: z.string().describe('Where the link comes from'),
  note: z.string().nullable().describe('Context, conditions, caveats'),
  createdAt: z.string().describe('ISO 8601 UTC'),
  updatedAt: z.string().describe('ISO 8601 UTC'),
});

export const networkSchema = z.object({
  scope: scopeSchema,
  run: runSchema.nullable().describe('The run shown; null when a city has not enough data'),
  reason: z.string().nullable().describe('Why there is no run'),
  nodes: z
    .array(
      z.object({
        target: z.string().describe('Target code'),
        goal: z.number().int().describe('Goal of the target, 1–17'),
        series: z.number().int().describe('Series of the target correlated with another target'),
        degree: z.number().int().describe('Synergies and trade-offs of the target'),
        strength: z.number().describe('Sum of |ρ| over them'),
        eigenvector: z
          .number()
          .describe('Eigenvector centrality on the synergy network, most central = 1'),
      }),
    )
    .describe('Targets with at least one correlated series pair to another target'),
  edges: z
    .array(
      z.object({
        a: z.string().describe('Target code that sorts first'),
        b: z.string().describe('The other target code'),
        kind: strongKindSchema,
        rho: z.number().describe('Mean ρ over the series pairs'),
        pairs: z.number().int().describe('Series pairs averaged'),
        seriesPairs: z.array(seriesPairSchema).describe('The evidence: every series pair'),
      }),
    )
    .describe('Target links with |ρ| ≥ threshold'),
  goalMatrix: z
    .array(
      z.object({
        a: z.number().int().describe('Smaller goal number'),
        b: z.number().int().describe('Larger (or the same) goal number'),
        synergies: z.number().int().describe('Target synergies between the two goals'),
        tradeOffs: z.number().int().describe('Target trade-offs between the two goals'),
      }),
    )
    .describe('Goal-by-goal counts; symmetric, cells with a link only'),
  curated: z
    .array(curatedLinkSchema)
    .describe('Curated links, shown apart: never part of the statistics'),
});

export const linkEvidenceSchema = z.object({
  scope: scopeSchema,
  run: runSchema,
  level: z.enum(['target', 'series']).describe('A target link (mean ρ) or one series pair'),
  a: z.string().describe('Code that sorts first'),
  b: z.string().describe('The other code'),
  link: z
    .object({
      rho: z.number().nullable().describe('ρ (mean ρ for targets)'),
      kind: kindSchema,
      pairs: z.number().int().describe('Series pairs averaged'),
    })
    .describe('The link as the network holds it'),
  seriesPairs: z.array(seriesPairSchema).describe('Every series pair behind the link'),
  series: z
    .array(
      z.object({
        code: z.string().describe('Series code'),
        name: z.string().describe('Series name'),
        unit: z.string().describe('Unit of measure'),
        direction: z.enum(['higher', 'lower']).describe('Which way is better'),
        target: z.string().describe('Target the series is mapped to'),
        values: z
          .array(
            z.object({
              area: z.string().describe('Country ISO3 or city slug'),
              year: z.number().int().describe('Year'),
              value: z.number().describe('Approved value, as published'),
              aligned: z.number().describe('Value × −1 where lower is better: what is ranked'),
            }),
          )
          .describe('Approved values by area and year, for the time chart and the scatter'),
      }),
    )
    .describe('Every series involved, with its values'),
});

const dataSuggestionSchema = z.object({
  target: z.string().describe('Suggested target'),
  from: z.string().describe('The primary target it is linked to'),
  rho: z.number().describe('Mean ρ of the target link'),
  pairs: z.number().int().describe('Series pairs averaged'),
  seriesPairs: z.array(seriesPairSchema).describe('The evidence'),
});

const curatedSuggestionSchema = z.object({
  target: z.string().describe('Suggested target'),
  from: z.string().describe('The primary target it is linked to'),
  link: curatedLinkSchema,
});

export const suggestionsSchema = z.object({
  scope: scopeSchema.describe('The scope asked for'),
  basis: scopeSchema.describe('The network used: a city without one uses its country’s'),
  run: runSchema.nullable().describe('The run used; null when there is none'),
  targets: z.array(z.string()).describe('The primary targets'),
  dataDerived: z
    .object({
      coBenefits: z.array(dataSuggestionSchema).describe('Linked by a synergy'),
      risks: z.array(dataSuggestionSchema).describe('Linked by a trade-off'),
    })
    .describe('From the data-derived network, strongest first'),
  curated: z
    .object({
      coBenefits: z.array(curatedSuggestionSchema).describe('Curated synergies'),
      risks: z.array(curatedSuggestionSchema).describe('Curated trade-offs'),
    })
    .describe('From the curated links, apart from the data'),
});
