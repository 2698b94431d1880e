import { z } from 'zod';
import {
  assignmentInputSchema,
  assignmentSchema,
  languageSchema,
  passwordSchema,
} from '../common/auth.schema';

/** Changes to one's own account; every field optional. */
export const accountPatchBody = z.object({
  name: z.string().trim().min(1).max(200).optional().describe('Display name'),
  language: languageSchema.optional(),
  currentPassword: z
    .string()
    .max(256)
    .optional()
    .describe('Required with newPassword: the password in use now'),
  newPassword: passwordSchema
    .optional()
    .describe('A new password (12+ characters, not your email); other sessions end'),
});

/** An API token as its owner sees it (never the token again, never its hash). */
export const apiTokenSchema = z.object({
  id: z.string().describe('UUID'),
  name: z.string().describe('What the owner called it'),
  prefix: z.string().describe('The first characters of the token, to recognise it, e.g. fr_Ab3dE9'),
  assignments: z
    .array(assignmentSchema)
    .describe('What the token may do now: its assignments that the owner still holds'),
  createdAt: z.string().describe('ISO 8601 UTC'),
  expiresAt: z.string().nullable().describe('ISO 8601 UTC; null = never'),
  lastUsedAt: z.string().nullable().describe('ISO 8601 UTC, to the minute; null = never used'),
  revokedAt: z.string().nullable().describe('ISO 8601 UTC; a revoked token no longer works'),
});

/** Create a token. */
export const apiTokenCreateBody = z.object({
  name: z.string().trim().min(1).max(100).describe('What the token is for, e.g. "Nightly import"'),
  assignments: z
    .array(assignmentInputSchema)
    .max(200)
    .optional()
    .describe('A subset of your own assignments; all of them when absent'),
  expiresInDays: z
    .number()
    .int()
    .min(1)
    .max(3650)
    .optional()
    .describe('Days until the token stops working; never when absent'),
});

/** The answer of creating a token: the only time the token is shown. */
export const apiTokenCreatedSchema = apiTokenSchema.extend({
  token: z
    .string()
    .describe(
      'The token, shown this once: send as `Authorization: Bearer fr_…`. Only its hash is stored.',
    ),
});

export const tokenParams = z.object({ id: z.string().uuid().describe('UUID of the token') });
