import { z } from 'zod';

/** The query of a printed report. */
export const reportQuery = z.object({
  lang: z
    .string()
    .regex(/^[a-z]{2,3}(-[A-Za-z0-9]+)?$/, 'must be a language code like km or en')
    .default('en')
    .describe('Language of the goal titles (en, km, lo, my, …); English when no translation'),
});

/** The formats a report is printed in. */
export const REPORT_FORMATS = {
  html: { type: 'text/html; charset=utf-8', label: 'web page' },
  pdf: { type: 'application/pdf', label: 'A4 PDF printed by Chromium' },
  zip: { type: 'application/zip', label: 'the data behind it (report.json, values.csv, the page)' },
} as const;

/** A report format. */
export type ReportFormat = keyof typeof REPORT_FORMATS;
