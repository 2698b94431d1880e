import { ROLES } from '@frontrunner/services';
import { z } from 'zod';
import { errorSchema } from './common.schema';

/** The error answers of a route behind the policy. */
export const policyErrors = {
  400: errorSchema.describe('Invalid input (VALIDATION_FAILED), one detail per bad field'),
  401: errorSchema.describe('Not signed in, or the API token is not valid (UNAUTHENTICATED)'),
  403: errorSchema.describe(
    'The policy does not allow this action here (FORBIDDEN), or a cookie session sent no valid x-csrf-token (CSRF_FAILED)',
  ),
  404: errorSchema.describe('No such resource (NOT_FOUND)'),
  409: errorSchema.describe('Conflicts with existing data (CONFLICT)'),
  429: errorSchema.describe('Too many attempts (RATE_LIMITED); see the Retry-After header'),
};

/** A role. */
export const roleSchema = z
  .enum(ROLES)
  .describe(
    'secretariat (everything), focal_point (one country), city_editor and city_viewer (one city), reviewer (one city per assignment)',
  );

/** A password as typed. */
export const passwordSchema = z
  .string()
  .min(1)
  .max(256)
  .describe('At least 12 characters, not your email address; checked by the server');

/** A preferred language. */
export const languageSchema = z
  .enum(['en', 'km', 'lo', 'my'])
  .describe('Preferred language: en, km (Khmer), lo (Lao), my (Burmese)');

/** A role assignment as a client writes it. */
export const assignmentInputSchema = z
  .object({
    role: roleSchema,
    country: z
      .string()
      .regex(/^[A-Za-z]{3}$/)
      .nullish()
      .describe('ISO3 of the country: only and always for focal_point'),
    city: z
      .string()
      .max(120)
      .nullish()
      .describe('Slug of the city: only and always for city_editor, city_viewer and reviewer'),
  })
  .describe('A role with its scope');

/** A role assignment as the API answers it. */
export const assignmentSchema = z
  .object({
    role: roleSchema,
    country: z.string().nullable().describe('ISO3 of the country of a focal point; else null'),
    city: z
      .object({
        slug: z.string().describe('Slug of the city'),
        name: z.string().describe('Name of the city'),
        country: z.string().describe('ISO3 of the city’s country'),
      })
      .nullable()
      .describe('The city of a city editor, city viewer or reviewer; else null'),
  })
  .describe('A role with its scope');

/** A user as the API answers it: never a password or a hash. */
export const userSchema = z.object({
  id: z.string().describe('UUID'),
  email: z.string().describe('Email, lower case; unique'),
  name: z.string().describe('Display name'),
  language: languageSchema,
  status: z
    .enum(['invited', 'active', 'deactivated'])
    .describe('invited: has not set a password yet; active; deactivated: cannot sign in'),
  isDemo: z.boolean().describe('A demo account with a published password'),
  assignments: z.array(assignmentSchema).describe('Every role the user holds, with its scope'),
  createdAt: z.string().describe('ISO 8601 UTC'),
  updatedAt: z.string().describe('ISO 8601 UTC'),
});

/** A user id in a path. */
export const idParams = z.object({ id: z.string().uuid().describe('UUID') });
