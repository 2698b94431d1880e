import { z } from 'zod';
import { langQuery, pageQuery } from '../common/common.schema';

/** A goal. */
export const goalSchema = z.object({
  /** 1–17 */
  number: z.number().int().describe('Goal number, 1–17'),
  code: z.string().describe('The number as text, as in target codes'),
  title: z
    .string()
    .describe('Official long title, in the requested language where a translation exists'),
  shortTitle: z.string().describe('Official short title'),
  colour: z.string().describe('Official UN colour, #RRGGBB'),
  targetCount: z.number().int().describe('Number of targets'),
  indicatorCount: z
    .number()
    .int()
    .describe('Number of distinct indicators listed under its targets'),
});

/** Where an indicator is listed. */
export const indicatorLinkSchema = z.object({
  target: z.string().describe('Target code, e.g. 11.5'),
  code: z.string().describe('The indicator number under that target, e.g. 11.5.1'),
});

/** An indicator. */
export const indicatorSchema = z.object({
  id: z.string().describe('UNSD indicator code, e.g. C200303; stable across renumbering'),
  code: z.string().describe('First listed number, e.g. 1.5.1'),
  title: z
    .string()
    .describe('Official title, in the requested language where a translation exists'),
  targets: z.array(z.string()).describe('Codes of every target the indicator is listed under'),
  links: z
    .array(indicatorLinkSchema)
    .describe('Every target it is listed under, with its number there'),
});

/** A target. */
export const targetSchema = z.object({
  code: z.string().describe('Target code, e.g. 11.6 or 11.a'),
  goal: z.number().int().describe('Goal number'),
  title: z
    .string()
    .describe('Exact 2023 text, in the requested language where a translation exists'),
  indicatorCount: z.number().int().describe('Number of indicators listed under it'),
});

/** A goal with its targets and their indicators. */
export const goalDetailSchema = goalSchema.extend({
  targets: z.array(
    targetSchema.extend({
      indicators: z.array(
        indicatorSchema.extend({
          listedAs: z.string().describe('Its number under this target'),
          alsoUnder: z.array(z.string()).describe('Its numbers under other targets'),
        }),
      ),
    }),
  ),
});

export const goalParams = z.object({
  number: z.coerce.number().int().min(1).max(17).describe('Goal number, 1–17'),
});
export const targetParams = z.object({
  code: z
    .string()
    .regex(/^\d{1,2}\.[0-9a-z]{1,2}$/, 'must look like 11.6 or 11.a')
    .describe('Target code'),
});
export const indicatorParams = z.object({
  code: z
    .string()
    .regex(/^(\d{1,2}\.[0-9a-z]{1,2}\.\d{1,2}|C\d{6})$/, 'must look like 11.6.2 or C110602')
    .describe('An indicator number under any of its targets, or its UNSD code'),
});
export const langOnlyQuery = z.object({ lang: langQuery });
export const targetListQuery = z.object({
  goal: z.coerce.number().int().min(1).max(17).optional().describe('Only targets of this goal'),
  lang: langQuery,
});
export const indicatorListQuery = z.object({
  goal: z.coerce
    .number()
    .int()
    .min(1)
    .max(17)
    .optional()
    .describe('Only indicators under this goal'),
  target: targetParams.shape.code.optional().describe('Only indicators under this target'),
  q: z
    .string()
    .trim()
    .min(1)
    .max(200)
    .optional()
    .describe('Text in the code or title (English or `lang`)'),
  lang: langQuery,
  ...pageQuery,
});
