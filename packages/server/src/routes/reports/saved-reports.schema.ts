import { NARRATIVE_SECTION_KEYS } from '@frontrunner/domain';
import { z } from 'zod';

/** The path of a saved report. */
export const savedReportParams = z.object({
  id: z.string().min(1).max(64).describe('Report id (UUID)'),
});

const lang = z
  .string()
  .regex(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/, 'must be a language tag such as km or en')
  .describe('BCP 47 language the report is written in: en, km, lo, my, th, …');

/** A new city report. */
export const createReportBody = z.object({
  title: z.string().trim().min(1).max(300).describe('Title, e.g. Voluntary Local Review 2030'),
  lang: lang.default('en'),
});

/** Narratives by section key; an empty text removes a section's narrative. */
const narratives = z
  .partialRecord(
    z.enum(NARRATIVE_SECTION_KEYS as [string, ...string[]]),
    z.string().max(50_000).describe('Plain text: blank lines, `- ` lists, `## ` sub-headings'),
  )
  .describe(`Narratives by section of the VLR outline: ${NARRATIVE_SECTION_KEYS.join(', ')}`);

/** Changes to a report. */
export const updateReportBody = z
  .object({
    title: z.string().trim().min(1).max(300).optional().describe('New title'),
    narratives: narratives.optional(),
  })
  .strict();

/** An entry of the stakeholder-consultation log. */
export const consultationBody = z.object({
  date: z.string().max(10).describe('ISO date, YYYY-MM-DD'),
  stakeholders: z.string().max(2000).describe('Who took part'),
  summary: z.string().max(20_000).describe('What was discussed'),
});

/** A reviewer's decision. */
export const reportReviewBody = z.object({
  decision: z
    .enum(['approve', 'return'])
    .describe('approve (publishes a frozen version) or return'),
  comment: z.string().max(5000).optional().describe('What to change; required to return'),
});

/** The query of a saved report's print. */
export const savedReportPrintQuery = z.object({
  version: z.coerce
    .number()
    .int()
    .min(1)
    .optional()
    .describe('A published version; the latest published (or the team’s working copy) by default'),
});
