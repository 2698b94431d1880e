import { z } from 'zod';
import {
  curatedLinkSchema,
  runSchema,
  scopeSchema,
  seriesPairSchema,
} from '../interlinkages/interlinkages.schema';

const claimed = z.boolean().describe('The project already claims this target');

const textSuggestionSchema = z.object({
  goal: z.number().int().describe('Suggested goal'),
  target: z.string().nullable().describe('Suggested target; null for a goal-level system'),
  system: z.string().describe('The keyword system that said so: jrc (targets), siris (goals)'),
  matches: z
    .array(
      z.object({
        term: z.string().describe('The term found in the text'),
        with: z.string().optional().describe('The extra term that also had to be present'),
      }),
    )
    .describe('The evidence: terms matched in the title, summary and description'),
  claimed,
});

const dataSuggestionSchema = z.object({
  target: z.string().describe('Suggested target'),
  from: z.string().describe('The primary target it is linked to'),
  rho: z.number().describe('Mean Spearman’s ρ of the target link (data-derived: weak evidence)'),
  pairs: z.number().int().describe('Series pairs averaged'),
  seriesPairs: z.array(seriesPairSchema).describe('The evidence: each pair with its ρ and n'),
  claimed,
});

const curatedSuggestionSchema = z.object({
  target: z.string().describe('Suggested target'),
  from: z.string().describe('The primary target it is linked to'),
  link: curatedLinkSchema.describe('The curated link, with its citation'),
  claimed,
});

/** What GET /projects/:id/suggestions answers. */
export const projectSuggestionsSchema = z.object({
  text: z
    .array(textSuggestionSchema)
    .describe('From the project’s text (JRC targets, SIRIS goals)'),
  network: z
    .object({
      available: z.boolean().describe('An interlinkage network is wired in'),
      targets: z.array(z.string()).describe('The project’s primary targets asked about'),
      scope: scopeSchema.nullable().describe('The project’s country; null with no primary target'),
      basis: scopeSchema.nullable().describe('The network used; null with no primary target'),
      run: runSchema.nullable().describe('The run used; null when there is none'),
      dataDerived: z
        .object({
          coBenefits: z.array(dataSuggestionSchema).describe('Linked by a synergy'),
          risks: z.array(dataSuggestionSchema).describe('Linked by a trade-off: risks to manage'),
        })
        .describe('From the country’s data-derived network'),
      curated: z
        .object({
          coBenefits: z.array(curatedSuggestionSchema).describe('Curated synergies'),
          risks: z.array(curatedSuggestionSchema).describe('Curated trade-offs'),
        })
        .describe('From the curated links, listed apart from the data'),
    })
    .describe('Targets linked to the primary targets in the interlinkage network (METHODS §6)'),
});
