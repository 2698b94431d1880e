import { SUPPORTED_LANGUAGES } from '@frontrunner/domain';
import { z } from 'zod';

/** `?lang=`: one of the product languages; otherwise Accept-Language decides. */
export const langQuery = z
  .enum(SUPPORTED_LANGUAGES)
  .optional()
  .describe(
    'Language of titles: en, km (Khmer), lo (Lao), my (Burmese). Defaults to Accept-Language, then English.',
  );

/** Page size and start for lists that say their total. */
export const pageQuery = {
  /** How many items to return, 1–200. */
  limit: z.coerce.number().int().min(1).max(200).default(50).describe('Items per page, 1–200'),
  /** How many items to skip. */
  offset: z.coerce.number().int().min(0).max(1_000_000).default(0).describe('Items to skip'),
};

/** The error body every failure answers with. */
export const errorSchema = z.object({
  error: z.object({
    code: z.string().describe('Machine-readable code, e.g. NOT_FOUND, VALIDATION_FAILED'),
    message: z.string().describe('What went wrong, in English'),
    details: z
      .array(
        z.object({
          field: z.string(),
          message: z.string().describe('What is wrong with the field, in English'),
          code: z
            .string()
            .optional()
            .describe(
              'The kind of problem, for a message in the reader’s language: required, too_short, too_long, too_small, too_big, too_few, too_many, invalid_format, invalid_choice, invalid_type',
            ),
          params: z
            .record(z.string(), z.union([z.string(), z.number()]))
            .optional()
            .describe('What the message needs: minimum, maximum, format, expected'),
        }),
      )
      .optional()
      .describe('One entry per bad field'),
    requestId: z.string().describe('Quote this when reporting a problem'),
  }),
});

/** The usual error responses of a read route. */
export const readErrors = { 400: errorSchema, 404: errorSchema };

/** A GeoJSON FeatureCollection (geometry left open). */
export function featureCollection<P extends z.ZodType>(properties: P) {
  return z.object({
    type: z.literal('FeatureCollection'),
    features: z.array(z.object({ type: z.literal('Feature'), geometry: z.unknown(), properties })),
  });
}
